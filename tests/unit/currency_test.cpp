// Tests of ISO 4217 currency code recognition.
#include "model/currency.h"

#include <doctest/doctest.h>

using namespace multilat;

TEST_CASE("is_currency_code knows the Pacific and major currencies") {
  for (std::string_view code : {"XPF", "EUR", "USD", "AUD", "NZD", "FJD", "WST", "TOP", "VUV",
                                "SBD", "PGK", "JPY", "CNY", "GBP", "CHF", "CAD", "SGD", "IDR"}) {
    CAPTURE(code);
    CHECK(is_currency_code(code));
  }
}

TEST_CASE("is_currency_code knows the ends of the table and special codes") {
  for (std::string_view code : {"AED", "ZWG", "ZMW", "XDR", "XAU", "XXX", "XTS", "CHE", "USN",
                                "XCG", "SLE", "VED", "UYW", "MRU", "STN"}) {
    CAPTURE(code);
    CHECK(is_currency_code(code));
  }
}

TEST_CASE("is_currency_code rejects withdrawn, unknown and malformed codes") {
  for (std::string_view code : {"FRF", "DEM", "HRK", "ZWL", "XFP", "ABC", "ZZZ", "AAA", "xpf",
                                "Xpf", "XP", "XPFF", "", " XPF", "XPF ", "EU R", "US$"}) {
    CAPTURE(code);
    CHECK_FALSE(is_currency_code(code));
  }
}
