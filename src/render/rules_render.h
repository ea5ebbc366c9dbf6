// `multilat rules`: the check rules as a table for a person or JSON for a script.
#pragma once

#include <span>

#include "check/rules.h"
#include "render/format_table.h"

namespace multilat {

// The formats of `rules`; text first.
const FormatTable<std::span<const Rule>>& rules_formats();

}  // namespace multilat
