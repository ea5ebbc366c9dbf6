// What a change does to `check`, as the diff shows it: the problems a record gains and loses,
// and those of files the change did not touch.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "render/change_json.h"
#include "render/styled_line.h"
#include "review/change_set.h"

namespace multilat {

// "check now: 4:15: error: unknown organisation 'spx' [ref-unknown]" (red when coloured), then
// "check no longer: …" (green), each problem on its own line.
std::vector<StyledLine> consequence_lines(const Consequences& c);
// The heading of the files the change did not touch but whose problems it altered.
std::string elsewhere_heading();
// {"introduced": [...], "removed": [...]}, each problem with its rule, severity, line, message.
OrderedJson consequences_json(const Consequences& c);
// [{"path", "introduced", "removed"}, ...] in path order.
OrderedJson elsewhere_json(const std::map<std::string, Consequences>& elsewhere);

}  // namespace multilat
