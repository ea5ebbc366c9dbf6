// Compiler-style check output: location, message, the quoted line, a caret and a hint.
#include <fmt/color.h>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <set>

#include "i18n/tr.h"
#include "render/check_report.h"
#include "render/excerpt.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

std::string paint(bool color, fmt::text_style style, std::string_view text) {
  return color ? fmt::format(style, "{}", text) : std::string(text);
}

// The quoted line with a caret under the offending token, as gcc and rustc print it. Record
// text never reaches the terminal raw: control characters are shown as escapes.
void render_excerpt(std::ostream& out, const Diagnostic& d, const std::string& line,
                    TextStyle style) {
  std::string number = std::to_string(d.loc.line);
  std::size_t gutter = std::max<std::size_t>(5, number.size() + 1);
  ExcerptView view = excerpt_view(line, d.loc.column ? d.loc.column - 1 : 0, d.loc.length);
  std::string caret(view.length, '~');
  caret.front() = '^';
  fmt::print(out, "{:>{}} | {}\n", number, gutter, view.text);
  fmt::print(out, "{:>{}} | {}{}\n", "", gutter, std::string(view.caret, ' '),
             paint(style.color, fg(fmt::terminal_color::green) | fmt::emphasis::bold, caret));
}

}  // namespace

CheckTotals count_totals(const std::vector<Diagnostic>& diagnostics, std::size_t records,
                         std::size_t files) {
  CheckTotals totals{records, files, 0, 0, 0};
  std::set<std::string_view> paths;
  for (const Diagnostic& d : diagnostics) {
    (d.severity == Severity::Error ? totals.errors : totals.warnings)++;
    paths.insert(d.path);
  }
  totals.files_with_problems = paths.size();
  return totals;
}

std::string summary_line(const CheckTotals& t) {
  if (t.errors == 0 && t.warnings == 0) {
    return i18n::tr("check.summary.clean",
                    fmt::arg("records", i18n::trn("check.records", t.records)));
  }
  return i18n::tr("check.summary", fmt::arg("errors", i18n::trn("word.error", t.errors)),
                  fmt::arg("warnings", i18n::trn("word.warning", t.warnings)),
                  fmt::arg("files", i18n::trn("check.files", t.files_with_problems)),
                  fmt::arg("checked", i18n::trn("check.records-checked", t.records)));
}

void render_check_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const CheckTotals& totals, const LineSource& lines, TextStyle style) {
  for (const Diagnostic& d : diagnostics) {
    bool error = d.severity == Severity::Error;
    auto severity_style =
        fg(error ? fmt::terminal_color::red : fmt::terminal_color::magenta) | fmt::emphasis::bold;
    std::string severity = paint(style.color, severity_style, severity_label(d.severity));
    fmt::print(out, "{}: {}\n", paint(style.color, fmt::emphasis::bold, diagnostic_place(d)),
               i18n::tr("check.line", fmt::arg("severity", severity),
                        fmt::arg("message", visible_text(d.message)), fmt::arg("rule", d.rule)));
    if (d.loc.line > 0) {
      if (auto line = lines(d.path, d.loc.line)) render_excerpt(out, d, *line, style);
    }
    if (!d.hint.empty()) {
      fmt::print(out, "{:>5} = {}\n", "", i18n::tr("check.hint", fmt::arg("hint", visible_text(d.hint))));
    }
  }
  if (!diagnostics.empty()) out << '\n';
  out << summary_line(totals) << '\n';
}

}  // namespace multilat
