// Type rules for scalars; each failure names the rule and a fix.
#include "load/scalar_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "i18n/tr.h"
#include "model/contact.h"
#include "model/currency.h"
#include "model/date.h"
#include "model/kind.h"
#include "util/did_you_mean.h"
#include "util/fold.h"

namespace multilat {
namespace {

using schema::ValueType;

std::optional<ScalarProblem> problem(std::string rule, std::string message, std::string hint) {
  return ScalarProblem{std::move(rule), std::move(message), std::move(hint)};
}

std::string join(std::span<const std::string_view> words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

// The usual problem: a message that quotes the {value} and a hint that takes nothing, both
// named by their catalogue keys.
std::optional<ScalarProblem> bad_value(std::string rule, std::string_view message,
                                       const std::string& value, std::string_view hint) {
  return problem(std::move(rule), i18n::tr(message, fmt::arg("value", value)), i18n::tr(hint));
}

std::string guess_hint(std::string_view guess) {
  return i18n::tr("word.did-you-mean", fmt::arg("guess", guess));
}

// "date", "rule id": the schema's name of a type, in the run's language.
std::string type_word(ValueType type) {
  std::string name(schema::value_type_name(type));
  std::replace(name.begin(), name.end(), ' ', '-');
  return i18n::tr(fmt::format("load.type.{}", name));
}

// A value written as the desk says it ("prévue", "membre associé") stands for the value whose
// label it is, in either language.
std::optional<std::string> value_from_label(const std::string& value,
                                            const schema::FieldSpec& field) {
  std::string wanted = fold_for_comparison(value);
  for (std::string_view allowed : field.allowed) {
    std::string key = fmt::format("value.{}.{}", field.key, allowed);
    for (Language language : {Language::Fr, Language::En}) {
      std::string_view label = i18n::text(language, key);
      if (label != key && fold_for_comparison(label) == wanted) return std::string(allowed);
    }
  }
  return std::nullopt;
}

std::optional<ScalarProblem> check_enum(const std::string& value, const schema::FieldSpec& field) {
  for (std::string_view allowed : field.allowed) {
    if (allowed == value) return std::nullopt;
  }
  auto guess = value_from_label(value, field);
  if (!guess) guess = did_you_mean(value, field.allowed);
  return problem("field-value",
                 i18n::tr("load.not-allowed", fmt::arg("value", value), fmt::arg("key", field.key)),
                 guess
                     ? guess_hint(*guess)
                     : i18n::tr("load.not-allowed.hint", fmt::arg("values", join(field.allowed))));
}

std::optional<ScalarProblem> check_integer(const std::string& value,
                                           const schema::FieldSpec& field) {
  long number = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size()) {
    return bad_value("field-type", "load.not-whole-number", value, "load.not-whole-number.hint");
  }
  if (field.max != 0 && (number < field.min || number > field.max)) {
    return problem(
        "field-value",
        i18n::tr("load.out-of-range", fmt::arg("value", number), fmt::arg("key", field.key)),
        i18n::tr("load.out-of-range.hint", fmt::arg("min", field.min), fmt::arg("max", field.max)));
  }
  return std::nullopt;
}

std::optional<ScalarProblem> check_currency(const std::string& value) {
  if (is_currency_code(value)) return std::nullopt;
  std::string upper = value;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return problem("currency-invalid", i18n::tr("load.not-currency", fmt::arg("value", value)),
                 is_currency_code(upper) ? guess_hint(upper) : i18n::tr("load.not-currency.hint"));
}

// The types one test decides, with the rule a value that fails breaks and the catalogue keys
// of its message, which quotes the {value}, and of its hint.
struct TypeTest {
  ValueType type;
  bool (*passes)(std::string_view value);
  std::string_view rule, message, hint;
};

constexpr TypeTest kTypeTests[] = {
    {ValueType::Date, [](std::string_view v) { return parse_date(v).has_value(); },
     "date-invalid", "load.not-date", "load.not-date.hint"},
    {ValueType::Duration, [](std::string_view v) { return parse_duration(v).has_value(); },
     "field-type", "load.not-duration", "load.not-duration.hint"},
    {ValueType::Cadence, [](std::string_view v) { return parse_cadence(v).has_value(); },
     "field-value", "load.not-cadence", "load.not-cadence.hint"},
    {ValueType::Amount, [](std::string_view v) { return is_amount(v); },
     "field-type", "load.not-amount", "load.not-amount.hint"},
    {ValueType::Rate, [](std::string_view v) { return is_rate(v); },
     "field-type", "load.not-rate", "load.not-rate.hint"},
    {ValueType::Bool,
     [](std::string_view v) {
       bool ignored = false;
       return parse_bool(v, ignored);
     },
     "field-type", "load.not-bool", "load.not-bool.hint"},
    {ValueType::Url, [](std::string_view v) { return is_url(v); },
     "field-type", "load.not-url", "load.not-url.hint"},
    {ValueType::Email, [](std::string_view v) { return is_email(v); },
     "field-type", "load.not-email", "load.not-email.hint"},
};

std::optional<ScalarProblem> check_by_test(const std::string& value, ValueType type) {
  for (const TypeTest& test : kTypeTests) {
    if (test.type != type) continue;
    if (test.passes(value)) return std::nullopt;
    return bad_value(std::string(test.rule), test.message, value, test.hint);
  }
  return std::nullopt;
}

std::optional<ScalarProblem> check_id(const std::string& value) {
  if (is_valid_id(value)) return std::nullopt;
  return problem("id-invalid", i18n::tr("load.not-a-valid-id", fmt::arg("id", value)),
                 i18n::tr("load.not-a-valid-id.hint"));
}

std::optional<ScalarProblem> check_typed(const std::string& value, const schema::FieldSpec& field) {
  switch (field.type) {
    case ValueType::Integer:
      return check_integer(value, field);
    case ValueType::Currency:
      return check_currency(value);
    case ValueType::Enum:
      return check_enum(value, field);
    case ValueType::Id:
    case ValueType::RuleId:
      return check_id(value);
    case ValueType::Date:
    case ValueType::Duration:
    case ValueType::Cadence:
    case ValueType::Amount:
    case ValueType::Rate:
    case ValueType::Bool:
    case ValueType::Url:
    case ValueType::Email:
      return check_by_test(value, field.type);
    case ValueType::String:
    case ValueType::Text:
    case ValueType::Object:
      return std::nullopt;
  }
  return std::nullopt;
}

bool all_of_chars(std::string_view s, std::string_view allowed) {
  return !s.empty() && s.find_first_not_of(allowed) == std::string_view::npos;
}

std::string_view without_sign(std::string_view s) {
  return !s.empty() && (s.front() == '+' || s.front() == '-') ? s.substr(1) : s;
}

constexpr std::string_view kDigits = "0123456789";

// YAML 1.2 core schema: [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
bool is_yaml_int(std::string_view s) {
  if (s.starts_with("0o")) return all_of_chars(s.substr(2), "01234567");
  if (s.starts_with("0x")) return all_of_chars(s.substr(2), "0123456789abcdefABCDEF");
  return all_of_chars(without_sign(s), kDigits);
}

// YAML 1.2 core schema: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?,
// [-+]?\.(inf|Inf|INF) and \.(nan|NaN|NAN).
bool is_yaml_float(std::string_view s) {
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return true;
  std::string_view rest = without_sign(s);
  if (rest == ".inf" || rest == ".Inf" || rest == ".INF") return true;
  std::size_t exponent = rest.find_first_of("eE");
  std::string_view mantissa = rest.substr(0, exponent);
  if (exponent != std::string_view::npos &&
      !all_of_chars(without_sign(rest.substr(exponent + 1)), kDigits)) {
    return false;
  }
  std::size_t dot = mantissa.find('.');
  if (dot == std::string_view::npos) return all_of_chars(mantissa, kDigits);
  std::string_view whole = mantissa.substr(0, dot), fraction = mantissa.substr(dot + 1);
  if (whole.empty()) return all_of_chars(fraction, kDigits);
  return all_of_chars(whole, kDigits) && (fraction.empty() || all_of_chars(fraction, kDigits));
}

// The types whose JSON Schema says "string": a plain number or boolean there is a type error.
bool expects_text(ValueType type) {
  switch (type) {
    case ValueType::Integer:
    case ValueType::Amount:
    case ValueType::Rate:
    case ValueType::Bool:
    case ValueType::Object:
      return false;
    default:
      return true;
  }
}

}  // namespace

std::optional<ScalarProblem> check_plain_text(const yaml::Node& node, std::string_view key,
                                              bool list_item) {
  if (!node.is_scalar() || node.quoted || node.scalar.empty()) return std::nullopt;
  const std::string& s = node.scalar;
  // Most text starts with a letter: only scalars that could be a number or a boolean are looked at.
  if (std::string_view("0123456789+-.tTfF").find(s.front()) == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view message;
  bool ignored = false;
  if (parse_bool(s, ignored)) {
    message = "load.boolean-not-text";
  } else if (is_yaml_int(s) || is_yaml_float(s)) {
    message = "load.number-not-text";
  }
  if (message.empty()) return std::nullopt;
  return problem("field-type", i18n::tr(message, fmt::arg("value", s)),
                 list_item
                     ? i18n::tr("load.quote-item", fmt::arg("value", s))
                     : i18n::tr("load.quote-value", fmt::arg("key", key), fmt::arg("value", s)));
}

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

std::optional<long long> parse_cents(std::string_view amount) {
  if (!is_amount(amount)) return std::nullopt;
  std::size_t dot = amount.find('.');
  std::string whole(amount.substr(0, dot));
  std::string fraction = dot == std::string_view::npos ? "" : std::string(amount.substr(dot + 1));
  fraction.resize(2, '0');
  return std::stoll(whole) * 100 + std::stoll(fraction);
}

bool is_rate(std::string_view text) {
  size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!digits(whole) || whole.size() > 9) return false;
  if (dot != std::string_view::npos && (!digits(fraction) || fraction.size() > 6)) return false;
  return text.find_first_not_of("0.") != std::string_view::npos;  // zero converts nothing
}

std::optional<ScalarProblem> check_scalar(const yaml::Node& node, const schema::FieldSpec& field) {
  if (!node.is_scalar()) {
    std::string_view key = node.is_map() ? "load.single-not-mapping" : "load.single-not-list";
    return problem(
        "field-type",
        i18n::tr(key, fmt::arg("key", field.key), fmt::arg("type", type_word(field.type))), "");
  }
  // The type's own message first: `start: 20261110` is not a date, quoted or not.
  if (auto bad = check_typed(node.scalar, field)) return bad;
  if (!expects_text(field.type)) return std::nullopt;
  return check_plain_text(node, field.key, field.list);
}

}  // namespace multilat
