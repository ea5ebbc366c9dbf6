// A superset is safe (it only shows more of the full check); a missing file would hide a
// diagnostic the change caused, which the property test in tests/git/ looks for.
#include "check/affected.h"

#include <algorithm>

#include "util/fold.h"

namespace multilat {
namespace {

// "records/meetings/2026/crga-56.yaml" -> "crga-56": the id a file gives its record.
std::string_view stem(std::string_view path) {
  std::string_view name = path.substr(path.rfind('/') + 1);
  return name.substr(0, name.rfind('.'));
}

const RecordHeader* header_of(const Store& store, std::string_view id) {
  auto found = store.find(id);
  if (!found) return nullptr;
  switch (found->kind) {
    case Kind::Organisation:
      return &store.organisations[found->index].header;
    case Kind::Entity:
      return &store.entities[found->index].header;
    case Kind::Meeting:
      return &store.meetings[found->index].header;
    case Kind::Prospect:
      return &store.prospects[found->index].header;
  }
  return nullptr;
}

// Who a delegate is for the clash rule: the person's folded name, else the entity sent.
std::string traveller(const Delegate& d) {
  return d.person.empty() ? "entity:" + d.entity.value.str() : fold_for_comparison(d.person);
}

}  // namespace

std::set<std::string, std::less<>> affected_paths(const Store& store,
                                                  const std::vector<Diagnostic>& diagnostics,
                                                  const std::vector<std::string>& changed,
                                                  bool settings_changed) {
  std::set<std::string, std::less<>> out(changed.begin(), changed.end());
  std::vector<const RecordHeader*> headers = store.headers();
  if (settings_changed) {
    for (const RecordHeader* h : headers) out.insert(h->path.str());
    for (const Diagnostic& d : diagnostics) out.insert(d.path);
    return out;
  }
  std::set<std::string, std::less<>> ids;
  for (const std::string& path : changed) ids.emplace(stem(path));
  for (const RecordHeader* h : headers) {
    bool is_changed = out.count(h->path.view()) > 0;
    for (const Reference& ref : h->references) {
      // Refers to a changed record (or to one that was removed or renamed away).
      if (ids.count(ref.id.view())) out.insert(h->path.str());
      // Is referred to by a changed record.
      if (is_changed) {
        if (const RecordHeader* target = header_of(store, ref.id)) out.insert(target->path.str());
      }
    }
  }
  // A file that shares a changed file's id (a duplicate, reported on the later one).
  for (const Diagnostic& d : diagnostics) {
    if (ids.count(stem(d.path))) out.insert(d.path);
  }
  // Meetings that share a delegate with a changed meeting: a clash ties the two.
  std::set<std::string> people;
  for (const Meeting& m : store.meetings) {
    if (!out.count(m.header.path.view())) continue;
    for (const Delegate& d : m.delegation) people.insert(traveller(d));
  }
  if (!people.empty()) {
    for (const Meeting& m : store.meetings) {
      for (const Delegate& d : m.delegation) {
        if (people.count(traveller(d))) out.insert(m.header.path.str());
      }
    }
  }
  return out;
}

}  // namespace multilat
