#include "render/summary_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "i18n/calendar_words.h"
#include "i18n/tr.h"
#include "render/cell_text.h"
#include "render/left_out_text.h"
#include "render/text_json.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using i18n::tr_in;
using i18n::trn_in;

std::string padded_to_width(std::string_view text, std::size_t width) {
  return pad_to_width(truncate_to_width(text, width), width);
}

std::string heading(const SummaryOutput& o) {
  std::string today = full_date(o.today, o.language);
  std::string heading = tr_in(o.language, o.today_given ? "summary.heading-as-of" : "summary.heading",
                              fmt::arg("root", o.root), fmt::arg("today", today));
  return at_revision(heading, o.revision, o.language);
}

// "membre : 6, aucun : 8": each value's word in the language, in the order of the values.
std::string tally(const KindCount& counted, std::string_view field, Language language) {
  std::vector<std::string> parts;
  for (const auto& [value, n] : counted.by_value) {
    std::string key = fmt::format("value.{}.{}", field, value);
    std::string word = value.empty() ? "-" : tr_in(language, key);
    if (word == key) word = terminal_safe(value);  // a value the catalogue does not know: as written
    parts.push_back(tr_in(language, "summary.tally-item", fmt::arg("value", word), fmt::arg("count", n)));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string examples(const KindCount& counted, Language language) {
  return counted.examples == 0 ? std::string() : fmt::format(" {}", trn_in(language, "summary.examples", counted.examples));
}

// The counts of organisations, entities, meetings and prospects, their tallies lined up.
void counts(std::ostream& out, const RecordsSummary& s, Language language) {
  auto count_of = [&](std::string_view key, std::size_t n) { return trn_in(language, key, n); };
  std::size_t width = 2 + std::max({display_width(count_of("summary.organisations", s.organisations.count)),
                                    display_width(count_of("summary.meetings", s.meetings.count)),
                                    display_width(count_of("summary.prospects", s.prospects.count))});
  auto padded = [&](std::string_view key, std::size_t n) { return padded_to_width(count_of(key, n), width); };
  out << fmt::format("  {}{}{}\n", padded("summary.organisations", s.organisations.count),
                     tr_in(language, "summary.nc-status", fmt::arg("tally", tally(s.organisations, "nc-status", language))),
                     left_out_text(s.organisations.left_out, language));
  out << fmt::format("  {}{}\n", count_of("summary.entities", s.entities.count), left_out_text(s.entities.left_out, language));
  out << fmt::format("  {}{}{}{}\n", padded("summary.meetings", s.meetings.count),
                     tally(s.meetings, "status", language), examples(s.meetings, language),
                     left_out_text(s.meetings.left_out, language));
  out << fmt::format("  {}{}{}{}\n", padded("summary.prospects", s.prospects.count),
                     tally(s.prospects, "stage", language), examples(s.prospects, language),
                     left_out_text(s.prospects.left_out, language));
}

void upcoming(std::ostream& out, const std::vector<UpcomingMeeting>& meetings, Language language) {
  if (meetings.empty()) return;
  out << fmt::format("\n{}\n", tr_in(language, "summary.next-meetings"));
  for (const UpcomingMeeting& m : meetings) {
    out << fmt::format("  {}  {} {} {}\n", padded_to_width(long_date(m.start, language), 18),
                       padded_to_width(terminal_safe(m.title.in(language)), 40),
                       padded_to_width(terminal_safe(m.organisation), 10),
                       meeting_status_label(m.status, language));
  }
}

void text(std::ostream& out, const SummaryOutput& o) {
  out << heading(o) << "\n\n";
  counts(out, o.summary, o.language);
  upcoming(out, o.summary.upcoming, o.language);
}

nlohmann::ordered_json count_json(const KindCount& counted, std::string_view field) {
  nlohmann::ordered_json json = {{"count", counted.count}};
  if (!field.empty()) json[std::string(field)] = counted.by_value;
  json["examples"] = counted.examples;
  json["left_out"] = counted.left_out;
  return json;
}

// Language-neutral: values as the records write them, dates in ISO form, titles in both languages.
void json(std::ostream& out, const SummaryOutput& o) {
  const RecordsSummary& s = o.summary;
  nlohmann::ordered_json upcoming = nlohmann::ordered_json::array();
  for (const UpcomingMeeting& m : s.upcoming) {
    upcoming.push_back({{"id", m.id},
                        {"start", format_date(m.start)},
                        {"title", text_json(m.title)},
                        {"organisation", m.organisation},
                        {"status", m.status}});
  }
  nlohmann::ordered_json revision;  // null for the working tree
  if (!o.revision.empty()) revision = o.revision;
  nlohmann::ordered_json doc = {{"root", o.root},
                                {"today", format_date(o.today)},
                                {"revision", revision},
                                {"organisations", count_json(s.organisations, "nc-status")},
                                {"entities", count_json(s.entities, "")},
                                {"meetings", count_json(s.meetings, "status")},
                                {"prospects", count_json(s.prospects, "stage")},
                                {"upcoming_meetings", upcoming}};
  out << json_safe(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
}

}  // namespace

const FormatTable<SummaryOutput>& summary_formats() {
  static const FormatTable<SummaryOutput> formats{{"text", text}, {"json", json}};
  return formats;
}

}  // namespace multilat
