// Where a deadline comes from and where it stands, and their names as flags, JSON and CSV spell
// them: words of the domain, below the calendar that makes deadlines and the words that name them.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

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

}  // namespace multilat
