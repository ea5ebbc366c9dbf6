// `multilat show ID`: what the records say about one record beyond its own fields: the days
// until it starts, the deadlines it carries, the last contact, New Caledonia's status over time,
// and every record that points to it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/deadline.h"
#include "model/store.h"

namespace multilat {

// The name or title a record goes by, in both languages; empty when it gives none.
Text display_name(const Store& store, const RecordRef& ref);
const RecordHeader& header_of(const Store& store, const RecordRef& ref);

struct Referrer {
  std::string id, path;
  Kind kind = Kind::Meeting;
  Text name;
};

struct StatusStep {
  std::string status;  // "member", "observer"...
  std::optional<Date> since;
};

struct RecordDetail {
  std::string id, path;
  Kind kind = Kind::Organisation;
  Text name;
  std::optional<int> days_to_start;  // meetings with a start date: negative once begun
  std::optional<int> days_to_end;    // meetings with an end date
  std::optional<Date> last_contact;  // prospects: their own; organisations: the latest of their
                                     // prospects' and of their meetings held
  std::vector<StatusStep> status_history;  // organisations: oldest first, the current status last
  std::vector<Deadline> deadlines;         // every one it carries, done ones included, by date
  std::vector<Referrer> referrers;         // by kind, then id
};

// `deadlines`: all of the store's (collect_deadlines), from which the record's are taken.
RecordDetail describe_record(const Store& store, const RecordRef& ref, Date today,
                             const std::vector<Deadline>& deadlines);

}  // namespace multilat
