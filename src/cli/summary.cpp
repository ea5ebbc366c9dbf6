// `multilat summary`: what the records hold, on one screen (the main job's second half).
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "render/cell_text.h"
#include "util/utf8.h"

namespace multilat::cli {
namespace {

using i18n::tr;
using i18n::trn;

struct SummaryOptions {
  bool strict = false;
};

// `text` cut or padded with spaces to exactly `width` columns.
std::string padded_to_width(std::string_view text, std::size_t width) {
  return pad_to_width(truncate_to_width(text, width), width);
}

// "19 organisations", padded so that the tallies after it line up.
std::string count_of(std::string_view key, std::size_t n, std::size_t width) {
  return padded_to_width(trn(key, n), width);
}

// "membre : 6, aucun : 8": each value's word in the language, in the order of the counts' keys.
template <class Record, class Key>
std::string tally(const std::vector<Record>& records, std::string_view field, Key key) {
  std::map<std::string, int> counts;
  for (const Record& r : records) counts[std::string(key(r))]++;
  std::vector<std::string> parts;
  for (const auto& [value, n] : counts) {
    std::string word = value.empty() ? "-" : tr(fmt::format("value.{}.{}", field, value));
    parts.push_back(tr("summary.tally-item", fmt::arg("value", word), fmt::arg("count", n)));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

template <class Records>
std::string examples(const Records& records) {
  auto n = static_cast<std::size_t>(std::count_if(
      records.begin(), records.end(), [](const auto& r) { return r.header.example; }));
  return n == 0 ? std::string() : " " + trn("summary.examples", n);
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
  fmt::print("\n{}\n", tr("summary.next-meetings"));
  for (std::size_t i = 0; i < std::min<std::size_t>(upcoming.size(), 5); ++i) {
    const Meeting& m = *upcoming[i];
    fmt::print("  {}  {} {} {}\n", padded_to_width(long_date(m.start->value, language), 18),
               padded_to_width(terminal_safe(m.title.in(language)), 40),
               padded_to_width(terminal_safe(m.organisation.value), 10),
               meeting_status_label(m.status.value, language));
  }
}

int run_summary(const GlobalOptions& global, const SummaryOptions& options) {
  RecordsSession session = open_records(global);
  const Store& store = session.loaded.store;
  Language language = i18n::language();
  std::string today = long_date(session.today, language);
  std::string heading = global.today.empty()
                            ? tr("summary.heading", fmt::arg("root", session.root.display), fmt::arg("today", today))
                            : tr("summary.heading-as-of", fmt::arg("root", session.root.display),
                                 fmt::arg("today", today));
  fmt::print("{}\n\n", at_revision(heading, global.as_of, language));
  std::size_t width = 2 + std::max({display_width(trn("summary.organisations", store.organisations.size())),
                                    display_width(trn("summary.meetings", store.meetings.size())),
                                    display_width(trn("summary.prospects", store.prospects.size()))});
  fmt::print("  {}{}\n", count_of("summary.organisations", store.organisations.size(), width),
             tr("summary.nc-status", fmt::arg("tally", tally(store.organisations, "nc-status",
                                                              [](const Organisation& o) {
                                                                return o.nc_status.value;
                                                              }))));
  fmt::print("  {}\n", trn("summary.entities", store.entities.size()));
  fmt::print("  {}{}{}\n", count_of("summary.meetings", store.meetings.size(), width),
             tally(store.meetings, "status", [](const Meeting& m) { return m.status.value; }),
             examples(store.meetings));
  fmt::print("  {}{}{}\n", count_of("summary.prospects", store.prospects.size(), width),
             tally(store.prospects, "stage", [](const Prospect& p) { return p.stage.value; }),
             examples(store.prospects));
  print_upcoming(listable_store(session), session.today, language);
  std::cout.flush();
  return warn_if_incomplete(session, options.strict);
}

}  // namespace

void add_summary_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto options = std::make_shared<SummaryOptions>();
  CLI::App* cmd = app.add_subcommand("summary", tr("help.summary"));
  cmd->add_flag("--strict", options->strict, tr("help.strict"));
  cmd->footer(tr("help.summary.footer"));
  cmd->callback(
      [&global, &outcome, options] { outcome.exit_code = run_summary(global, *options); });
}

}  // namespace multilat::cli
