// Language codes of bilingual text.
#include "model/text.h"

namespace multilat {

std::string_view language_code(Language language) { return language == Language::Fr ? "fr" : "en"; }

}  // namespace multilat
