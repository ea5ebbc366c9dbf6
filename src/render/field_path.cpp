// The field a diagnostic points at, read from the record's YAML tree by position.
#include "render/field_path.h"

#include <fmt/format.h>

#include <optional>
#include <string_view>

namespace multilat {
namespace {

using yaml::Node;

// The keys that name a list item, in order of preference (a meeting's delegate by person, a
// deadline by what it is): a name survives the insertion of another item, a position does not.
constexpr std::string_view kIdentityKeys[] = {"id", "name", "person", "what", "item"};

bool at_or_after(Loc at, Loc start) {
  return at.line > start.line || (at.line == start.line && at.column >= start.column);
}

bool same_place(Loc a, Loc b) { return a.line == b.line && a.column == b.column; }

// A text in two languages names the item by its French, else its English.
std::optional<std::string> scalar_of(const Node& node) {
  if (node.is_scalar() && !node.scalar.empty()) return node.scalar;
  if (!node.is_map()) return std::nullopt;
  for (std::string_view language : {"fr", "en"}) {
    if (const yaml::Entry* text = node.find(language); text && text->node().is_scalar()) {
      return text->node().scalar;
    }
  }
  return std::nullopt;
}

std::string item_label(const Node& item, std::size_t index) {
  if (item.is_map()) {
    for (std::string_view key : kIdentityKeys) {
      const yaml::Entry* entry = item.find(key);
      if (auto name = entry ? scalar_of(entry->node()) : std::nullopt) return *name;
    }
  }
  return std::to_string(index + 1);
}

// The last entry, or item, that starts at or before `at`: each runs until the next one starts.
const yaml::Entry* entry_at(const Node& map, Loc at) {
  const yaml::Entry* found = nullptr;
  for (const yaml::Entry& entry : map.entries) {
    if (at_or_after(at, entry.key_loc)) found = &entry;
  }
  return found;
}

std::optional<std::size_t> item_at(const Node& list, Loc at) {
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    if (at_or_after(at, list.items[i].loc)) found = i;
  }
  return found;
}

}  // namespace

std::string field_path_at(const yaml::Node& root, Loc at) {
  std::string path;
  if (at.line == 0) return path;
  for (const Node* node = &root; node;) {
    const Node* next = nullptr;
    if (node->is_map() && !(same_place(at, node->loc) && at.length == 0)) {
      if (const yaml::Entry* entry = entry_at(*node, at)) {
        path += path.empty() ? entry->key : "." + entry->key;
        if (!same_place(at, entry->key_loc)) next = &entry->node();
      }
    } else if (node->is_sequence()) {
      if (auto index = item_at(*node, at)) {
        next = &node->items[*index];
        path += fmt::format("[{}]", item_label(*next, *index));
      }
    }
    node = next;
  }
  return path;
}

}  // namespace multilat
