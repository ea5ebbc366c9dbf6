// The problems are worded as `check` words them, with the line at the end where they are.
#include "render/check_change.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using i18n::tr;

std::string problem(const Diagnostic& d) {
  std::string where = d.loc.line ? fmt::format("{}:{}: ", d.loc.line, d.loc.column) : "";
  return visible_text(tr("diff.check.problem", fmt::arg("where", where), fmt::arg("severity", severity_label(d.severity)),
                         fmt::arg("message", d.message), fmt::arg("rule", d.rule)));
}

OrderedJson problems_json(const std::vector<Diagnostic>& all) {
  OrderedJson list = OrderedJson::array();
  for (const Diagnostic& d : all) {
    list.push_back({{"rule", d.rule},
                    {"severity", std::string(severity_name(d.severity))},
                    {"line", d.loc.line},
                    {"column", d.loc.column},
                    {"message", d.message}});
  }
  return list;
}

}  // namespace

std::vector<StyledLine> consequence_lines(const Consequences& c) {
  std::vector<StyledLine> out;
  for (const Diagnostic& d : c.introduced) {
    out.push_back({0, {{Tone::Removed, tr("diff.check.introduced", fmt::arg("problem", problem(d)))}}});
  }
  for (const Diagnostic& d : c.removed) {
    out.push_back({0, {{Tone::Added, tr("diff.check.removed", fmt::arg("problem", problem(d)))}}});
  }
  return out;
}

std::string elsewhere_heading() { return tr("diff.check.elsewhere"); }

OrderedJson consequences_json(const Consequences& c) {
  return {{"introduced", problems_json(c.introduced)}, {"removed", problems_json(c.removed)}};
}

OrderedJson elsewhere_json(const std::map<std::string, Consequences>& elsewhere) {
  OrderedJson list = OrderedJson::array();
  for (const auto& [path, c] : elsewhere) {
    OrderedJson item = {{"path", path}};
    item.update(consequences_json(c));
    list.push_back(std::move(item));
  }
  return list;
}

}  // namespace multilat
