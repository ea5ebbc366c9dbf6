// Sums of amounts as the records write them, and their conversion to XPF at the rates the
// settings give. Amounts are whole cents, so that totals are exact sums of the listed lines.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/scalar_rules.h"  // parse_cents, for every user of amounts
#include "model/settings.h"

namespace multilat {

// "12 500 000 XPF", "1 250,50 EUR": decimals only when there are cents.
std::string money_text(long long cents, std::string_view currency, Language language);

// The euro's parity with the franc Pacifique, fixed since 1 January 1999 (1 000 XPF = 8,38 EUR):
// a law, not a market rate, so the settings need not give it.
const CurrencyRate& euro_parity();

// The rate the settings give for `currency`; for the euro, when they give none, its fixed
// parity. Nothing for another currency the settings do not give.
const CurrencyRate* rate_for(const std::vector<CurrencyRate>& rates, std::string_view currency);

// `cents` of `currency` in XPF cents, rounded to the whole franc (XPF has no subunit). XPF
// itself converts as is; a currency without a rate gives nothing.
std::optional<long long> to_xpf_cents(long long cents, std::string_view currency,
                                      const std::vector<CurrencyRate>& rates);

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
