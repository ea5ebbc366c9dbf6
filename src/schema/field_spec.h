// The field table type: one declaration per field drives binding, checks, JSON Schema and docs.
#pragma once

#include <span>
#include <string_view>

#include "model/text.h"

namespace multilat::schema {

enum class ValueType {
  String,    // free text in one language
  Text,      // a string, or {fr: ..., en: ...}
  Id,        // a reference to another record (see RefTarget)
  Date,      // YYYY-MM-DD
  Duration,  // 15d, 6w, 3m, 1y
  Cadence,   // yearly, twice-yearly, every-2-years, every-6-months, irregular
  Integer,   // a whole number
  Amount,    // a non-negative amount with at most two decimals
  Rate,      // a positive exchange rate with at most six decimals
  Currency,  // an ISO 4217 code
  Bool,      // true or false
  Enum,      // one of `allowed`
  Url,       // http:// or https://
  Email,     // name@domain
  RuleId,    // the id of a check rule
  Object,    // a mapping described by `fields`
};

// What a field or a kind means, in both languages side by side: whoever adds a field writes
// the two at once, and the translator reads the English next to the French.
struct Words {
  std::string_view en;
  std::string_view fr;

  std::string_view in(Language language) const { return language == Language::En ? en : fr; }
};

enum class RefTarget { None, Organisation, Entity, Meeting, Prospect, Body };

struct FieldSpec {
  std::string_view key;
  ValueType type = ValueType::String;
  Words description;
  bool required = false;
  bool list = false;  // a sequence of `type`
  std::span<const std::string_view> allowed = {};
  std::span<const FieldSpec> fields = {};
  RefTarget ref = RefTarget::None;
  long min = 0;  // for Integer; max == 0 means no bound
  long max = 0;
};

struct KindSchema {
  std::string_view name;  // "meeting", or "settings"
  Words description;
  std::span<const FieldSpec> fields;
  std::span<const FieldSpec> common;  // keys shared by every record kind
};

std::string_view value_type_name(ValueType type);

}  // namespace multilat::schema
