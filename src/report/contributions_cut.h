// The note a report carries when the bound on occurrences cut its list of contributions, and
// how the command reads it back to warn and set its exit code: one home for the field.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "calendar/recurrence.h"
#include "model/text.h"

namespace multilat {

// Sets view["contributions_cut"]: false, or {note, from, left_out} in the report's language.
void set_contributions_cut(nlohmann::json& view, const std::optional<Cut>& cut, Language language);

// The cut a view records, if any.
std::optional<Cut> contributions_cut(const nlohmann::json& view);

}  // namespace multilat
