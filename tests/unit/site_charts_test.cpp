// Tests of the site's inline SVG pictures: escaping, links, truncation, layout and limits.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "site/charts.h"
#include "util/utf8.h"

using namespace multilat;
using namespace multilat::site;
using namespace std::chrono;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

TimelineWords timeline_words() {
  return {"Réunions de 2026",
          "Les réunions de l'année, mois par mois.",
          {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."},
          "délégation",
          "sans délégation"};
}

TimelineEntry meeting(std::string label, Date first, Date last, std::string href = "") {
  return {std::move(label), std::move(href), first, last, false};
}

std::string timeline(const std::vector<TimelineEntry>& entries) {
  return timeline_svg("timeline", 2026, entries, timeline_words());
}

std::string bars_of(const std::vector<Bar>& bars) {
  return bar_chart_svg("dues", bars, {"Cotisations", "Cotisations par année."});
}

size_t count(std::string_view text, std::string_view part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

// The values of one attribute on the elements that start with `opening`, in order.
std::vector<std::string> attributes(std::string_view svg, std::string_view opening,
                                    std::string_view name) {
  std::vector<std::string> values;
  const std::string key = " " + std::string(name) + "=\"";
  for (size_t at = svg.find(opening); at != std::string_view::npos;
       at = svg.find(opening, at + 1)) {
    const size_t end = svg.find('>', at);
    const size_t start = svg.find(key, at);
    REQUIRE(start < end);
    const size_t value = start + key.size();
    values.emplace_back(svg.substr(value, svg.find('"', value) - value));
  }
  return values;
}

// The <title> texts of the rows; the picture's own title has an id, so it is not one.
std::vector<std::string> row_titles(std::string_view svg) {
  std::vector<std::string> titles;
  for (size_t at = svg.find("<title>"); at != std::string_view::npos;
       at = svg.find("<title>", at + 1)) {
    const size_t start = at + 7;
    titles.emplace_back(svg.substr(start, svg.find("</title>", start) - start));
  }
  return titles;
}

double number_of(const std::string& text) { return std::stod(text); }

constexpr std::string_view kRowBar = "<rect class=\"bar";
constexpr std::string_view kLabelText = "<text class=\"label\" x=\"4.0\"";

}  // namespace

TEST_CASE("site charts escape hostile labels and words") {
  const std::string hostile = "<script>alert(\"x\")</script> & 'o' <a href=x onclick=y>";
  TimelineWords words = timeline_words();
  words.title = hostile;
  words.months[0] = "<img src=x>";
  const std::string svg = timeline_svg(
      "t", 2026, std::vector{meeting(hostile, ymd(2026, 3, 1), ymd(2026, 3, 2))}, words);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<img") == std::string::npos);
  CHECK(svg.find("<a href=x") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;o&#39;") !=
        std::string::npos);
  const std::string bars = bars_of({{hostile, "", 1, "\"><script>"}});
  CHECK(bars.find("<script") == std::string::npos);
  CHECK(bars.find("&quot;&gt;&lt;script&gt;") != std::string::npos);
}

TEST_CASE("site charts drop control characters and invalid UTF-8") {
  const std::string svg =
      bars_of({{"a\x01"
                "b\x1b"
                "c\x7f"
                "d\nz\xff",
                "", 1, "1"}});
  CHECK(svg.find("<title>abcd z\xEF\xBF\xBD</title>") != std::string::npos);
  CHECK_FALSE(first_invalid_utf8(svg).has_value());
  for (char c : svg) CHECK(static_cast<unsigned char>(c) >= 0x20);
}

TEST_CASE("site charts link only to relative pages") {
  for (const char* href : {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
                           "data:text/html,<b>x</b>", "https://evil.example/", "//evil.example/x",
                           "/\\evil.example", "mailto:a@b.example"}) {
    CAPTURE(href);
    const std::string svg = timeline({meeting("M", ymd(2026, 5, 1), ymd(2026, 5, 2), href)});
    CHECK(svg.find("<a ") == std::string::npos);
    CHECK(svg.find("href") == std::string::npos);
    CHECK(svg.find("<title>M</title>") != std::string::npos);
  }
  const std::string svg =
      bars_of({{"Pacific", "../entities/spc.html?year=2026&x=a:b", 1, "1 jour"}});
  CHECK(svg.find("<a href=\"../entities/spc.html?year=2026&amp;x=a:b\"><title>Pacific</title>") !=
        std::string::npos);
  CHECK(svg.find("xlink") == std::string::npos);
}

TEST_CASE("site charts truncate long labels by code points") {
  std::string label;
  for (int i = 0; i < 300; ++i) label += "é";
  const std::string svg = timeline({meeting(label, ymd(2026, 1, 1), ymd(2026, 1, 1))});
  CHECK_FALSE(first_invalid_utf8(svg).has_value());
  CHECK(svg.find("<title>" + label + "</title>") != std::string::npos);
  const size_t text = svg.find(kLabelText);
  REQUIRE(text != std::string::npos);
  const size_t start = svg.find('>', text) + 1;
  const std::string shown = svg.substr(start, svg.find("</text>", start) - start);
  CHECK(shown.ends_with("…"));
  CHECK(display_width(shown) < 40);
  const std::string long_word(200, 'W');
  const std::string bars = bars_of({{long_word, "", 1, long_word}});
  CHECK(count(bars, long_word) == 1);  // only the tooltip has it whole
}

TEST_CASE("site timeline clips a meeting to the year") {
  const std::string svg = timeline({meeting("Across", ymd(2025, 12, 20), ymd(2026, 1, 10)),
                                    meeting("Out", ymd(2025, 3, 1), ymd(2025, 3, 5)),
                                    meeting("End", ymd(2026, 12, 25), ymd(2027, 1, 5))});
  CHECK(svg.find("<title>Out</title>") == std::string::npos);
  const auto x = attributes(svg, kRowBar, "x");
  const auto width = attributes(svg, kRowBar, "width");
  REQUIRE(x.size() == 4);  // two rows, two legend keys
  CHECK(number_of(x[0]) == doctest::Approx(228.0));
  CHECK(number_of(width[0]) == doctest::Approx(564.0 * 10 / 365).epsilon(0.01));
  CHECK(number_of(x[1]) + number_of(width[1]) == doctest::Approx(792.0).epsilon(0.001));
  CHECK(number_of(width[1]) == doctest::Approx(564.0 * 7 / 365).epsilon(0.01));
}

TEST_CASE("site timeline draws a one-day meeting visibly") {
  const std::string svg = timeline({meeting("Day", ymd(2026, 12, 31), ymd(2026, 12, 31))});
  const auto x = attributes(svg, kRowBar, "x");
  const auto width = attributes(svg, kRowBar, "width");
  CHECK(number_of(width[0]) >= 3.0);
  CHECK(number_of(x[0]) + number_of(width[0]) <= 792.0 + 0.05);
}

TEST_CASE("site timeline sorts by first day then label") {
  const std::string svg = timeline({meeting("B", ymd(2026, 3, 1), ymd(2026, 3, 2)),
                                    meeting("A", ymd(2026, 3, 1), ymd(2026, 3, 9)),
                                    meeting("C", ymd(2026, 1, 15), ymd(2026, 1, 16))});
  CHECK(row_titles(svg) == std::vector<std::string>{"C", "A", "B"});
}

TEST_CASE("site timeline marks delegations and keeps twelve months") {
  auto entries = std::vector{meeting("D", ymd(2026, 6, 1), ymd(2026, 6, 3))};
  entries[0].delegation = true;
  const std::string svg = timeline(entries);
  CHECK(count(svg, "class=\"bar delegation\"") == 2);  // the row and the legend key
  CHECK(count(svg, "<line class=\"grid\"") == 13);
  CHECK(svg.find(">févr.</text>") != std::string::npos);
  CHECK(svg.find("délégation</text>") != std::string::npos);
}

TEST_CASE("site charts are deterministic") {
  const std::vector entries = {meeting("A", ymd(2026, 2, 1), ymd(2026, 2, 3), "a.html"),
                               meeting("B", ymd(2026, 2, 1), ymd(2026, 2, 3))};
  CHECK(timeline(entries) == timeline(entries));
  const std::vector<Bar> bars = {{"A", "a.html", 1.0 / 3, "1/3"}, {"B", "", 2, "2"}};
  CHECK(bars_of(bars) == bars_of(bars));
}

TEST_CASE("site charts name themselves even when empty") {
  for (const std::string& svg : {timeline({}), bars_of({})}) {
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(svg.ends_with("</svg>"));
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("width=\"100%\"") != std::string::npos);
    CHECK(svg.find(" height=") == svg.find(" height=\"", svg.find("<rect")));  // none on <svg>
    CHECK(svg.find("<title id=") != std::string::npos);
    CHECK(svg.find("<desc id=") != std::string::npos);
  }
  CHECK(timeline({}).find("aria-labelledby=\"timeline-title timeline-desc\"") != std::string::npos);
  CHECK(timeline({}).find("<title id=\"timeline-title\">Réunions de 2026</title>") !=
        std::string::npos);
}

