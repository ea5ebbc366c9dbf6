// Names, folders and identifiers of the four record kinds.
#include "model/kind.h"

#include <algorithm>

namespace multilat {

namespace {

constexpr size_t kMaxIdLength = 64;

// Indexed by Kind, in declaration order.
constexpr std::array<std::string_view, 4> kNames = {"organisation", "entity", "meeting",
                                                    "prospect"};
constexpr std::array<std::string_view, 4> kFolders = {"organisations", "entities", "meetings",
                                                      "prospects"};

bool is_id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

template <class NameOf>
std::optional<Kind> find_kind(std::string_view wanted, NameOf name_of) {
  const auto found = std::find_if(kAllKinds.begin(), kAllKinds.end(),
                                  [&](Kind kind) { return name_of(kind) == wanted; });
  if (found == kAllKinds.end()) return std::nullopt;
  return *found;
}

}  // namespace

std::string_view kind_name(Kind kind) { return kNames[static_cast<size_t>(kind)]; }

std::string_view kind_folder(Kind kind) { return kFolders[static_cast<size_t>(kind)]; }

std::optional<Kind> kind_from_folder(std::string_view folder) {
  return find_kind(folder, kind_folder);
}

std::optional<Kind> kind_from_name(std::string_view name) { return find_kind(name, kind_name); }

// Same language as ^[a-z0-9]+(-[a-z0-9]+)*$: hyphens only between two id characters.
bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  if (id.front() == '-' || id.back() == '-') return false;
  for (size_t i = 0; i < id.size(); ++i) {
    if (id[i] == '-' && id[i + 1] == '-') return false;  // never the last char, checked above
    if (id[i] != '-' && !is_id_char(id[i])) return false;
  }
  return true;
}

std::optional<Kind> kind_from_word(std::string_view word) {
  if (auto kind = kind_from_name(word)) return kind;
  return kind_from_folder(word);
}

}  // namespace multilat
