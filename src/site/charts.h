// The site's pictures: the year's meeting timeline and horizontal bar charts, as inline SVG.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

#include "model/date.h"

namespace multilat::site {

// One meeting on the year's timeline.
struct TimelineEntry {
  std::string label;        // the meeting's short title, plain text
  std::string href;         // relative link to its page, plain text; may be empty
  Date first, last;         // either may fall outside the year: the bar is clipped to it
  bool delegation = false;  // New Caledonia sends a delegation: drawn filled, else outlined
};

struct TimelineWords {
  std::string title;                   // goes in <title>, and so names the picture
  std::string description;             // one sentence, goes in <desc>
  std::array<std::string, 12> months;  // short month names, in the reader's language
  std::string delegation_legend, other_legend;
};

// One <svg> element for an HTML5 page: a column per month, a row per meeting of `year`
// (sorted by first day, then label; meetings wholly outside the year or with an invalid date
// are left out; at most 400 rows, then "… +N"). The svg's ids are `id` + "-title", "-desc"
// and "-labels" (characters other than A-Z a-z 0-9 - _ become '-'), so `id` must differ
// between the pictures of one page. Plain text is escaped and controls dropped; a label is
// shown cut to 32 characters, whole in its <title>. An href with a scheme (javascript:,
// https:), starting with // or holding a control or a backslash gives no link. Same input,
// same bytes.
std::string timeline_svg(std::string_view id, int year, std::span<const TimelineEntry> entries,
                         const TimelineWords& words);

// One bar of a horizontal bar chart (delegation days by entity; dues by year).
struct Bar {
  std::string label;       // plain text
  std::string href;        // may be empty
  double value = 0;        // >= 0; anything else is drawn as 0
  std::string value_text;  // written at the bar's end ("12 jours", "1 234 567 XPF")
};

struct BarChartWords {
  std::string title, description;
};

// One <svg> element: bars in the given order, scaled to the largest value, at most 200 of
// them, then "… +N". Same rules for `id`, text and links as timeline_svg.
std::string bar_chart_svg(std::string_view id, std::span<const Bar> bars,
                          const BarChartWords& words);

}  // namespace multilat::site
