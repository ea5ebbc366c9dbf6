// The site's files that are not record or view pages: the search page and its index, the
// calendar feeds (everything, and one per entity), and the language chooser at the root.
#pragma once

#include <vector>

#include "site/site_page.h"

namespace multilat::site {

void add_search_jobs(const SiteInputs& in, std::vector<PageJob>& jobs);
void add_calendar_jobs(const SiteInputs& in, std::vector<PageJob>& jobs);

}  // namespace multilat::site
