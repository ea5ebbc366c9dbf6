// The formats of `check`, as its --format option names them.
#include "render/check_report.h"

namespace multilat {
namespace {

void text(std::ostream& out, const CheckOutput& o) {
  if (!o.heading.empty()) out << o.heading << '\n';
  render_check_text(out, o.diagnostics, o.totals, o.lines, o.style);
}

void json(std::ostream& out, const CheckOutput& o) { render_check_json(out, o.diagnostics, o.totals); }

void github(std::ostream& out, const CheckOutput& o) {
  render_check_github(out, o.diagnostics, o.totals, o.to_repository);
}

void gitlab(std::ostream& out, const CheckOutput& o) {
  render_check_gitlab(out, o.diagnostics, o.lines, o.to_repository);
}

}  // namespace

const FormatTable<CheckOutput>& check_formats() {
  static const FormatTable<CheckOutput> formats{{"text", text}, {"json", json}, {"github", github}, {"gitlab", gitlab}};
  return formats;
}

}  // namespace multilat
