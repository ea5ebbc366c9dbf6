// What an amount is worth in XPF, the desk's currency, at the rates the settings give and the
// euro's fixed parity: what the reports total and what `list --sort value` orders by. The words
// for a rate (rate_text) stay with the reports.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/settings.h"

namespace multilat {

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

}  // namespace multilat
