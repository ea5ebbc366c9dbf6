// The cut of a report's contributions, as a sentence for the reader and as data for the command.
#include "report/contributions_cut.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"

namespace multilat {

void set_contributions_cut(nlohmann::json& view, const std::optional<Cut>& cut, Language language) {
  if (!cut) {
    view["contributions_cut"] = false;
    return;
  }
  auto grouped = [&](long long n) { return i18n::group_digits(fmt::format("{}", n), language); };
  view["contributions_cut"] = {
      {"note", i18n::tr_in(language, "report.contributions-cut",
                           fmt::arg("date", long_date(cut->at, language)),
                           fmt::arg("limit", grouped(kMaxListedOccurrences)),
                           fmt::arg("left", grouped(cut->left_out)))},
      {"from", format_date(cut->at)},
      {"left_out", fmt::format("{}", cut->left_out)}};
}

std::optional<Cut> contributions_cut(const nlohmann::json& view) {
  auto found = view.find("contributions_cut");
  if (found == view.end() || !found->is_object()) return std::nullopt;
  auto from = parse_date(found->at("from").get<std::string>());
  if (!from) return std::nullopt;
  return Cut{*from, std::stoll(found->at("left_out").get<std::string>())};
}

}  // namespace multilat
