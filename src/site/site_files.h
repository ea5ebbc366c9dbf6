// The search page and its index.
#pragma once

#include <vector>

#include "site/site_page.h"

namespace multilat::site {

void add_search_jobs(const SiteInputs& in, std::vector<PageJob>& jobs);

}  // namespace multilat::site
