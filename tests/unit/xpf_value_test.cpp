// What an amount is worth in XPF: the euro's parity, the settings' rates, and no guess without one.
#include "query/xpf_value.h"

#include <doctest/doctest.h>

using namespace multilat;

TEST_CASE("the euro converts at its fixed parity when the settings give no rate") {
  const std::vector<CurrencyRate> none;
  REQUIRE(rate_for(none, "EUR") == &euro_parity());
  CHECK_FALSE(rate_for(none, "USD"));
  // 15,000 EUR x 119.331742 = 1,789,976.13 -> 1,789,976 francs.
  CHECK(to_xpf_cents(1500000, "EUR", none) == 1789976 * 100LL);
  // 1,000 XPF = 8.38 EUR: 8.38 x 119.331742 = 999.99999... -> 1,000 francs.
  CHECK(to_xpf_cents(838, "EUR", none) == 1000 * 100LL);
  // A rate the settings give is used as they write it.
  std::vector<CurrencyRate> given = {{"EUR", "120", Date{}, "test"}};
  CHECK(to_xpf_cents(100, "EUR", given) == 120 * 100LL);
}

TEST_CASE("a currency converts only at a rate that is one") {
  std::vector<CurrencyRate> rates = {{"USD", "110", Date{}, "IEOM"}, {"AUD", "not-a-rate", Date{}, ""}};
  CHECK(to_xpf_cents(8000000, "USD", rates) == 8800000 * 100LL);
  CHECK(to_xpf_cents(100, "XPF", rates) == 100);
  CHECK_FALSE(rate_for(rates, "AUD"));
  CHECK_FALSE(to_xpf_cents(100, "AUD", rates));
  CHECK_FALSE(to_xpf_cents(100, "NZD", rates));
}
