// Inline SVG for the site: the year's meeting timeline and horizontal bar charts.
#include "site/charts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <vector>

#include "util/utf8.h"

namespace multilat::site {

namespace {

// Layout in viewBox units. The svg is as wide as its container, so these are proportions.
constexpr double kWidth = 800;
constexpr double kLabelClip = 212;  // the label column's text stops here, before the plot
constexpr double kTextInset = 4;
constexpr double kPlotLeft = 228;
constexpr double kTimelineRight = 792;
constexpr double kHeaderHeight = 24;
constexpr double kRowHeight = 20;
constexpr double kTimelineBarHeight = 12;
constexpr double kLegendHeight = 28;
constexpr double kMinBarWidth = 3;     // a one-day meeting is under 2 units wide otherwise
constexpr double kValueReserve = 140;  // room after the longest bar for its value text
constexpr double kBarRowHeight = 22;
constexpr double kBarHeight = 14;
constexpr double kBaselineDrop = 4;    // from a row's middle to a 12-unit font's baseline
constexpr size_t kMaxLabelChars = 32;  // about what fits in kLabelClip at font-size 12
constexpr size_t kMaxMonthChars = 6;   // February is 28 days, about 40 units
constexpr size_t kMaxValueChars = 18;
constexpr size_t kMaxLegendChars = 40;
constexpr size_t kMaxTimelineRows = 400;
constexpr size_t kMaxBars = 200;

// WCAG contrast against white: ink 16:1, accent 7.4:1, muted text 9.7:1. Grid lines are
// decoration and only need to be seen.
constexpr std::string_view kInk = "#222222";
constexpr std::string_view kMuted = "#444444";
constexpr std::string_view kAccent = "#1f5f8b";
constexpr std::string_view kGrid = "#d0d0d0";

void append_code_point(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// XML 1.0 forbids most controls, so one in a record would make the whole page unreadable
// to an XML parser; line breaks become spaces since a label is one line.
std::string clean_text(std::string_view text) {
  std::string out;
  for (size_t at = 0; at < text.size();) {
    const CodePoint c = decode_utf8_at(text, at);
    at += c.length;
    if (c.value == '\t' || c.value == '\n' || c.value == '\r') {
      out += ' ';
    } else if (c.value >= 0x20 && (c.value < 0x7F || c.value > 0x9F) && c.value != 0xFFFE &&
               c.value != 0xFFFF) {
      append_code_point(out, c.value);  // an invalid byte arrives here as U+FFFD
    }
  }
  return out;
}

// Both quotes too, so the result is safe in an attribute as well as in element text.
std::string escape_xml(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Escaped, and cut by code points so a multi-byte character is never split.
std::string shown(std::string_view text, size_t max_chars) {
  return escape_xml(truncate_to_width(clean_text(text), max_chars));
}

std::string whole(std::string_view text) { return escape_xml(clean_text(text)); }

// Only links within the site: a scheme (javascript:, data:, https:) or a protocol-relative
// "//host" would lead elsewhere. Browsers drop tabs and line breaks inside URLs and read a
// backslash as a slash, so those could hide either; such hrefs are refused outright.
std::optional<std::string> safe_href(std::string_view href) {
  while (!href.empty() && href.front() == ' ') href.remove_prefix(1);
  while (!href.empty() && href.back() == ' ') href.remove_suffix(1);
  if (href.empty() || href.starts_with("//")) return std::nullopt;
  const bool hidden = std::any_of(href.begin(), href.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '\\';
  });
  const size_t colon = href.find(':');
  if (hidden || (colon != std::string_view::npos && colon < href.find('/'))) return std::nullopt;
  return escape_xml(clean_text(href));
}

// Ids share the page's namespace, so only characters that need no escaping in a
// fragment reference (url(#...), aria-labelledby) are kept.
std::string safe_id(std::string_view id) {
  if (id.empty()) return "chart";
  std::string out;
  for (char c : id) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_';
    out += plain ? c : '-';
  }
  return out;
}

std::string number(double value) { return fmt::format("{:.1f}", value); }

// The clip keeps a wide label (CJK, capitals) out of the plot even when truncation by
// character count is not enough.
void open_svg(std::string& out, const std::string& id, std::string_view kind, double height,
              std::string_view title, std::string_view description) {
  fmt::format_to(std::back_inserter(out),
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {1}\" viewBox=\"0 0 "
                 "{2} {3}\" width=\"100%\" role=\"img\" aria-labelledby=\"{0}-title {0}-desc\" "
                 "font-family=\"sans-serif\" font-size=\"12\">"
                 "<title id=\"{0}-title\">{4}</title><desc id=\"{0}-desc\">{5}</desc>"
                 "<defs><clipPath id=\"{0}-labels\"><rect x=\"0\" y=\"0\" width=\"{6}\" "
                 "height=\"{3}\"/></clipPath></defs>",
                 id, kind, number(kWidth), number(height), whole(title), whole(description),
                 number(kLabelClip));
}

// The <title> child is the tooltip and the link's accessible name, so it has the full label.
bool open_item(std::string& out, std::string_view href, std::string_view label) {
  const auto link = safe_href(href);
  if (link) {
    fmt::format_to(std::back_inserter(out), "<a href=\"{}\">", *link);
  } else {
    out += "<g>";
  }
  fmt::format_to(std::back_inserter(out), "<title>{}</title>", whole(label));
  return link.has_value();
}

void close_item(std::string& out, bool linked) { out += linked ? "</a>" : "</g>"; }

void row_label(std::string& out, const std::string& id, double row_top, double row_height,
               std::string_view text) {
  fmt::format_to(std::back_inserter(out),
                 "<text class=\"label\" x=\"{}\" y=\"{}\" fill=\"{}\" "
                 "clip-path=\"url(#{}-labels)\">{}</text>",
                 number(kTextInset), number(row_top + row_height / 2 + kBaselineDrop), kInk, id,
                 text);
}

// ---- Timeline

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

struct YearScale {
  Date start;
  int days = 365;
  double x(int day_index) const {
    return kPlotLeft + (kTimelineRight - kPlotLeft) * day_index / days;
  }
  int index(Date date) const { return std::clamp(days_between(start, date), 0, days - 1); }
};

YearScale scale_of(int year_number) {
  const Date start{year{year_number}, month{1}, day{1}};
  return {start, days_between(start, Date{year{year_number + 1}, month{1}, day{1}})};
}

// Meetings that touch the year, in reading order; a reversed range is read as its reverse.
std::vector<TimelineEntry> timeline_rows(const YearScale& scale,
                                         std::span<const TimelineEntry> entries) {
  std::vector<TimelineEntry> rows;
  const Date end = add_days(scale.start, scale.days - 1);
  for (const TimelineEntry& entry : entries) {
    if (!entry.first.ok() || !entry.last.ok()) continue;
    TimelineEntry row = entry;
    if (row.last < row.first) std::swap(row.first, row.last);
    if (row.last < scale.start || end < row.first) continue;
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.label < b.label;
  });
  return rows;
}

// Month boundaries follow the calendar, so a bar's ends line up with the grid.
void month_grid(std::string& out, const YearScale& scale, const TimelineWords& words,
                double grid_bottom) {
  out += "<g class=\"months\">";
  for (unsigned m = 1; m <= 12; ++m) {
    const Date month_start{scale.start.year(), month{m}, day{1}};
    const int from = days_between(scale.start, month_start);
    const int to =
        m == 12 ? scale.days : days_between(scale.start, month_start + std::chrono::months{1});
    fmt::format_to(std::back_inserter(out),
                   "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                   "stroke=\"{3}\"/><text class=\"label\" x=\"{4}\" y=\"{5}\" fill=\"{6}\" "
                   "font-size=\"11\" text-anchor=\"middle\">{7}</text>",
                   number(scale.x(from)), number(kHeaderHeight - 6), number(grid_bottom), kGrid,
                   number((scale.x(from) + scale.x(to)) / 2), number(kHeaderHeight - 10), kMuted,
                   shown(words.months[m - 1], kMaxMonthChars));
  }
  fmt::format_to(std::back_inserter(out),
                 "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" "
                 "stroke=\"{3}\"/></g>",
                 number(scale.x(scale.days)), number(kHeaderHeight - 6), number(grid_bottom),
                 kGrid);
}

// Filled for a delegation, outlined otherwise: the difference survives greyscale printing.
std::string bar_style(bool delegation) {
  if (delegation) return fmt::format("class=\"bar delegation\" fill=\"{}\"", kAccent);
  return fmt::format("class=\"bar\" fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"1.5\"", kAccent);
}

void timeline_row(std::string& out, const std::string& id, const YearScale& scale,
                  const TimelineEntry& row, double top) {
  const double left = scale.x(scale.index(row.first));
  const double right = scale.x(scale.index(row.last) + 1);
  const double width = std::max(right - left, kMinBarWidth);
  const bool linked = open_item(out, row.href, row.label);
  row_label(out, id, top, kRowHeight, shown(row.label, kMaxLabelChars));
  fmt::format_to(std::back_inserter(out),
                 "<rect {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\"/>",
                 bar_style(row.delegation), number(std::min(left, kTimelineRight - width)),
                 number(top + (kRowHeight - kTimelineBarHeight) / 2), number(width),
                 number(kTimelineBarHeight));
  close_item(out, linked);
}

void more_rows(std::string& out, const std::string& id, size_t left_out, double top,
               double row_height) {
  row_label(out, id, top, row_height, fmt::format("… +{}", left_out));
}

void timeline_legend(std::string& out, const TimelineWords& words, double top) {
  const double half = (kTimelineRight - kPlotLeft) / 2;
  out += "<g class=\"legend\">";
  for (const bool delegation : {true, false}) {
    const double x = kPlotLeft + (delegation ? 0 : half);
    fmt::format_to(
        std::back_inserter(out),
        "<rect {} x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" rx=\"2\"/>"
        "<text class=\"legend\" x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>",
        bar_style(delegation), number(x), number(top + 8), number(x + 18), number(top + 18), kInk,
        shown(delegation ? words.delegation_legend : words.other_legend, kMaxLegendChars));
  }
  out += "</g>";
}

// ---- Bar chart

// NaN, infinities and negatives would give a nonsense width; they count as nothing.
double bar_value(const Bar& bar) {
  return std::isfinite(bar.value) && bar.value > 0 ? bar.value : 0;
}

void bar_row(std::string& out, const std::string& id, const Bar& bar, double top, double largest) {
  const double full = kWidth - kPlotLeft - kValueReserve;
  const double width = largest > 0 ? full * bar_value(bar) / largest : 0;
  const bool linked = open_item(out, bar.href, bar.label);
  row_label(out, id, top, kBarRowHeight, shown(bar.label, kMaxLabelChars));
  fmt::format_to(std::back_inserter(out),
                 "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>"
                 "<text class=\"label\" x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>",
                 number(kPlotLeft), number(top + (kBarRowHeight - kBarHeight) / 2), number(width),
                 number(kBarHeight), kAccent, number(kPlotLeft + width + 6),
                 number(top + kBarRowHeight / 2 + kBaselineDrop), kInk,
                 shown(bar.value_text, kMaxValueChars));
  close_item(out, linked);
}

}  // namespace

