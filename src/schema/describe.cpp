// Field descriptions: English from the field tables, other languages from the catalogues.
#include "schema/describe.h"

#include <fmt/format.h>

#include "i18n/tr.h"

namespace multilat::schema {

std::string description_key(std::string_view kind, std::string_view path) {
  return fmt::format("field.{}.{}", kind, path);
}

std::string_view field_description(std::string_view kind, std::string_view path,
                                   const FieldSpec& field, Language language) {
  if (language == Language::En) return field.description;
  // The catalogue answers a missing key with the key itself, which lives no longer than this
  // call: the English words are the fallback that outlives it.
  std::string key = description_key(kind, path);
  std::string_view words = i18n::text(language, key);
  return words.data() == key.data() ? field.description : words;
}

std::string_view kind_description(const KindSchema& schema, Language language) {
  if (language == Language::En) return schema.description;
  std::string key = fmt::format("kind.{}", schema.name);
  std::string_view words = i18n::text(language, key);
  return words.data() == key.data() ? schema.description : words;
}

}  // namespace multilat::schema
