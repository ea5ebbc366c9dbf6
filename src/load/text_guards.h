// Checks on a record file's raw bytes that must pass before a YAML parser may see them.
#pragma once

#include <string_view>
#include <vector>

#include "load/parse_issue.h"

namespace multilat::yaml {

// Appends what is wrong with the bytes. Returns false when parsing must not go on
// (bad encoding, NUL bytes, tabs in indentation); warnings alone return true.
// `body` is set to the bytes after any UTF-8 byte-order mark.
bool guard_text(std::string_view bytes, std::string_view& body, std::vector<ParseIssue>& issues);

}  // namespace multilat::yaml
