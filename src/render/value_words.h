// A value of a record in the reader's words: a status or stage as the catalogue names it, a
// bilingual text in the reader's language. Shared by `show` and the review (`diff`, `changes`,
// the git diff driver), so that a value reads the same everywhere.
#pragma once

#include <string>
#include <string_view>

#include "load/yaml_tree.h"
#include "model/text.h"
#include "schema/field_spec.h"

namespace multilat {

// An allowed value of `spec` in the catalogue's words ("value.nc-status.member" → "membre"), or
// as written when the catalogue has none. A nested field with the same list of values as a
// top-level one (nc-history's status) takes that field's words.
std::string enum_word(const schema::FieldSpec& spec, const std::string& value, Language language);

// The value of `field` ("stage", "nc-history[2019].status") of a record of `record_kind`
// ("prospect", "settings") in the run's language when the field's values have words; else as
// written.
std::string value_words(std::string_view record_kind, std::string_view field,
                        const std::string& value);

// A key fact in the run's language: a bilingual text in that language (or the other when it
// lacks it), a listed value in the catalogue's words, anything else on one line as written.
std::string fact_words(std::string_view record_kind, std::string_view key, const yaml::Node& value);

}  // namespace multilat
