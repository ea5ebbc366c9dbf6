// ISO 4217 currency codes, for validating amounts written in records.
#pragma once

#include <string_view>

namespace multilat {

// True for an active ISO 4217 alphabetic code in upper case ("XPF", "EUR"); false otherwise.
bool is_currency_code(std::string_view code);

}  // namespace multilat
