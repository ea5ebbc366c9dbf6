// Who is linked to whom across the records, found in one pass before any page is built: each
// entity's page, each feed and each prospect's page then reads its own lists instead of walking
// every record, which made the site quadratic in the records.
#pragma once

#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "calendar/agenda.h"
#include "calendar/deadline.h"
#include "model/store.h"
#include "report/report_view.h"

namespace multilat::site {

// The years the site draws an agenda and feeds for: a typo such as 2062 is still shown, but a
// year no calendar of the desk can mean (0001, 9999) is not.
inline constexpr int kFirstYear = 1900, kLastYear = 2200;

struct SiteIndex {
  // By record id, every deadline of that record; by entity id, the open ones it owns.
  std::unordered_map<std::string_view, std::vector<const Deadline*>> deadlines_of_record, open_deadlines_of;
  // By entity id: the meetings it sends a delegate to (each delegate once), the organisations
  // it is focal point of or involved with, the prospects it leads.
  std::unordered_map<std::string_view, std::vector<std::pair<const Meeting*, const Delegate*>>> delegates_of;
  std::unordered_map<std::string_view, std::vector<const Organisation*>> organisations_of;
  std::unordered_map<std::string_view, std::vector<const Prospect*>> prospects_led_by;
  // By prospect id, the meetings that name it.
  std::unordered_map<std::string_view, std::vector<const Meeting*>> meetings_naming;
  PreviousMeetings previous;
  ProspectIndex prospects;
  std::vector<AgendaEntry> agenda;  // every meeting, in the agenda's order, for the feeds
};

// `deadlines` must outlive the index, as the store must.
SiteIndex index_records(const Store& store, const std::vector<Deadline>& deadlines);

// The list under `key`, or an empty one.
template <class Map>
const typename Map::mapped_type& list_of(const Map& map, std::string_view key) {
  static const typename Map::mapped_type none;
  auto found = map.find(key);
  return found == map.end() ? none : found->second;
}

}  // namespace multilat::site
