#include "manual/offered_values.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string_view>

namespace multilat {
namespace {

constexpr std::string_view kOffers = "offers:";

}  // namespace

std::string offers_name(const std::vector<std::string>& values) {
  return fmt::format("{}{}", kOffers, fmt::join(values, "|"));
}

std::vector<std::string> offered_values(CLI::Option& option) {
  for (int i = 0;; ++i) {
    const CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return {};  // CLI11 lists validators by index only, and says where they end by throwing
    }
    std::string_view name = validator->get_name();
    if (!name.starts_with(kOffers)) continue;
    std::vector<std::string> values;
    for (std::string_view rest = name.substr(kOffers.size()); !rest.empty();) {
      std::size_t bar = rest.find('|');
      values.emplace_back(rest.substr(0, bar));
      rest = bar == std::string_view::npos ? "" : rest.substr(bar + 1);
    }
    return values;
  }
}

}  // namespace multilat
