// Diagnostics compared file by file, as a multiset of (rule, message, hint): what is left on
// one side once the other's are taken away is what the change did.
#include "review/consequences.h"

#include <tuple>

namespace multilat {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;

Key key_of(const Diagnostic& d) { return {d.rule, d.message, d.hint}; }

std::map<std::string, std::vector<const Diagnostic*>> by_path(const std::vector<Diagnostic>& all) {
  std::map<std::string, std::vector<const Diagnostic*>> out;
  for (const Diagnostic& d : all) out[d.path].push_back(&d);
  return out;
}

// The diagnostics of `mine` that `theirs` has no match for, each match used once.
std::vector<Diagnostic> unmatched(const std::vector<const Diagnostic*>& mine,
                                  const std::vector<const Diagnostic*>& theirs) {
  std::map<Key, int> available;
  for (const Diagnostic* d : theirs) ++available[key_of(*d)];
  std::vector<Diagnostic> out;
  for (const Diagnostic* d : mine) {
    int& left = available[key_of(*d)];
    if (left > 0) {
      --left;
    } else {
      out.push_back(*d);
    }
  }
  return out;
}

}  // namespace

ChangeConsequences consequences_of(const std::vector<RecordChange>& changes,
                                   const std::vector<Diagnostic>& before,
                                   const std::vector<Diagnostic>& after) {
  auto old_by_path = by_path(before), new_by_path = by_path(after);
  static const std::vector<const Diagnostic*> kNone;
  auto at = [](const auto& map, const std::string& path) -> const std::vector<const Diagnostic*>& {
    auto it = map.find(path);
    return path.empty() || it == map.end() ? kNone : it->second;
  };
  ChangeConsequences out;
  std::set<std::string> touched;
  for (const RecordChange& change : changes) {
    touched.insert(change.old_path);
    touched.insert(change.new_path);
    Consequences c{unmatched(at(new_by_path, change.new_path), at(old_by_path, change.old_path)),
                   unmatched(at(old_by_path, change.old_path), at(new_by_path, change.new_path))};
    if (!c.empty()) out.of_changed.emplace(change.new_path.empty() ? change.old_path : change.new_path, std::move(c));
  }
  std::set<std::string> paths;
  for (const auto& [path, _] : old_by_path) paths.insert(path);
  for (const auto& [path, _] : new_by_path) paths.insert(path);
  for (const std::string& path : paths) {
    if (touched.count(path)) continue;
    Consequences c{unmatched(at(new_by_path, path), at(old_by_path, path)),
                   unmatched(at(old_by_path, path), at(new_by_path, path))};
    if (!c.empty()) out.elsewhere.emplace(path, std::move(c));
  }
  return out;
}

}  // namespace multilat
