#include "render/text_json.h"

namespace multilat {

nlohmann::ordered_json text_json(const Text& text) {
  return {{"fr", text.in(Language::Fr)}, {"en", text.in(Language::En)}};
}

}  // namespace multilat
