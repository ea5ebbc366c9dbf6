// The free text of a record, in both languages, for searches (`list --grep`).
#pragma once

#include <string>

#include "model/records.h"

namespace multilat {

// Every text field of the record, both languages, tags and notes included, one per line,
// folded (no case, no accents, single spaces), ready for a folded search.
std::string searchable_text(const Organisation& org);
std::string searchable_text(const Entity& entity);
std::string searchable_text(const Meeting& meeting);
std::string searchable_text(const Prospect& prospect);

}  // namespace multilat
