// French typography for the catalogue's messages.
#pragma once

#include <string>
#include <string_view>

#include "model/text.h"

namespace multilat::i18n {

// The catalogue is written with plain spaces, which a translator can read and type. French puts
// a no-break space before ":" (U+00A0) and a narrow one before ";", "?" and "!" (U+202F), and
// U+00A0 inside « », so that no line of a wrapped table, an HTML page, a Word file or the man
// page starts with the punctuation or ends with an opening guillemet. Applied to a format
// string before any argument goes in, so record text is never changed.
std::string french_spacing(std::string_view text);

// French text from outside the catalogue (a field's description in the schema) as a person reads
// it in `language`: with French spacing in French, as written in English.
std::string typeset(std::string_view text, Language language);

}  // namespace multilat::i18n
