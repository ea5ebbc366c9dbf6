// Text compared as people mean it: without case and without the accents of French.
#pragma once

#include <string>
#include <string_view>

namespace multilat {

// Lowercase, Latin accents removed ("Élise" → "elise", "Prévue" → "prevue", "Œ" → "oe"),
// runs of spaces collapsed and trimmed. Other characters are kept as they are.
std::string fold_for_comparison(std::string_view text);

}  // namespace multilat
