// Builds the site's index of the records in one pass over each kind.
#include "site/site_index.h"

#include <algorithm>

#include "report/brief_sections.h"

namespace multilat::site {

SiteIndex index_records(const Store& store, const std::vector<Deadline>& deadlines) {
  SiteIndex index;
  for (const Deadline& d : deadlines) {
    index.deadlines_of_record[d.record.view()].push_back(&d);
    if (!d.owner.empty() && d.state != DeadlineState::Done) index.open_deadlines_of[d.owner.view()].push_back(&d);
  }
  for (const Meeting& m : store.meetings) {
    for (const Delegate& d : m.delegation) index.delegates_of[d.entity.value.view()].emplace_back(&m, &d);
    for (const Located<Str>& p : m.prospects) {
      auto& naming = index.meetings_naming[p.value.view()];
      if (naming.empty() || naming.back() != &m) naming.push_back(&m);
    }
  }
  for (const Organisation& org : store.organisations) {
    std::vector<std::string_view> linked;
    if (org.focal_point) linked.push_back(org.focal_point->value.view());
    for (const Located<Str>& id : org.involved) linked.push_back(id.value.view());
    for (std::size_t i = 0; i < linked.size(); ++i) {
      // Once per organisation, even when the entity is both focal point and involved.
      if (std::find(linked.begin(), linked.begin() + static_cast<std::ptrdiff_t>(i), linked[i]) ==
          linked.begin() + static_cast<std::ptrdiff_t>(i)) {
        index.organisations_of[linked[i]].push_back(&org);
      }
    }
  }
  for (const Prospect& p : store.prospects) {
    index.prospects_led_by[p.lead.value.view()].push_back(&p);
    if (p.partner) index.prospects.by_partner[p.partner->value.view()].push_back(&p);
    index.prospects.by_id[p.header.id.view()].push_back(&p);
  }
  index.previous = previous_meetings(store);
  Date first{std::chrono::year{kFirstYear}, std::chrono::January, std::chrono::day{1}};
  Date last{std::chrono::year{kLastYear}, std::chrono::December, std::chrono::day{31}};
  index.agenda = agenda_entries(store, first, last);
  return index;
}

}  // namespace multilat::site
