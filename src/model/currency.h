// ISO 4217 currency codes, for validating amounts written in records.
#pragma once

#include <span>
#include <string_view>

namespace multilat {

// True for an active ISO 4217 alphabetic code in upper case ("XPF", "EUR"); false otherwise.
bool is_currency_code(std::string_view code);

// Every code is_currency_code() accepts, sorted: for the JSON Schema's list of values.
std::span<const std::string_view> currency_codes();

}  // namespace multilat
