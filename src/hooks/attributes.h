// One line of a .gitattributes file added or taken out, every other byte left as the user wrote it.
#pragma once

#include <string>

namespace multilat::hooks {

// Whether `line` is one of the lines of `text` (the whole line, not part of one).
bool has_line(const std::string& text, const std::string& line);
// `text` with `line` at the end, after a newline when the last line lacks one.
std::string with_line(const std::string& text, const std::string& line);
// `text` without any copy of `line`.
std::string without_line(const std::string& text, const std::string& line);

}  // namespace multilat::hooks
