#include "query/records_summary.h"

#include <algorithm>
#include <tuple>

namespace multilat {
namespace {

template <class Record>
KindCount count(const std::vector<Record>& records) {
  KindCount counted;
  counted.count = records.size();
  for (const Record& r : records) counted.examples += r.header.example ? 1 : 0;
  return counted;
}

template <class Record, class Key>
KindCount count_by(const std::vector<Record>& records, Key key) {
  KindCount counted = count(records);
  for (const Record& r : records) counted.by_value[std::string(key(r))]++;
  return counted;
}

std::vector<UpcomingMeeting> upcoming_meetings(const Store& store, Date today) {
  std::vector<const Meeting*> upcoming;
  for (const Meeting& m : store.meetings) {
    auto last = m.last_day();
    if (m.start && last && *last >= today && m.status.value != "cancelled") upcoming.push_back(&m);
  }
  std::sort(upcoming.begin(), upcoming.end(), [](const Meeting* a, const Meeting* b) {
    return std::tie(a->start->value, a->header.id) < std::tie(b->start->value, b->header.id);
  });
  upcoming.resize(std::min(upcoming.size(), kUpcomingShown));
  std::vector<UpcomingMeeting> shown;
  for (const Meeting* m : upcoming) {
    shown.push_back({m->header.id.str(), m->start->value, m->title, m->organisation.value.str(), m->status.value.str()});
  }
  return shown;
}

}  // namespace

// `listed` is a filtered copy of `all`, never larger; the guard keeps a mistake from wrapping round.
std::size_t left_out_of(const Store& all, const Store& listed, Kind kind) {
  return all.count_of(kind) > listed.count_of(kind) ? all.count_of(kind) - listed.count_of(kind) : 0;
}

RecordsSummary summarise_records(const Store& store, const Store& listed, Date today) {
  RecordsSummary summary;
  summary.organisations = count_by(listed.organisations, [](const Organisation& o) { return o.nc_status.value; });
  summary.entities = count(listed.entities);
  summary.meetings = count_by(listed.meetings, [](const Meeting& m) { return m.status.value; });
  summary.prospects = count_by(listed.prospects, [](const Prospect& p) { return p.stage.value; });
  summary.organisations.left_out = left_out_of(store, listed, Kind::Organisation);
  summary.entities.left_out = left_out_of(store, listed, Kind::Entity);
  summary.meetings.left_out = left_out_of(store, listed, Kind::Meeting);
  summary.prospects.left_out = left_out_of(store, listed, Kind::Prospect);
  summary.upcoming = upcoming_meetings(listed, today);
  return summary;
}

}  // namespace multilat