std::string timeline_svg(std::string_view id, int year, std::span<const TimelineEntry> entries,
                         const TimelineWords& words) {
  const std::string prefix = safe_id(id);
  const YearScale scale = scale_of(year);
  const std::vector<TimelineEntry> rows = timeline_rows(scale, entries);
  const size_t drawn = std::min(rows.size(), kMaxTimelineRows);
  const size_t left_out = rows.size() - drawn;
  const double rows_bottom = kHeaderHeight + kRowHeight * (drawn + (left_out > 0 ? 1 : 0));
  std::string out;
  open_svg(out, prefix, "timeline", rows_bottom + kLegendHeight, words.title, words.description);
  month_grid(out, scale, words, rows_bottom);
  out += "<g class=\"rows\">";
  for (size_t i = 0; i < drawn; ++i) {
    timeline_row(out, prefix, scale, rows[i], kHeaderHeight + kRowHeight * i);
  }
  if (left_out > 0) more_rows(out, prefix, left_out, rows_bottom - kRowHeight, kRowHeight);
  out += "</g>";
  timeline_legend(out, words, rows_bottom);
  out += "</svg>";
  return out;
}

std::string bar_chart_svg(std::string_view id, std::span<const Bar> bars,
                          const BarChartWords& words) {
  const std::string prefix = safe_id(id);
  const size_t drawn = std::min(bars.size(), kMaxBars);
  const size_t left_out = bars.size() - drawn;
  const double rows = static_cast<double>(drawn + (left_out > 0 ? 1 : 0));
  double largest = 0;
  for (const Bar& bar : bars.first(drawn)) largest = std::max(largest, bar_value(bar));
  std::string out;
  open_svg(out, prefix, "bars", std::max(kBarRowHeight * rows, 8.0), words.title,
           words.description);
  out += "<g class=\"rows\">";
  for (size_t i = 0; i < drawn; ++i) bar_row(out, prefix, bars[i], kBarRowHeight * i, largest);
  if (left_out > 0) more_rows(out, prefix, left_out, kBarRowHeight * drawn, kBarRowHeight);
  out += "</g></svg>";
  return out;
}

}  // namespace multilat::site
