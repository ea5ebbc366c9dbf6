// The terminal table of deadlines: a header, then sections by urgency, week, owner or organisation.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "i18n/calendar_words.h"
#include "render/calendar_notes.h"
#include "render/calendar_render.h"
#include "render/cell_text.h"
#include "util/utf8.h"

namespace multilat {
namespace {

using namespace std::chrono;

constexpr std::size_t kMinWhatWidth = 20;
constexpr std::string_view kGap = "  ";

enum class Tone { Plain, Overdue, ThisWeek };

Tone tone_of(const Deadline& d, Date today) {
  if (d.state == DeadlineState::Overdue) return Tone::Overdue;
  if (d.state == DeadlineState::Open && days_between(today, d.due) < 7) return Tone::ThisWeek;
  return Tone::Plain;
}

// Sections sort by rank, then key; the title is what the reader sees.
struct SectionKey {
  int rank = 0;
  std::string key;
  auto operator<=>(const SectionKey&) const = default;
};

struct Section {
  std::string title;
  std::vector<const Deadline*> items;
};

// Which section an item goes to. Overdue items come first whenever the grouping is by time.
std::pair<SectionKey, std::string> section_of(const Deadline& d, const CalendarView& view) {
  Language lang = view.language;
  bool overdue = d.state == DeadlineState::Overdue;
  auto titled = [lang](int rank, CalendarWord word) {
    return std::pair{SectionKey{rank, ""}, std::string(label(word, lang))};
  };
  switch (view.group) {
    case DeadlineGrouping::Urgency:
      if (overdue) return titled(0, CalendarWord::Overdue);
      if (d.state == DeadlineState::Done) return titled(3, CalendarWord::DoneSection);
      return tone_of(d, view.today) == Tone::ThisWeek ? titled(1, CalendarWord::ThisWeek)
                                                      : titled(2, CalendarWord::Later);
    case DeadlineGrouping::Week:
      if (overdue) return titled(0, CalendarWord::Overdue);
      return {SectionKey{1, format_date(iso_week_monday(d.due))}, iso_week_title(d.due, lang)};
    case DeadlineGrouping::Owner:
      if (d.owner.empty()) return titled(1, CalendarWord::NoOwner);
      return {SectionKey{0, d.owner.str()}, terminal_safe(d.owner)};
    case DeadlineGrouping::Organisation:
      if (d.organisation.empty()) return titled(1, CalendarWord::NoOrganisation);
      return {SectionKey{0, d.organisation.str()}, terminal_safe(d.organisation)};
  }
  return titled(0, CalendarWord::Later);
}

std::vector<Section> group_items(const std::vector<Deadline>& items, const CalendarView& view) {
  std::map<SectionKey, Section> sections;
  for (const Deadline& d : items) {
    auto [key, title] = section_of(d, view);
    Section& section = sections[key];
    section.title = title;
    section.items.push_back(&d);
  }
  std::vector<Section> ordered;
  for (auto& [key, section] : sections) {
    // Stable: items due the same day keep the order the analysis gave them.
    std::stable_sort(section.items.begin(), section.items.end(),
                     [](const Deadline* a, const Deadline* b) { return a->due < b->due; });
    ordered.push_back(std::move(section));
  }
  return ordered;
}

struct Row {
  std::string date, days, what, record, owner, note, source;
  Tone tone = Tone::Plain;
};

std::string joined(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

Row make_row(const Deadline& d, const CalendarView& view, bool with_year) {
  Language lang = view.language;
  Row row;
  row.date = with_year ? long_date(d.due, lang) : short_date(d.due, lang);
  row.days = d.state == DeadlineState::Done ? std::string(state_label(d.state, lang))
                                            : relative_days(days_between(view.today, d.due), lang);
  row.what = terminal_safe(d.what.in(lang));
  // The record and, when it is not the organisation itself, its organisation.
  row.record = d.organisation.empty() || d.organisation == d.record
                   ? terminal_safe(d.record)
                   : fmt::format("{} ({})", terminal_safe(d.record), terminal_safe(d.organisation));
  row.owner = terminal_safe(d.owner);
  std::string note = day_note_text(d, lang);
  row.note = joined({note.empty() ? "" : "⚠ " + terminal_safe(note), moved_from_text(d, lang),
                     done_in_future_text(d, lang)});
  if (view.verbose) row.source = fmt::format("{}:{}", terminal_safe(d.path), d.loc.line);
  row.tone = tone_of(d, view.today);
  return row;
}

struct Widths {
  std::size_t date = 0, days = 0, what = 0, record = 0, owner = 0, note = 0;
  std::size_t line = 0;  // the terminal's width, 0 for no limit
  bool stacked = false;  // record and owner on a line of their own, under what is due
};

// Columns before `what`, then `what`, then those after it, each with the gap before it.
std::size_t lead_width(const Widths& w) { return 3 * kGap.size() + w.date + w.days; }
std::size_t trail_width(const Widths& w) {
  std::size_t width = 0;
  for (std::size_t column : {w.record, w.owner}) {
    if (column > 0) width += kGap.size() + column;
  }
  return width;
}

// Every column as wide as its widest cell, except `what`, which gives way so lines fit.
// Notes and sources are left out: they move to a line of their own when there is no room.
Widths measure(const std::vector<Row>& rows, std::size_t line_width) {
  Widths w;
  w.line = line_width;
  for (const Row& r : rows) {
    w.date = std::max(w.date, display_width(r.date));
    w.days = std::max(w.days, display_width(r.days));
    w.what = std::max(w.what, display_width(r.what));
    w.record = std::max(w.record, display_width(r.record));
    w.owner = std::max(w.owner, display_width(r.owner));
    w.note = std::max(w.note, display_width(r.note));
  }
  if (line_width == 0) return w;
  std::size_t others = lead_width(w) + trail_width(w);
  std::size_t room = line_width > others ? line_width - others : 0;
  if (room < kMinWhatWidth) {
    // Too narrow for the ids beside the text: they go under it, and the text takes the line.
    w.stacked = true;
    room = line_width > lead_width(w) ? line_width - lead_width(w) : 0;
  }
  w.what = std::min(w.what, std::max(room, kMinWhatWidth));
  return w;
}

// The note, then the source: aligned after the widest note on the row's own line, or just
// joined when they sit on a line of their own.
std::string tail_of(const Row& r, const Widths& w, bool aligned) {
  if (r.source.empty()) return r.note;
  if (r.note.empty() && !(aligned && w.note > 0)) return r.source;
  return pad_to_width(r.note, aligned ? w.note : 0) + std::string(kGap) + r.source;
}

// The text of `what` wraps within its column rather than being cut: on a narrow terminal the
// item is what the reader needs whole, and the ids beside it stay whole too.
std::string format_row(const Row& r, const Widths& w, bool color) {
  std::string when = pad_to_width(r.date, w.date) + std::string(kGap) + pad_to_width(r.days, w.days);
  if (color && r.tone != Tone::Plain) {
    auto hue = r.tone == Tone::Overdue ? fmt::terminal_color::red : fmt::terminal_color::yellow;
    when = fmt::format(fg(hue), "{}", when);
  }
  std::vector<std::string> what = wrap_to_width(r.what, w.what);
  std::string line = std::string(kGap) + when + std::string(kGap) + pad_to_width(what.front(), w.what);
  std::string ids;  // record and owner: beside the text, or under it when stacked
  if (w.record > 0) ids += std::string(kGap) + pad_to_width(r.record, w.record);
  if (w.owner > 0) ids += std::string(kGap) + pad_to_width(r.owner, w.owner);
  if (w.stacked) {
    std::string shown = r.record.empty() || r.owner.empty() ? r.record + r.owner
                                                            : r.record + " · " + r.owner;
    if (!shown.empty()) what.push_back(shown);
  } else {
    line += ids;
  }
  std::string tail = tail_of(r, w, true);
  std::size_t used = lead_width(w) + w.what + trail_width(w);
  bool tail_below = what.size() > 1 || w.stacked ||
                    (w.line > 0 && used + kGap.size() + display_width(tail) > w.line);
  if (tail.empty() || tail_below) {
    line.erase(line.find_last_not_of(' ') + 1);
  } else {
    line += kGap;
    line += tail;
  }
  std::string indent(lead_width(w), ' ');
  for (std::size_t i = 1; i < what.size(); ++i) line += "\n" + indent + what[i];
  if (!tail.empty() && tail_below) line += "\n" + indent + tail_of(r, w, false);
  line.erase(line.find_last_not_of(' ') + 1);
  return line;
}

std::string section_title(const std::string& title, bool color) {
  return color ? fmt::format(fmt::emphasis::bold, "{}", title) : title;
}

}  // namespace

void render_deadlines_table(std::ostream& out, const std::vector<Deadline>& items,
                            const CalendarView& view) {
  auto overdue = std::count_if(items.begin(), items.end(),
                               [](const Deadline& d) { return d.state == DeadlineState::Overdue; });
  out << at_revision(deadlines_heading(view.from, view.to, view.today, static_cast<std::size_t>(overdue),
                                       view.language, view.today_given),
                     view.revision, view.language)
      << "\n\n";
  if (items.empty()) {
    out << label(CalendarWord::NoDeadlines, view.language) << '\n';
    return;
  }
  std::vector<Section> sections = group_items(items, view);
  std::vector<Row> rows;
  // "mer. 3 mars" of 2027 and "jeu. 2 mars" of 2028 cannot be told apart, and arrears since 1900
  // must not read as this year's: unless every row falls in today's year, every date says its year.
  bool with_year = std::any_of(items.begin(), items.end(),
                               [&](const Deadline& d) { return d.due.year() != view.today.year(); });
  for (const Deadline& d : items) rows.push_back(make_row(d, view, with_year));
  Widths widths = measure(rows, view.width);
  for (std::size_t s = 0; s < sections.size(); ++s) {
    if (s > 0) out << '\n';
    out << section_title(sections[s].title, view.color) << '\n';
    for (const Deadline* d : sections[s].items) {
      out << format_row(rows[static_cast<std::size_t>(d - items.data())], widths, view.color)
          << '\n';
    }
  }
}

}  // namespace multilat
