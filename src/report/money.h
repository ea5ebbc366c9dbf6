// Sums of amounts as the records write them, their conversion to XPF (query/xpf_value.h) and
// the words for the rates used. Amounts are whole cents, so that totals are exact sums of the
// listed lines.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/scalar_rules.h"  // parse_cents, for every user of amounts
#include "model/settings.h"
#include "query/xpf_value.h"  // euro_parity, rate_for, to_xpf_cents

namespace multilat {

// "12 500 000 XPF", "1 250,50 EUR": decimals only when there are cents.
std::string money_text(long long cents, std::string_view currency, Language language);

// "1 EUR = 119,331742 XPF (taux du ven. 1er janv. 1999)"; the euro's parity says it is fixed.
std::string rate_text(const CurrencyRate& rate, Language language);

// Amounts added up by currency: "1 000 XPF + 200 EUR".
class MoneyTotals {
 public:
  void add(std::string_view currency, long long cents);
  bool empty() const { return by_currency_.empty(); }
  bool only_xpf() const { return by_currency_.empty() || (by_currency_.size() == 1 && by_currency_.count("XPF")); }
  // The rate_text() of each rate the XPF whole uses.
  std::vector<std::string> rates_used(const std::vector<CurrencyRate>& rates, Language language) const;
  std::string text(Language language) const;
  // The whole in XPF, and the currencies that could not be converted for want of a rate.
  long long xpf_cents(const std::vector<CurrencyRate>& rates,
                      std::vector<std::string>& unconverted) const;

 private:
  std::map<std::string, long long, std::less<>> by_currency_;
};

}  // namespace multilat
