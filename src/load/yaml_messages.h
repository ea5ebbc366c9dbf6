// yaml-cpp's parse errors in the run's language.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace multilat::yaml {

// yaml-cpp's message (YAML::ErrorMsg) as the catalogue words it; its own English text when the
// catalogue has no words for it (messages a records file can hardly provoke).
std::string parser_message(std::string_view message);

// A parse error that a common slip explains better than the parser can, said in the run's
// language with how to fix it.
struct Explained {
  std::string message;
  std::string hint;
};

// Text as a YAML double-quoted scalar: "a \"b\"", for hints that show the fix.
std::string double_quoted(std::string_view text);

// A colon followed by a space inside unquoted text, as French typography writes it (`notes:
// Réunion : préparation`): YAML reads it as a second key on the line. `line` is the source line
// of the error and `column` the 0-based byte of it where yaml-cpp stopped.
std::optional<Explained> colon_in_text(std::string_view message, std::string_view line,
                                            std::size_t column);

}  // namespace multilat::yaml
