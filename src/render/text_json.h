// A bilingual text as JSON, the same way wherever records' titles go out to scripts.
#pragma once

#include <nlohmann/json.hpp>

#include "model/text.h"

namespace multilat {

// {"fr", "en"}, each language falling back to the other, so scripts never meet an empty title.
nlohmann::ordered_json text_json(const Text& text);

}  // namespace multilat
