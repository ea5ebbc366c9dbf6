// `multilat summary`: what the records hold, on one screen (the main job's second half).
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "i18n/tr.h"
#include "cli/records_session.h"
#include "util/utf8.h"

namespace multilat::cli {
namespace {

std::string count_of(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{:>4} {:<14}", n, n == 1 ? one : many);
}

template <class Record, class Key>
std::string tally(const std::vector<Record>& records, Key key) {
  std::map<std::string, int> counts;
  for (const Record& r : records) counts[std::string(key(r))]++;
  std::vector<std::string> parts;
  for (const auto& [name, n] : counts)
    parts.push_back(fmt::format("{} {}", n, name.empty() ? "-" : name));
  return fmt::format("{}", fmt::join(parts, ", "));
}

void print_upcoming(const Store& store, Date today, Language language) {
  std::vector<const Meeting*> upcoming;
  for (const Meeting& m : store.meetings) {
    auto last = m.last_day();
    if (m.start && last && *last >= today && m.status.value != "cancelled") upcoming.push_back(&m);
  }
  std::sort(upcoming.begin(), upcoming.end(), [](const Meeting* a, const Meeting* b) {
    return std::tie(a->start->value, a->header.id) < std::tie(b->start->value, b->header.id);
  });
  if (upcoming.empty()) return;
  fmt::print("\nNext meetings\n");
  for (std::size_t i = 0; i < std::min<std::size_t>(upcoming.size(), 5); ++i) {
    const Meeting& m = *upcoming[i];
    fmt::print("  {}  {:<40} {:<10} {}\n", format_date(m.start->value),
               truncate_to_width(m.title.in(language), 40), m.organisation.value, m.status.value);
  }
}

int run_summary(const GlobalOptions& global) {
  RecordsSession session = open_records(global);
  const Store& store = session.loaded.store;
  auto status = [](const Organisation& o) { return o.nc_status.value; };
  auto meeting_status = [](const Meeting& m) { return m.status.value; };
  auto stage = [](const Prospect& p) { return p.stage.value; };
  auto examples = [](const auto& records) {
    auto n = std::count_if(records.begin(), records.end(),
                           [](const auto& r) { return r.header.example; });
    return n == 0 ? std::string() : fmt::format(" ({} marked as example{})", n, n == 1 ? "" : "s");
  };
  fmt::print("Records in {}/, today {}\n\n", session.root.display, format_date(session.today));
  fmt::print("{} New Caledonia's status: {}\n",
             count_of(store.organisations.size(), "organisation", "organisations"),
             tally(store.organisations, status));
  fmt::print("{:>4} {}\n", store.entities.size(),
             store.entities.size() == 1 ? "entity" : "entities");
  fmt::print("{} {}{}\n", count_of(store.meetings.size(), "meeting", "meetings"),
             tally(store.meetings, meeting_status), examples(store.meetings));
  fmt::print("{} {}{}\n", count_of(store.prospects.size(), "prospect", "prospects"),
             tally(store.prospects, stage), examples(store.prospects));
  print_upcoming(store, session.today, i18n::language());
  return 0;
}

}  // namespace

void add_summary_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  CLI::App* cmd = app.add_subcommand("summary", "Show what the records hold, on one screen");
  cmd->footer(
      "Examples:\n"
      "  multilat summary\n"
      "  multilat --records ~/desk/records --today 2027-01-01 summary");
  cmd->callback([&global, &outcome] { outcome.exit_code = run_summary(global); });
}

}  // namespace multilat::cli
