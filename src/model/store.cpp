// The id index over the loaded records.
#include "model/store.h"

#include <algorithm>

namespace multilat {
namespace {

template <class Record>
void index_all(const std::vector<Record>& records, Kind kind,
               std::unordered_map<std::string_view, RecordRef>& index) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    index.try_emplace(records[i].header.id, RecordRef{kind, i});
  }
}

}  // namespace

void Store::build_index() {
  index_.clear();
  index_.reserve(record_count());
  index_all(organisations, Kind::Organisation, index_);
  index_all(entities, Kind::Entity, index_);
  index_all(meetings, Kind::Meeting, index_);
  index_all(prospects, Kind::Prospect, index_);
}

std::optional<RecordRef> Store::find(std::string_view id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

const Organisation* Store::organisation(std::string_view id) const {
  auto ref = find(id);
  return ref && ref->kind == Kind::Organisation ? &organisations[ref->index] : nullptr;
}

const Entity* Store::entity(std::string_view id) const {
  auto ref = find(id);
  return ref && ref->kind == Kind::Entity ? &entities[ref->index] : nullptr;
}

std::vector<std::string> Store::ids_of(Kind kind) const {
  if (const auto& whole = suggested_[static_cast<int>(kind)]) return *whole;
  std::vector<std::string> ids;
  for (const auto& [id, ref] : index_) {
    if (ref.kind == kind) ids.emplace_back(id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::size_t Store::record_count() const {
  return organisations.size() + entities.size() + meetings.size() + prospects.size();
}

std::size_t Store::count_of(Kind kind) const {
  switch (kind) {
    case Kind::Organisation: return organisations.size();
    case Kind::Entity: return entities.size();
    case Kind::Meeting: return meetings.size();
    case Kind::Prospect: return prospects.size();
  }
  return 0;
}

std::vector<const RecordHeader*> Store::headers() const {
  std::vector<const RecordHeader*> all;
  all.reserve(record_count());
  for (const auto& r : organisations) all.push_back(&r.header);
  for (const auto& r : entities) all.push_back(&r.header);
  for (const auto& r : meetings) all.push_back(&r.header);
  for (const auto& r : prospects) all.push_back(&r.header);
  return all;
}

}  // namespace multilat
