// The schema says which fields hold listed values; the catalogue names those values by the
// top-level field that allows them.
#include "render/value_words.h"

#include <fmt/format.h>

#include <optional>
#include <span>
#include <vector>

#include "i18n/tr.h"
#include "model/kind.h"
#include "review/record_diff.h"
#include "schema/kinds.h"

namespace multilat {
namespace {

using schema::FieldSpec;

// The keys of a field path, items' names left out: "delegation[Jane Doe].role" → delegation,
// role. A name in brackets may hold a dot.
std::vector<std::string_view> path_keys(std::string_view field) {
  std::vector<std::string_view> keys;
  std::size_t start = 0, depth = 0;
  for (std::size_t i = 0; i <= field.size(); ++i) {
    char ch = i < field.size() ? field[i] : '.';
    if (ch == '[' && depth++ == 0 && start != std::string_view::npos)
      keys.push_back(field.substr(start, i - start));
    if (ch == ']' && depth > 0 && --depth == 0) start = std::string_view::npos;
    if (ch != '.' || depth > 0) continue;
    if (start != std::string_view::npos) keys.push_back(field.substr(start, i - start));
    start = i + 1;
  }
  return keys;
}

std::optional<schema::KindSchema> schema_named(std::string_view record_kind) {
  if (record_kind == "settings") return schema::settings_schema();
  if (auto kind = kind_from_name(record_kind)) return schema::schema_of(*kind);
  return std::nullopt;
}

// The field spec a path leads to in the kind's tables; nullptr when the path leaves them.
const FieldSpec* spec_at(std::string_view record_kind, std::string_view field) {
  std::optional<schema::KindSchema> kind = schema_named(record_kind);
  if (!kind) return nullptr;
  std::span<const FieldSpec> fields = kind->fields, common = kind->common;
  const FieldSpec* spec = nullptr;
  for (std::string_view key : path_keys(field)) {
    spec = schema::find_field(fields, key);
    if (!spec) spec = schema::find_field(common, key);
    if (!spec) return nullptr;
    fields = spec->fields;
    common = {};
  }
  return spec;
}

}  // namespace

std::string enum_word(const FieldSpec& spec, const std::string& value, Language language) {
  std::string_view field = spec.key;
  for (Kind kind : kAllKinds) {
    for (const FieldSpec& top : schema::schema_of(kind).fields) {
      if (top.allowed.data() == spec.allowed.data()) field = top.key;
    }
  }
  std::string key = fmt::format("value.{}.{}", field, value);
  std::string_view word = i18n::text(language, key);
  return word == key ? value : std::string(word);
}

std::string value_words(std::string_view record_kind, std::string_view field,
                        const std::string& value) {
  const FieldSpec* spec = value.empty() ? nullptr : spec_at(record_kind, field);
  if (!spec || spec->type != schema::ValueType::Enum) return value;
  return enum_word(*spec, value, i18n::language());
}

std::string fact_words(std::string_view record_kind, std::string_view key,
                       const yaml::Node& value) {
  if (value.is_scalar()) return value_words(record_kind, key, value.scalar);
  if (!value.is_map() || (!value.find("fr") && !value.find("en"))) return one_line(value);
  Text text;
  if (const yaml::Entry* fr = value.find("fr")) text.fr = fr->node().scalar;
  if (const yaml::Entry* en = value.find("en")) text.en = en->node().scalar;
  return text.in(i18n::language()).str();
}

}  // namespace multilat
