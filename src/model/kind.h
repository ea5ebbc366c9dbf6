// The four kinds of record, named by their top-level folder.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace multilat {

enum class Kind { Organisation, Entity, Meeting, Prospect };

inline constexpr std::array<Kind, 4> kAllKinds = {Kind::Organisation, Kind::Entity, Kind::Meeting,
                                                  Kind::Prospect};

// "organisation"
std::string_view kind_name(Kind kind);
// "organisations"
std::string_view kind_folder(Kind kind);
std::optional<Kind> kind_from_folder(std::string_view folder);
std::optional<Kind> kind_from_name(std::string_view name);
// Either: "meeting" or "meetings", as a person types a kind on the command line.
std::optional<Kind> kind_from_word(std::string_view word);

// Lowercase letters, digits and single hyphens, starting and ending with a letter or digit.
bool is_valid_id(std::string_view id);

}  // namespace multilat
