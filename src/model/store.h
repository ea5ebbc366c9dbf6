// Every loaded record, indexed by id, so references resolve in constant time.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/records.h"
#include "model/settings.h"

namespace multilat {

struct RecordRef {
  Kind kind;
  std::size_t index;
};

class Store {
 public:
  std::vector<Organisation> organisations;
  std::vector<Entity> entities;
  std::vector<Meeting> meetings;
  std::vector<Prospect> prospects;
  Settings settings;

  // Rebuilds the id index; the first record of a duplicated id wins.
  void build_index();
  std::optional<RecordRef> find(std::string_view id) const;
  const Organisation* organisation(std::string_view id) const;
  const Entity* entity(std::string_view id) const;
  // Ids of one kind, sorted, for "did you mean" suggestions.
  std::vector<std::string> ids_of(Kind kind) const;
  // A store holding only part of the records (check --changed) suggests among every record's
  // id all the same: the ids of each kind found in the whole tree.
  void suggest_among(Kind kind, std::vector<std::string> ids) { suggested_[static_cast<int>(kind)] = std::move(ids); }
  std::size_t record_count() const;
  std::size_t count_of(Kind kind) const;
  // Every record's header, in a stable order (kind, then id).
  std::vector<const RecordHeader*> headers() const;

 private:
  std::unordered_map<std::string_view, RecordRef> index_;
  std::optional<std::vector<std::string>> suggested_[4];
};

}  // namespace multilat
