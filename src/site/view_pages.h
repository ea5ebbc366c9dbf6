// The site's views of the whole records: the home page, deadlines, the organisations and who
// deals with them, memberships and dues, the prospects pipeline.
#pragma once

#include <vector>

#include "site/site_page.h"

namespace multilat::site {

void add_view_jobs(const SiteInputs& in, std::vector<PageJob>& jobs);

// A deadline as a row of the home page, the deadlines view and an entity's page.
nlohmann::json deadline_row(const SiteInputs& in, const Deadline& d);

}  // namespace multilat::site
