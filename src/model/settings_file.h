// Where the settings live: one file at the root of the records folder.
#pragma once

#include <array>
#include <string_view>

namespace multilat {

// Its names, the one `init` writes first.
inline constexpr std::array<std::string_view, 2> kSettingsFileNames{"multilat.yaml", "multilat.yml"};

}  // namespace multilat
