// Deadline lists for other programs and documents: Markdown, CSV (RFC 4180) and JSON.
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "render/calendar_notes.h"
#include "render/calendar_render.h"
#include "render/cell_text.h"
#include "render/csv_writer.h"
#include "render/text_json.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

std::size_t overdue_count(const std::vector<Deadline>& items) {
  return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](const Deadline& d) {
    return d.state == DeadlineState::Overdue;
  }));
}

// The day, with why it is not a working day and where it moved from: "Sat 26 Dec 2026 ⚠ Saturday".
std::string markdown_date(const Deadline& d, Language language) {
  std::string cell = long_date(d.due, language);
  std::string note = day_note_text(d, language);
  if (!note.empty()) cell += " ⚠ " + note;
  std::string moved = moved_from_text(d, language);
  if (!moved.empty()) cell += " " + moved;
  std::string future = done_in_future_text(d, language);
  if (!future.empty()) cell += " " + future;
  return cell;
}

std::string days_text(const Deadline& d, const CalendarView& view) {
  if (d.state == DeadlineState::Done) return std::string(state_label(d.state, view.language));
  return relative_days(days_between(view.today, d.due), view.language);
}

void markdown_row(std::ostream& out, const std::vector<std::string>& cells) {
  out << '|';
  for (const std::string& cell : cells) out << ' ' << markdown_text(cell) << " |";
  out << '\n';
}

std::vector<std::string> markdown_headers(Language language) {
  std::vector<std::string> headers;
  for (std::string_view column :
       {"date", "days", "what", "record", "organisation", "owner", "state"}) {
    headers.push_back(i18n::tr_in(language, fmt::format("cal.column.{}", column)));
  }
  return headers;
}

void csv_row(CsvWriter& csv, const Deadline& d, const CalendarView& view) {
  Language lang = view.language;
  csv.text(format_date(d.due)).text(weekday_code(d.due));
  csv.number(days_between(view.today, d.due));
  csv.text(state_name(d.state)).text(source_name(d.source)).text(d.derived ? "true" : "false");
  csv.text(d.what.in(lang)).text(d.record).text(d.organisation).text(d.owner);
  csv.text(d.day_note.holiday).text(d.written_due ? format_date(*d.written_due) : "");
  csv.text(d.path);
  if (d.loc.line > 0)
    csv.number(d.loc.line);
  else
    csv.text("");
  csv.text(d.uid);
  csv.end_row();
}

nlohmann::ordered_json optional_date(const std::optional<Date>& date) {
  return date ? nlohmann::ordered_json(format_date(*date)) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json deadline_json(const Deadline& d, const CalendarView& view) {
  const Str& holiday = d.day_note.holiday;
  nlohmann::ordered_json item;
  item["due"] = format_date(d.due);
  item["written_due"] = optional_date(d.written_due);
  item["done_in_future"] = optional_date(d.done_in_future);
  item["weekday"] = weekday_code(d.due);
  item["days"] = days_between(view.today, d.due);
  item["state"] = state_name(d.state);
  item["source"] = source_name(d.source);
  item["derived"] = d.derived;
  item["what"] = text_json(d.what);
  item["record"] = d.record;
  item["record_kind"] = kind_name(d.record_kind);
  item["organisation"] = d.organisation;
  item["owner"] = d.owner;
  item["done"] = optional_date(d.done);
  // The day written in the record: a holiday's name, or whether it fell on a weekend.
  item["holiday"] = holiday.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(holiday);
  item["weekend"] = d.day_note.weekend;
  item["file"] = d.path;
  item["line"] = d.loc.line;
  item["uid"] = d.uid;
  return item;
}

}  // namespace

void render_deadlines_markdown(std::ostream& out, const std::vector<Deadline>& items,
                               const CalendarView& view) {
  Language lang = view.language;
  out << at_revision(deadlines_heading(view.from, view.to, view.today, overdue_count(items), lang,
                                       view.today_given), view.revision, lang) << "\n\n";
  if (items.empty()) {
    out << label(CalendarWord::NoDeadlines, lang) << '\n';
    return;
  }
  std::vector<std::string> headers = markdown_headers(lang);
  markdown_row(out, headers);
  markdown_row(out, std::vector<std::string>(headers.size(), "---"));
  for (const Deadline& d : items) {
    markdown_row(out,
                 {markdown_date(d, lang), days_text(d, view), d.what.in(lang).str(), d.record.str(),
                  d.organisation.str(), d.owner.str(), std::string(state_label(d.state, lang))});
  }
}

void render_deadlines_csv(std::ostream& out, const std::vector<Deadline>& items,
                          const CalendarView& view) {
  CsvWriter csv(out);
  for (std::string_view header :
       {"due", "weekday", "days", "state", "source", "derived", "what", "record", "organisation",
        "owner", "holiday", "moved_from", "file", "line", "uid"}) {
    csv.text(header);
  }
  csv.end_row();
  for (const Deadline& d : items) csv_row(csv, d, view);
}

void render_deadlines_json(std::ostream& out, const std::vector<Deadline>& items,
                           const CalendarView& view) {
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  doc["today"] = format_date(view.today);
  doc["from"] = format_date(view.from);
  doc["to"] = format_date(view.to);
  doc["language"] = language_code(view.language);
  doc["deadlines"] = nlohmann::ordered_json::array();
  for (const Deadline& d : items) doc["deadlines"].push_back(deadline_json(d, view));
  out << json_safe(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
}

}  // namespace multilat
