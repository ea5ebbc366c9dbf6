// A dated obligation drawn from the records, with its owner, state and source location.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/deadline_source.h"
#include "model/kind.h"
#include "model/location.h"
#include "model/text.h"

namespace multilat {

// Why a due date is not a working day in New Caledonia.
struct DayNote {
  bool weekend = false;
  Str holiday;  // the holiday's name, empty when none
  bool empty() const { return !weekend && holiday.empty(); }
};

struct Deadline {
  Date due;                         // after any move to the previous working day
  std::optional<Date> written_due;  // the date in the record, when it was moved
  Text what;
  DeadlineSource source = DeadlineSource::MeetingDeadline;
  bool derived = false;  // computed from settings rather than written in the record
  DeadlineState state = DeadlineState::Open;
  std::optional<Date> done;
  // A done date after today, which `check` flags (date-in-future): not taken as a fact, so the
  // item stays open or overdue, and says why.
  std::optional<Date> done_in_future;
  Str record;  // the id of the record it belongs to
  Kind record_kind = Kind::Meeting;
  Text record_title;
  Str organisation;  // organisation id, when there is one
  Str owner;         // entity id, when known
  std::vector<Str> tags;
  Str path;
  Loc loc;
  Str uid;  // stable across runs: derived from the record and the item
  DayNote day_note;
  std::vector<int> lead_days;  // the record's own, for the mail digest; empty: the settings'
};

}  // namespace multilat
