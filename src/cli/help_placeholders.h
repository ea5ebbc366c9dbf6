// The placeholders of the help (FILE in "-o,--output FILE") in the run's language: the commands
// name them in English, and the catalogue says them in French (FICHIER) for a French run.
#pragma once

#include <string>
#include <string_view>

namespace multilat::cli {

// The text with each known English placeholder word translated ("7d|DATE|REV" -> "7d|DATE|RÉV");
// values (json, 7d) and unknown words (ID, N, URL) are kept as they are.
std::string localised_placeholders(std::string_view option_text);

}  // namespace multilat::cli
