// The page of each record: an organisation's fact sheet, a meeting's brief before it and its
// post-mission report after, an entity's involvement, a prospect's stages. Organisations and
// meetings are laid out from the reports' own view models.
#pragma once

#include <vector>

#include "site/site_page.h"

namespace multilat::site {

// A job per record with a page, in kind then id order.
void add_record_jobs(const SiteInputs& in, std::vector<PageJob>& jobs);

// The words every page's templates share ("site.label.*"), in the language.
const nlohmann::json& site_labels(Language language);

}  // namespace multilat::site
