// Free text made safe for one cell of a terminal table or a Markdown table.
#pragma once

#include <string>
#include <string_view>

namespace multilat {

// Control characters (a newline, a tab, an escape sequence's ESC, C1 codes) and bidirectional
// overrides become spaces, so that record text can neither break a table's lines, drive the
// terminal, nor reorder what a row shows. CRLF is one space.
std::string terminal_safe(std::string_view text);

// A Markdown table cell: `\` and `|` are backslash-escaped, `<` and `>` become HTML entities so
// that no tag reaches a renderer, an `@` that would mention someone is followed by a zero-width
// space (`@&#8203;`), and line breaks and other control characters become spaces.
std::string markdown_cell(std::string_view text);

// Record text inside Markdown prose: as a cell, and the characters that would start emphasis,
// code, a link or a heading (`*`, `_`, `` ` ``, `[`, `]`, `#`) are backslash-escaped too.
std::string markdown_text(std::string_view text);

}  // namespace multilat
