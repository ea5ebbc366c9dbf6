// Conversion in long double, rounded once to the whole franc.
#include "query/xpf_value.h"

#include <cmath>
#include <limits>
#include <string>

#include "load/scalar_rules.h"

namespace multilat {

const CurrencyRate& euro_parity() {
  // 1 000 / 8,38 = 119,3317422…: the six decimals the IEOM publishes.
  static const CurrencyRate parity{"EUR", "119.331742",
                                   Date{std::chrono::year{1999}, std::chrono::January, std::chrono::day{1}},
                                   "IEOM"};
  return parity;
}

const CurrencyRate* rate_for(const std::vector<CurrencyRate>& rates, std::string_view currency) {
  for (const CurrencyRate& rate : rates) {
    if (rate.currency == currency && is_rate(rate.xpf)) return &rate;
  }
  return currency == "EUR" ? &euro_parity() : nullptr;
}

std::optional<long long> to_xpf_cents(long long cents, std::string_view currency,
                                      const std::vector<CurrencyRate>& rates) {
  constexpr long long kMax = std::numeric_limits<long long>::max();
  if (currency == "XPF") return cents;
  const CurrencyRate* rate = rate_for(rates, currency);
  if (!rate) return std::nullopt;
  long double francs = std::round(static_cast<long double>(cents) / 100 * std::stold(rate->xpf.str()));
  if (francs * 100 >= static_cast<long double>(kMax)) return kMax;
  return static_cast<long long>(francs) * 100;
}

}  // namespace multilat
