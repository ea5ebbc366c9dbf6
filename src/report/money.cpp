// Exact sums in cents, converted to XPF one currency at a time.
#include "report/money.h"

#include <fmt/format.h>

#include <limits>

#include "i18n/tr.h"
#include "load/scalar_rules.h"
#include "i18n/calendar_words.h"

namespace multilat {
namespace {

constexpr long long kMax = std::numeric_limits<long long>::max();

// Totals saturate rather than overflow: a figure that large is already absurd, and a wrapped
// negative one would be worse.
long long saturating_add(long long a, long long b) {
  long long sum = 0;
  return __builtin_add_overflow(a, b, &sum) ? kMax : sum;
}

}  // namespace

std::string money_text(long long cents, std::string_view currency, Language language) {
  return i18n::cents_text(cents, currency, language);
}

std::string rate_text(const CurrencyRate& rate, Language language) {
  const char* key = &rate == &euro_parity() ? "report.rate-fixed" : "report.rate";
  return i18n::tr_in(language, key, fmt::arg("currency", rate.currency.str()),
                     fmt::arg("xpf", i18n::group_digits(rate.xpf.str(), language)),
                     fmt::arg("date", long_date(rate.date, language)));
}

void MoneyTotals::add(std::string_view currency, long long cents) {
  auto [it, added] = by_currency_.try_emplace(std::string(currency), 0);
  it->second = saturating_add(it->second, cents);
}

std::string MoneyTotals::text(Language language) const {
  std::string out;
  // XPF first: it is the desk's currency, and the others follow in code order.
  if (auto xpf = by_currency_.find("XPF"); xpf != by_currency_.end()) {
    out = money_text(xpf->second, "XPF", language);
  }
  for (const auto& [currency, cents] : by_currency_) {
    if (currency == "XPF") continue;
    if (!out.empty()) out += " + ";
    out += money_text(cents, currency, language);
  }
  return out;
}

long long MoneyTotals::xpf_cents(const std::vector<CurrencyRate>& rates,
                                 std::vector<std::string>& unconverted) const {
  long long total = 0;
  for (const auto& [currency, cents] : by_currency_) {
    if (auto xpf = to_xpf_cents(cents, currency, rates)) {
      total = saturating_add(total, *xpf);
    } else {
      unconverted.push_back(currency);
    }
  }
  return total;
}

std::vector<std::string> MoneyTotals::rates_used(const std::vector<CurrencyRate>& rates,
                                                Language language) const {
  std::vector<std::string> out;
  for (const auto& [currency, cents] : by_currency_) {
    if (const CurrencyRate* rate = currency == "XPF" ? nullptr : rate_for(rates, currency)) {
      out.push_back(rate_text(*rate, language));
    }
  }
  return out;
}

}  // namespace multilat
