// Typed, located reads from a validated mapping; values that failed validation read as absent.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_tree.h"
#include "model/records.h"

namespace multilat {

class MapReader {
 public:
  explicit MapReader(const yaml::Node& map) : map_(map) {}

  // The value node, or nullptr when the key is absent or empty.
  const yaml::Node* get(std::string_view key) const;
  Loc loc() const { return map_.loc; }

  Str string(std::string_view key) const;
  Located<Str> located(std::string_view key) const;
  Text text(std::string_view key) const;
  LocatedDate date(std::string_view key) const;
  LocatedId id(std::string_view key) const;
  bool boolean(std::string_view key) const;
  std::optional<long> integer(std::string_view key) const;
  std::optional<Duration> duration(std::string_view key) const;
  std::optional<Cadence> cadence(std::string_view key) const;
  std::vector<Str> strings(std::string_view key) const;
  // The whole numbers of a list; an item that is not one is left out (the validator says so).
  std::vector<int> integers(std::string_view key) const;
  std::vector<Located<Str>> ids(std::string_view key) const;
  std::vector<Text> texts(std::string_view key) const;

  // Calls `read(MapReader)` for each mapping in the list under `key`.
  template <class Read>
  void each(std::string_view key, Read read) const {
    const yaml::Node* list = get(key);
    if (!list || !list->is_sequence()) return;
    for (const yaml::Node& item : list->items) {
      if (item.is_map()) read(MapReader(item));
    }
  }

 private:
  const yaml::Node& map_;
};

Text text_of(const yaml::Node& node);

}  // namespace multilat
