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
  return i18n::text(language, description_key(kind, path));
}

std::string_view kind_description(const KindSchema& schema, Language language) {
  if (language == Language::En) return schema.description;
  return i18n::text(language, fmt::format("kind.{}", schema.name));
}

}  // namespace multilat::schema
