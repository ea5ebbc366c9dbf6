// A dated obligation drawn from the records, with its owner, state and source location.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/kind.h"
#include "model/location.h"
#include "model/text.h"

namespace multilat {

// Where a deadline comes from; the name is what `--kind` filters on.
enum class DeadlineSource {
  MeetingDeadline,  // a meeting's `deadlines` entry
  Registration,     // derived: registration-before the meeting, when the record gives none
  Credentials,      // derived: credentials-before the meeting, when the record gives none
  Action,           // an organisation's action plan
  FollowUp,         // a meeting's follow-up
  Contribution,     // dues not yet paid (recurring ones expanded)
  StrategyInput,    // input due to a strategic document
  NextStep,         // a prospect's next step
  Report,           // the post-mission report
  Review,           // derived: a prospect with no contact for prospect-stale-after
  NextMeeting,      // derived: a body meeting on a cadence with no meeting recorded
};

std::string_view source_name(DeadlineSource source);
std::optional<DeadlineSource> source_from_name(std::string_view name);
std::vector<std::string_view> source_names();

enum class DeadlineState { Open, Overdue, Done };
std::string_view state_name(DeadlineState state);

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
