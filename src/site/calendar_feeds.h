// The calendar feeds to subscribe to: calendar.ics with every open deadline and every meeting,
// and calendar/ENTITY.ics with what one entity owns and the meetings it sends delegates to.
#pragma once

#include <vector>

#include "site/site_page.h"

namespace multilat::site {

// Renders every event of the language once, on every core, then lists a job per feed, which
// only puts the events it needs together.
void add_calendar_jobs(const SiteInputs& in, std::vector<PageJob>& jobs);

}  // namespace multilat::site
