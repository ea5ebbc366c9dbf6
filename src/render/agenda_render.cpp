// The agenda of meetings, month by month: terminal table, Markdown, CSV and JSON.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <span>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "render/text_json.h"
#include "render/calendar_notes.h"
#include "render/calendar_render.h"
#include "render/cell_text.h"
#include "render/csv_writer.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

constexpr std::size_t kMinTextWidth = 20;
constexpr std::string_view kGap = "  ";

// "Tue 10 Nov", "Tue 10 – Thu 12 Nov", "Mon 30 Nov – Wed 2 Dec", or both years when they differ.
std::string date_span(Date start, Date end, Language lang) {
  if (end <= start) return short_date(start, lang);
  if (start.year() != end.year()) {
    return fmt::format("{} – {}", long_date(start, lang), long_date(end, lang));
  }
  if (start.month() != end.month()) {
    return fmt::format("{} – {}", short_date(start, lang), short_date(end, lang));
  }
  return fmt::format("{} {} – {}", weekday_abbreviation(start, lang), day_of_month(start, lang),
                     short_date(end, lang));
}

std::string where(const AgendaEntry& e, Language lang) {
  return e.is_virtual ? std::string(label(CalendarWord::Online, lang)) : e.location.str();
}

// "SPC · CRGA": the organisation's short name and the body's, falling back to their ids.
std::string organisation_and_body(const AgendaEntry& e, Language lang) {
  std::string text(e.organisation_name.empty() ? e.organisation : e.organisation_name.in(lang));
  std::string body(e.body_name.empty() ? e.body : e.body_name.in(lang));
  if (!body.empty()) text += text.empty() ? body : " · " + body;
  return text;
}

std::string delegation_text(const AgendaEntry& e, Language lang) {
  return delegation_summary(e.head, e.delegation.size(), lang);
}

// Organisation, place, status and delegation, joined by " · " and wrapped between parts so
// that each line fits `width`; a part longer than a whole line is cut.
std::vector<std::string> detail_lines(const AgendaEntry& e, Language lang, std::size_t width) {
  std::vector<std::string> lines(1);
  for (const std::string& part :
       {organisation_and_body(e, lang), where(e, lang),
        std::string(meeting_status_label(e.status, lang)), delegation_text(e, lang)}) {
    if (part.empty()) continue;
    std::string piece = truncate_to_width(terminal_safe(part), width);
    std::string& line = lines.back();
    if (line.empty()) {
      line = piece;
    } else if (display_width(line) + 3 + display_width(piece) <= width) {
      line += " · " + piece;
    } else {
      lines.push_back(piece);
    }
  }
  return lines;
}

// Consecutive entries starting in the same month, in the order given.
template <class Visit>
void by_month(const std::vector<AgendaEntry>& items, Visit visit) {
  for (std::size_t i = 0; i < items.size();) {
    std::size_t j = i;
    auto month = items[i].start.year() / items[i].start.month();
    while (j < items.size() && items[j].start.year() / items[j].start.month() == month) ++j;
    visit(items[i].start, std::span<const AgendaEntry>(items).subspan(i, j - i));
    i = j;
  }
}

struct AgendaWidths {
  std::size_t dates = 0, title = 0, id = 0, text = std::string::npos;
  std::size_t line = 0;  // the terminal's width, 0 for no limit
};

// The title gives way so the first line fits; detail lines wrap at the same width.
AgendaWidths measure(const std::vector<AgendaEntry>& items, const CalendarView& view) {
  AgendaWidths w;
  w.line = view.width;
  for (const AgendaEntry& e : items) {
    w.dates = std::max(w.dates, display_width(date_span(e.start, e.end, view.language)));
    w.title = std::max(w.title, display_width(terminal_safe(e.title.in(view.language))));
    w.id = std::max(w.id, display_width(e.id));
  }
  if (view.width == 0) return w;
  std::size_t indent = kGap.size() + w.dates + kGap.size();
  std::size_t room = view.width > indent ? view.width - indent : 0;
  w.text = std::max(room, kMinTextWidth);
  std::size_t after_title = kGap.size() + w.id;
  std::size_t title_room = room > after_title ? room - after_title : 0;
  w.title = std::min(w.title, std::max(title_room, kMinTextWidth));
  return w;
}

