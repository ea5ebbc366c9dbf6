// The names of deadline sources and states, as flags, JSON and CSV spell them.
#include <array>
#include <utility>

#include "model/deadline_source.h"

namespace multilat {
namespace {

constexpr std::array<std::pair<DeadlineSource, std::string_view>, 11> kSources = {{
    {DeadlineSource::MeetingDeadline, "meeting-deadline"},
    {DeadlineSource::Registration, "registration"},
    {DeadlineSource::Credentials, "credentials"},
    {DeadlineSource::Action, "action"},
    {DeadlineSource::FollowUp, "follow-up"},
    {DeadlineSource::Contribution, "contribution"},
    {DeadlineSource::StrategyInput, "strategy-input"},
    {DeadlineSource::NextStep, "next-step"},
    {DeadlineSource::Report, "report"},
    {DeadlineSource::Review, "review"},
    {DeadlineSource::NextMeeting, "next-meeting"},
}};

}  // namespace

std::string_view source_name(DeadlineSource source) {
  for (const auto& [value, name] : kSources) {
    if (value == source) return name;
  }
  return "deadline";
}

std::optional<DeadlineSource> source_from_name(std::string_view name) {
  for (const auto& [value, known] : kSources) {
    if (known == name) return value;
  }
  return std::nullopt;
}

std::vector<std::string_view> source_names() {
  std::vector<std::string_view> names;
  for (const auto& entry : kSources) names.push_back(entry.second);
  return names;
}

std::string_view state_name(DeadlineState state) {
  switch (state) {
    case DeadlineState::Open:
      return "open";
    case DeadlineState::Overdue:
      return "overdue";
    case DeadlineState::Done:
      return "done";
  }
  return "open";
}

}  // namespace multilat
