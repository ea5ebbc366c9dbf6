// What a person is linked to in the records, for `--person`: the meetings they go to, and the
// entities whose focal point they are. Names match without case, accents or extra spaces.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/agenda.h"
#include "calendar/deadline.h"
#include "model/store.h"

namespace multilat {

struct PersonLinks {
  std::set<std::string, std::less<>> meetings;  // ids of meetings with them in the delegation
  std::set<std::string, std::less<>> entities;  // ids of entities with them as focal point

  bool empty() const { return meetings.empty() && entities.empty(); }
};

// Everything linked to any of `names`.
PersonLinks person_links(const Store& store, const std::vector<std::string>& names);

// Every person named in a delegation or as a focal point, as first written, sorted without
// case and accents.
std::vector<std::string> people_named(const Store& store);

// A deadline concerns them when its meeting has them in the delegation, or when its owner is
// an entity they are the focal point of.
bool concerns(const PersonLinks& links, const Deadline& deadline);
// A meeting concerns them when they are in its delegation.
bool concerns(const PersonLinks& links, const AgendaEntry& entry);

}  // namespace multilat