// Dates, title and id; with -v the source too, on a line of its own when there is no room.
std::string first_lines(const AgendaEntry& e, const AgendaWidths& w, const CalendarView& view) {
  std::string title = truncate_to_width(terminal_safe(e.title.in(view.language)), w.title);
  std::string line = std::string(kGap) + pad_to_width(date_span(e.start, e.end, view.language), w.dates) +
                     std::string(kGap) + pad_to_width(title, w.title) + std::string(kGap) +
                     terminal_safe(e.id);
  if (!view.verbose) return line;
  std::string source = fmt::format("{}:{}", terminal_safe(e.path), e.loc.line);
  std::string aligned = line + std::string(w.id - display_width(e.id), ' ') + std::string(kGap);
  if (w.line == 0 || display_width(aligned) + display_width(source) <= w.line) {
    return aligned + source;
  }
  return line + "\n" + std::string(kGap.size() * 2 + w.dates, ' ') + source;
}

void table_entry(std::ostream& out, const AgendaEntry& e, const AgendaWidths& w,
                 const CalendarView& view) {
  std::string indent(kGap.size() * 2 + w.dates, ' ');
  out << first_lines(e, w, view) << '\n';
  for (const std::string& line : detail_lines(e, view.language, w.text)) {
    out << indent << line << '\n';
  }
  for (const AgendaClash& clash : e.clashes) {
    std::string note = "⚠ " + terminal_safe(clash_note(clash, view.language));
    out << indent << (view.color ? fmt::format(fg(fmt::terminal_color::yellow), "{}", note) : note)
        << '\n';
  }
}

std::vector<std::string> markdown_headers(Language lang) {
  std::vector<std::string> headers;
  for (std::string_view column : {"dates", "meeting", "record", "organisation", "location",
                                  "status", "delegation", "clashes"}) {
    headers.push_back(i18n::tr_in(lang, fmt::format("cal.column.{}", column)));
  }
  return headers;
}

void markdown_row(std::ostream& out, const std::vector<std::string>& cells) {
  out << '|';
  for (const std::string& cell : cells) out << ' ' << markdown_text(cell) << " |";
  out << '\n';
}

std::string clashes_text(const AgendaEntry& e, Language lang) {
  std::string text;
  for (const AgendaClash& clash : e.clashes) {
    if (!text.empty()) text += "; ";
    text += "⚠ " + clash_note(clash, lang);
  }
  return text;
}

// "Jane Doe:crga-56; dass:crga-56": the same in every language, for spreadsheets and scripts.
std::string clashes_csv(const AgendaEntry& e) {
  std::string text;
  for (const AgendaClash& clash : e.clashes) {
    if (!text.empty()) text += "; ";
    text += fmt::format("{}:{}", clash.who, clash.meeting);
  }
  return text;
}

std::vector<std::string> markdown_cells(const AgendaEntry& e, Language lang) {
  std::string status(meeting_status_label(e.status, lang));
  return {date_span(e.start, e.end, lang), e.title.in(lang).str(), e.id.str(),
          organisation_and_body(e, lang),  where(e, lang),         status,
          delegation_text(e, lang),        clashes_text(e, lang)};
}

