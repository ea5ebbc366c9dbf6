// Links from a person's name to meetings and entities, compared as people mean names.
#include "calendar/person.h"

#include <algorithm>
#include <map>

#include "util/fold.h"

namespace multilat {
namespace {

bool named(const std::set<std::string, std::less<>>& folded, std::string_view person) {
  return !person.empty() && folded.count(fold_for_comparison(person)) > 0;
}

}  // namespace

PersonLinks person_links(const Store& store, const std::vector<std::string>& names) {
  std::set<std::string, std::less<>> folded;
  for (const std::string& name : names) folded.insert(fold_for_comparison(name));
  PersonLinks links;
  for (const Meeting& m : store.meetings) {
    bool in_delegation = std::any_of(m.delegation.begin(), m.delegation.end(),
                                     [&](const Delegate& d) { return named(folded, d.person); });
    if (in_delegation) links.meetings.insert(m.header.id.str());
  }
  for (const Entity& e : store.entities) {
    if (e.focal_point && named(folded, e.focal_point->person)) {
      links.entities.insert(e.header.id.str());
    }
  }
  return links;
}

std::vector<std::string> people_named(const Store& store) {
  std::map<std::string, std::string> first_spelling;  // folded name -> as first written
  auto add = [&](const Str& person) {
    if (!person.empty()) first_spelling.try_emplace(fold_for_comparison(person), person.str());
  };
  for (const Meeting& m : store.meetings) {
    for (const Delegate& d : m.delegation) add(d.person);
  }
  for (const Entity& e : store.entities) {
    if (e.focal_point) add(e.focal_point->person);
  }
  std::vector<std::string> out;
  for (auto& [folded, spelling] : first_spelling) out.push_back(spelling);  // in folded order
  return out;
}

bool concerns(const PersonLinks& links, const Deadline& deadline) {
  if (deadline.record_kind == Kind::Meeting && links.meetings.count(deadline.record.str()) > 0) {
    return true;
  }
  return !deadline.owner.empty() && links.entities.count(deadline.owner.str()) > 0;
}

bool concerns(const PersonLinks& links, const AgendaEntry& entry) {
  return links.meetings.count(entry.id.str()) > 0;
}

}  // namespace multilat
