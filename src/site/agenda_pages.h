// The agenda by year: an index of the years, and for each year its meetings as a table, on a
// timeline, and as the days each entity spent in delegations.
#pragma once

#include <vector>

#include "site/site_page.h"

namespace multilat::site {

void add_agenda_jobs(const SiteInputs& in, std::vector<PageJob>& jobs);

}  // namespace multilat::site
