// Turns a field table into JSON Schema: each ValueType maps to one small schema fragment.
#include "schema/json_schema.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "model/currency.h"
#include "model/kind.h"
#include "schema/kinds.h"

namespace multilat::schema {
namespace {

using Json = nlohmann::ordered_json;

// The patterns say in regex what the parsers in src/model accept, so that an editor flags the
// same values `multilat check` does.
constexpr const char* kIdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
constexpr size_t kIdMaxLength = 64;
constexpr const char* kDatePattern = R"(^\d{4}-\d{2}-\d{2}$)";
constexpr const char* kDurationPattern = R"(^\d{1,4}[dwmy]$)";
// every-1-years is spelt "yearly"; years run 2 to 10 and months 1 to 120, without leading zeros.
constexpr const char* kCadencePattern =
    "^(yearly|twice-yearly|irregular|every-([2-9]|10)-years"
    "|every-([1-9]|[1-9][0-9]|1[01][0-9]|120)-months)$";
constexpr const char* kAmountPattern = R"(^\d{1,15}(\.\d{1,2})?$)";
constexpr const char* kRatePattern = R"(^\d{1,9}(\.\d{1,6})?$)";
constexpr long long kAmountLimit = 1'000'000'000'000'000;  // 16 digits before the point
constexpr const char* kCurrencyPattern = "^[A-Z]{3}$";
// As is_url() and is_email(): a scheme in any case, no blanks, a host; one @ and a dotted domain,
// no RFC 5322 specials.
constexpr const char* kUrlPattern = R"(^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]\S*$)";
constexpr const char* kEmailPattern =
    R"(^[^@\s()<>\[\]:;\\,"]+@[^@\s.()<>\[\]:;\\,"]+(\.[^@\s.()<>\[\]:;\\,"]+)+$)";

Json typed(const char* type) {
  Json out = Json::object();
  out["type"] = type;
  return out;
}

Json string_matching(const char* pattern) {
  Json out = typed("string");
  out["pattern"] = pattern;
  return out;
}

Json string_list(std::span<const std::string_view> values) {
  Json out = Json::array();
  for (std::string_view value : values) out.push_back(value);
  return out;
}

// "the text in French", in the run's language, like every description.
Json language(std::string_view key) {
  Json out = typed("string");
  out["description"] = i18n::tr(key);
  return out;
}

// A plain string, or {fr: ..., en: ...} with at least one of the two.
Json text_schema() {
  Json bilingual = typed("object");
  bilingual["properties"]["fr"] = language("schema.text-in-french");
  bilingual["properties"]["en"] = language("schema.text-in-english");
  bilingual["additionalProperties"] = false;
  bilingual["minProperties"] = 1;
  Json out = Json::object();
  out["oneOf"] = Json::array({typed("string"), bilingual});
  return out;
}

// YAML gives a plain 1200000 as a number, a quoted "1200000.50" as a string: accept both.
Json rate_schema() {
  Json number = typed("number");
  number["exclusiveMinimum"] = 0;
  number["exclusiveMaximum"] = 1'000'000'000;
  Json out = Json::object();
  out["oneOf"] = Json::array({number, string_matching(kRatePattern)});
  return out;
}

Json amount_schema() {
  Json number = typed("number");
  number["minimum"] = 0;
  number["exclusiveMaximum"] = kAmountLimit;
  Json out = Json::object();
  out["oneOf"] = Json::array({number, string_matching(kAmountPattern)});
  return out;
}

Json integer_schema(const FieldSpec& field) {
  Json out = typed("integer");
  if (field.max != 0) {  // the table's convention: max 0 means unbounded
    out["minimum"] = field.min;
    out["maximum"] = field.max;
  }
  return out;
}

Json id_schema() {
  Json out = string_matching(kIdPattern);
  out["maxLength"] = kIdMaxLength;
  return out;
}

Json currency_schema() {
  Json out = string_matching(kCurrencyPattern);
  out["enum"] = string_list(currency_codes());
  return out;
}

