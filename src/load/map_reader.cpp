// Reads validated values out of a mapping; parsing again here keeps the validator independent.
#include "load/map_reader.h"

#include <charconv>

#include "load/scalar_rules.h"
#include "model/kind.h"

namespace multilat {

Text text_of(const yaml::Node& node) {
  Text text;
  if (node.is_scalar()) {
    // One language only: Text::in falls back to it, and a copy per language would double the
    // memory every record takes.
    text.fr = node.scalar;
  } else if (node.is_map()) {
    if (const yaml::Entry* fr = node.find("fr"); fr && fr->node().is_scalar()) {
      text.fr = fr->node().scalar;
    }
    if (const yaml::Entry* en = node.find("en"); en && en->node().is_scalar()) {
      text.en = en->node().scalar;
    }
  }
  return text;
}

const yaml::Node* MapReader::get(std::string_view key) const {
  const yaml::Entry* entry = map_.find(key);
  if (!entry || entry->node().is_null()) return nullptr;
  return &entry->node();
}

Str MapReader::string(std::string_view key) const {
  const yaml::Node* node = get(key);
  return node && node->is_scalar() ? Str(node->scalar) : Str();
}

Located<Str> MapReader::located(std::string_view key) const {
  const yaml::Node* node = get(key);
  if (!node || !node->is_scalar()) return {};
  return {node->scalar, node->loc};
}

Text MapReader::text(std::string_view key) const {
  const yaml::Node* node = get(key);
  return node ? text_of(*node) : Text{};
}

LocatedDate MapReader::date(std::string_view key) const {
  const yaml::Node* node = get(key);
  if (!node || !node->is_scalar()) return std::nullopt;
  auto date = parse_date(node->scalar);
  if (!date) return std::nullopt;
  return Located<Date>{*date, node->loc};
}

LocatedId MapReader::id(std::string_view key) const {
  const yaml::Node* node = get(key);
  if (!node || !node->is_scalar() || !is_valid_id(node->scalar)) return std::nullopt;
  return Located<Str>{node->scalar, node->loc};
}

bool MapReader::boolean(std::string_view key) const {
  const yaml::Node* node = get(key);
  bool value = false;
  return node && node->is_scalar() && parse_bool(node->scalar, value) && value;
}

std::optional<long> MapReader::integer(std::string_view key) const {
  const yaml::Node* node = get(key);
  if (!node || !node->is_scalar()) return std::nullopt;
  long value = 0;
  const std::string& s = node->scalar;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<Duration> MapReader::duration(std::string_view key) const {
  const yaml::Node* node = get(key);
  return node && node->is_scalar() ? parse_duration(node->scalar) : std::nullopt;
}

std::optional<Cadence> MapReader::cadence(std::string_view key) const {
  const yaml::Node* node = get(key);
  return node && node->is_scalar() ? parse_cadence(node->scalar) : std::nullopt;
}

std::vector<Str> MapReader::strings(std::string_view key) const {
  std::vector<Str> out;
  const yaml::Node* list = get(key);
  if (!list || !list->is_sequence()) return out;
  out.reserve(list->items.size());
  for (const yaml::Node& item : list->items) {
    if (item.is_scalar()) out.emplace_back(item.scalar);
  }
  return out;
}

std::vector<int> MapReader::integers(std::string_view key) const {
  std::vector<int> out;
  const yaml::Node* list = get(key);
  if (!list || !list->is_sequence()) return out;
  for (const yaml::Node& item : list->items) {
    int value = 0;
    const std::string& s = item.scalar;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (item.is_scalar() && error == std::errc() && end == s.data() + s.size()) out.push_back(value);
  }
  return out;
}

std::vector<Located<Str>> MapReader::ids(std::string_view key) const {
  std::vector<Located<Str>> out;
  const yaml::Node* list = get(key);
  if (!list || !list->is_sequence()) return out;
  out.reserve(list->items.size());
  for (const yaml::Node& item : list->items) {
    if (item.is_scalar()) out.push_back({item.scalar, item.loc});
  }
  return out;
}

std::vector<Text> MapReader::texts(std::string_view key) const {
  std::vector<Text> out;
  const yaml::Node* list = get(key);
  if (!list || !list->is_sequence()) return out;
  out.reserve(list->items.size());
  for (const yaml::Node& item : list->items) out.push_back(text_of(item));
  return out;
}

}  // namespace multilat