TEST_CASE("site charts keep ids usable in references") {
  const std::string svg = bar_chart_svg("a b\"<>", {}, {"T", "D"});
  CHECK(svg.find("<title id=\"a-b----title\">") != std::string::npos);
  CHECK(svg.find("aria-labelledby=\"a-b----title a-b----desc\"") != std::string::npos);
}

TEST_CASE("site bar chart scales bars to the largest value") {
  const std::string svg = bars_of(
      {{"Half", "", 5, "5"}, {"Full", "", 10, "10"}, {"None", "", 0, "0"}, {"Bad", "", -3, "-3"}});
  const auto width = attributes(svg, kRowBar, "width");
  REQUIRE(width.size() == 4);
  const double full = number_of(width[1]);
  CHECK(full == doctest::Approx(800.0 - 228 - 140));
  CHECK(number_of(width[0]) == doctest::Approx(full / 2));
  CHECK(number_of(width[2]) == 0.0);
  CHECK(number_of(width[3]) == 0.0);
  CHECK(row_titles(svg) == std::vector<std::string>{"Half", "Full", "None", "Bad"});
}

TEST_CASE("site bar chart draws nothing for all-zero values") {
  const std::string svg = bars_of({{"A", "", 0, "0"}, {"B", "", 0, "0"}});
  for (const auto& width : attributes(svg, kRowBar, "width")) CHECK(width == "0.0");
}

TEST_CASE("site charts cap the number of rows") {
  std::vector<TimelineEntry> entries;
  for (int i = 0; i < 450; ++i) {
    entries.push_back(meeting(fmt::format("M{}", i), ymd(2026, 1, 1), ymd(2026, 1, 2)));
  }
  const std::string svg = timeline(entries);
  CHECK(count(svg, kRowBar) == 400 + 2);  // the rows and the legend keys
  CHECK(svg.find("… +50</text>") != std::string::npos);
  CHECK(timeline(std::vector(entries.begin(), entries.begin() + 400)).find("… +") ==
        std::string::npos);
  std::vector<Bar> bars(250, Bar{"B", "", 1, "1"});
  const std::string chart = bars_of(bars);
  CHECK(count(chart, kRowBar) == 200);
  CHECK(chart.find("… +50</text>") != std::string::npos);
}