Json formatted(const char* format, const char* pattern) {
  Json out = string_matching(pattern);
  out["format"] = format;
  return out;
}

Json enum_schema(const FieldSpec& field) {
  Json out = typed("string");
  out["enum"] = string_list(field.allowed);
  return out;
}

Json object_schema(std::span<const FieldSpec> fields, std::span<const FieldSpec> common);

// The schema of one value of the field, ignoring `list` and `required`.
Json value_schema(const FieldSpec& field) {
  switch (field.type) {
    case ValueType::String:
      return typed("string");
    case ValueType::Text:
      return text_schema();
    case ValueType::Id:
    case ValueType::RuleId:
      return id_schema();
    case ValueType::Date:
      return formatted("date", kDatePattern);
    case ValueType::Duration:
      return string_matching(kDurationPattern);
    case ValueType::Cadence:
      return string_matching(kCadencePattern);
    case ValueType::Integer:
      return integer_schema(field);
    case ValueType::Amount:
      return amount_schema();
    case ValueType::Rate:
      return rate_schema();
    case ValueType::Currency:
      return currency_schema();
    case ValueType::Bool:
      return typed("boolean");
    case ValueType::Enum:
      return enum_schema(field);
    case ValueType::Url:
      return formatted("uri", kUrlPattern);
    case ValueType::Email:
      return formatted("email", kEmailPattern);
    case ValueType::Object:
      return object_schema(field.fields, {});
  }
  return Json::object();
}

// `key:` with nothing after it is null in YAML; check treats an empty optional key as absent.
void allow_null(Json& schema) {
  if (schema.contains("oneOf")) {
    schema["oneOf"].push_back(typed("null"));
    return;
  }
  schema["type"] = Json::array({schema["type"], "null"});
  if (schema.contains("enum")) schema["enum"].push_back(nullptr);
}

// The description is in the run's language: editors show it as the field's help.
Json field_schema(const FieldSpec& field) {
  Json out = Json::object();
  out["description"] = field.description.in(i18n::language());
  if (field.list) {
    out["type"] = "array";
    out["items"] = value_schema(field);
  } else {
    out.update(value_schema(field));
  }
  if (!field.required) allow_null(out);
  return out;
}

Json object_schema(std::span<const FieldSpec> fields, std::span<const FieldSpec> common) {
  Json out = typed("object");
  out["additionalProperties"] = false;
  Json required = Json::array();
  for (const FieldSpec& field : fields) {
    if (field.required) required.push_back(field.key);
  }
  if (!required.empty()) out["required"] = required;
  Json properties = Json::object();
  for (const FieldSpec& field : fields) {
    properties[std::string(field.key)] = field_schema(field);
  }
  for (const FieldSpec& field : common) {  // a kind's own field wins, as in find_field()
    if (!properties.contains(field.key)) {
      properties[std::string(field.key)] = field_schema(field);
    }
  }
  out["properties"] = properties;
  return out;
}

}  // namespace

std::array<const KindSchema*, 5> exported_schemas() {
  return {&schema_of(Kind::Organisation), &schema_of(Kind::Entity), &schema_of(Kind::Meeting),
          &schema_of(Kind::Prospect), &settings_schema()};
}

const KindSchema* find_exported_schema(std::string_view name) {
  for (const KindSchema* schema : exported_schemas()) {
    if (schema->name == name) return schema;
  }
  return nullptr;
}

std::string schema_id(const KindSchema& schema) {
  return fmt::format("urn:multilat:schema:{}", schema.name);
}

nlohmann::ordered_json json_schema(const KindSchema& schema) {
  Json out = Json::object();
  out["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  out["$id"] = schema_id(schema);
  out["title"] = kind_from_name(schema.name) ? fmt::format("multilat {} record", schema.name)
                                             : fmt::format("multilat {}", schema.name);
  out["description"] = schema.description.in(i18n::language());
  out.update(object_schema(schema.fields, schema.common));
  return out;
}

}  // namespace multilat::schema
