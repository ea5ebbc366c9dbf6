// yaml-cpp's parse errors in the run's language.
#pragma once

#include <string>
#include <string_view>

namespace multilat::yaml {

// yaml-cpp's message (YAML::ErrorMsg) as the catalogue words it; its own English text when the
// catalogue has no words for it (messages a records file can hardly provoke).
std::string parser_message(std::string_view message);

}  // namespace multilat::yaml
