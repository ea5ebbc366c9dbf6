// Type rules for scalars; each failure names the rule and a fix.
#include "load/scalar_rules.h"

#include <fmt/format.h>

#include <charconv>

#include "model/contact.h"
#include "model/currency.h"
#include "model/date.h"
#include "model/kind.h"
#include "util/did_you_mean.h"

namespace multilat {
namespace {

using schema::ValueType;

std::optional<ScalarProblem> problem(std::string rule, std::string message, std::string hint) {
  return ScalarProblem{std::move(rule), std::move(message), std::move(hint)};
}

std::string join(std::span<const std::string_view> words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

std::optional<ScalarProblem> check_enum(const std::string& value, const schema::FieldSpec& field) {
  for (std::string_view allowed : field.allowed) {
    if (allowed == value) return std::nullopt;
  }
  auto guess = did_you_mean(value, field.allowed);
  return problem("field-value", fmt::format("'{}' is not a valid {}", value, field.key),
                 guess ? fmt::format("did you mean '{}'?", *guess)
                       : fmt::format("use one of: {}", join(field.allowed)));
}

std::optional<ScalarProblem> check_integer(const std::string& value,
                                           const schema::FieldSpec& field) {
  long number = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size()) {
    return problem("field-type", fmt::format("'{}' is not a whole number", value),
                   "write digits only, e.g. 12");
  }
  if (field.max != 0 && (number < field.min || number > field.max)) {
    return problem("field-value", fmt::format("{} is out of range for {}", number, field.key),
                   fmt::format("use a number from {} to {}", field.min, field.max));
  }
  return std::nullopt;
}

std::optional<ScalarProblem> check_currency(const std::string& value) {
  if (is_currency_code(value)) return std::nullopt;
  std::string upper = value;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return problem("currency-invalid", fmt::format("'{}' is not an ISO 4217 currency code", value),
                 is_currency_code(upper) ? fmt::format("did you mean '{}'?", upper)
                                         : "use a code such as XPF, EUR, USD, AUD or NZD");
}

std::optional<ScalarProblem> check_typed(const std::string& value, const schema::FieldSpec& field) {
  switch (field.type) {
    case ValueType::Date:
      if (parse_date(value)) return std::nullopt;
      return problem("date-invalid", fmt::format("{} is not a date", value),
                     "write YYYY-MM-DD with a day that exists on the calendar");
    case ValueType::Duration:
      if (parse_duration(value)) return std::nullopt;
      return problem("field-type", fmt::format("'{}' is not a duration", value),
                     "write a number and a unit: 15d, 6w, 3m or 1y");
    case ValueType::Cadence:
      if (parse_cadence(value)) return std::nullopt;
      return problem("field-value", fmt::format("'{}' is not a cadence", value),
                     "use yearly, twice-yearly, every-2-years, every-6-months or irregular");
    case ValueType::Integer:
      return check_integer(value, field);
    case ValueType::Amount:
      if (is_amount(value)) return std::nullopt;
      return problem("field-type", fmt::format("'{}' is not an amount", value),
                     "write digits with at most two decimals and no separators, e.g. 1200000");
    case ValueType::Currency:
      return check_currency(value);
    case ValueType::Bool: {
      bool ignored = false;
      if (parse_bool(value, ignored)) return std::nullopt;
      return problem("field-type", fmt::format("'{}' is not true or false", value),
                     "write true or false");
    }
    case ValueType::Enum:
      return check_enum(value, field);
    case ValueType::Url:
      if (is_url(value)) return std::nullopt;
      return problem("field-type", fmt::format("'{}' is not a web address", value),
                     "write the full address, starting with https://");
    case ValueType::Email:
      if (is_email(value)) return std::nullopt;
      return problem("field-type", fmt::format("'{}' is not an e-mail address", value),
                     "write name@domain");
    case ValueType::Id:
    case ValueType::RuleId:
      if (is_valid_id(value)) return std::nullopt;
      return problem("id-invalid", fmt::format("'{}' is not a valid id", value),
                     "ids are lowercase letters, digits and hyphens, like province-sud");
    case ValueType::String:
    case ValueType::Text:
    case ValueType::Object:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

bool parse_bool(std::string_view text, bool& out) {
  if (text == "true" || text == "True" || text == "TRUE") return out = true, true;
  if (text == "false" || text == "False" || text == "FALSE") return out = false, true;
  return false;
}

bool is_amount(std::string_view text) {
  size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view cents = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!digits(whole) || whole.size() > 15) return false;
  return dot == std::string_view::npos || (digits(cents) && cents.size() <= 2);
}

std::optional<ScalarProblem> check_scalar(const yaml::Node& node, const schema::FieldSpec& field) {
  if (!node.is_scalar()) {
    return problem(
        "field-type",
        fmt::format("{} must be a single value ({}), not a {}", field.key,
                    schema::value_type_name(field.type), node.is_map() ? "mapping" : "list"),
        "");
  }
  return check_typed(node.scalar, field);
}

}  // namespace multilat