nlohmann::ordered_json entry_json(const AgendaEntry& e) {
  nlohmann::ordered_json item;
  item["id"] = e.id;
  item["title"] = text_json(e.title);
  item["organisation"] = e.organisation;
  item["organisation_name"] = text_json(e.organisation_name);
  item["body"] = e.body;
  item["body_name"] = text_json(e.body_name);
  item["type"] = e.type;
  item["start"] = format_date(e.start);
  item["end"] = format_date(e.end);
  item["location"] = e.location;
  item["virtual"] = e.is_virtual;
  item["status"] = e.status;
  item["head"] = e.head;
  item["delegation"] = nlohmann::ordered_json::array();
  for (const Delegate& d : e.delegation) {
    item["delegation"].push_back(
        {{"person", d.person}, {"entity", d.entity.value}, {"role", d.role}});
  }
  item["clashes"] = nlohmann::ordered_json::array();
  for (const AgendaClash& clash : e.clashes) {
    item["clashes"].push_back(
        {{"who", clash.who}, {"meeting", clash.meeting}, {"online", clash.online}});
  }
  item["tags"] = e.tags;
  item["file"] = e.path;
  item["line"] = e.loc.line;
  item["uid"] = e.uid;
  return item;
}

}  // namespace

void render_agenda_table(std::ostream& out, const std::vector<AgendaEntry>& items,
                         const CalendarView& view) {
  out << at_revision(agenda_heading(view.from, view.to, view.language), view.revision, view.language) << "\n\n";
  if (items.empty()) {
    out << label(CalendarWord::NoMeetings, view.language) << '\n';
    return;
  }
  AgendaWidths widths = measure(items, view);
  bool first = true;
  by_month(items, [&](Date month, std::span<const AgendaEntry> entries) {
    if (!first) out << '\n';
    first = false;
    std::string title = month_year(month, view.language);
    out << (view.color ? fmt::format(fmt::emphasis::bold, "{}", title) : title) << '\n';
    for (const AgendaEntry& e : entries) table_entry(out, e, widths, view);
  });
}

void render_agenda_markdown(std::ostream& out, const std::vector<AgendaEntry>& items,
                            const CalendarView& view) {
  Language lang = view.language;
  out << at_revision(agenda_heading(view.from, view.to, lang), view.revision, lang) << '\n';
  if (items.empty()) {
    out << '\n' << label(CalendarWord::NoMeetings, lang) << '\n';
    return;
  }
  std::vector<std::string> headers = markdown_headers(lang);
  by_month(items, [&](Date month, std::span<const AgendaEntry> entries) {
    out << "\n### " << month_year(month, lang) << "\n\n";
    markdown_row(out, headers);
    markdown_row(out, std::vector<std::string>(headers.size(), "---"));
    for (const AgendaEntry& e : entries) markdown_row(out, markdown_cells(e, lang));
  });
}

void render_agenda_csv(std::ostream& out, const std::vector<AgendaEntry>& items,
                       const CalendarView& view) {
  Language lang = view.language;
  CsvWriter csv(out);
  for (std::string_view header :
       {"start", "end", "id", "title", "organisation", "organisation_name", "body", "body_name",
        "type", "location", "virtual", "status", "head", "delegates", "clashes", "file", "line",
        "uid"}) {
    csv.text(header);
  }
  csv.end_row();
  for (const AgendaEntry& e : items) {
    csv.text(format_date(e.start)).text(format_date(e.end)).text(e.id).text(e.title.in(lang));
    csv.text(e.organisation).text(e.organisation_name.in(lang));
    csv.text(e.body).text(e.body_name.in(lang)).text(e.type).text(e.location);
    csv.text(e.is_virtual ? "true" : "false").text(e.status).text(e.head);
    csv.number(static_cast<long long>(e.delegation.size())).text(clashes_csv(e));
    csv.text(e.path);
    if (e.loc.line > 0)
      csv.number(e.loc.line);
    else
      csv.text("");
    csv.text(e.uid);
    csv.end_row();
  }
}

void render_agenda_json(std::ostream& out, const std::vector<AgendaEntry>& items,
                        const CalendarView& view) {
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  doc["today"] = format_date(view.today);
  doc["from"] = format_date(view.from);
  doc["to"] = format_date(view.to);
  doc["language"] = language_code(view.language);
  doc["meetings"] = nlohmann::ordered_json::array();
  for (const AgendaEntry& e : items) doc["meetings"].push_back(entry_json(e));
  out << json_safe(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
}

}  // namespace multilat
