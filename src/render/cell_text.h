// Free text made safe for one cell of a terminal table or a Markdown table.
#pragma once

#include <string>
#include <string_view>

namespace multilat {

// Control characters (a newline, a tab, an escape sequence's ESC, C1 codes) and bidirectional
// overrides become spaces, so that record text can neither break a table's lines, drive the
// terminal, nor reorder what a row shows. CRLF is one space.
std::string terminal_safe(std::string_view text);

// Record text in Markdown prose or in a table cell: `\`, `|` and the characters that would start
// emphasis, code, a link, a heading or a strike (`*`, `_`, `` ` ``, `[`, `]`, `#`, `~`) are
// backslash-escaped, `<` and `>` become HTML entities so that no tag reaches a renderer, an `@`
// that would mention someone is followed by a zero-width space (`@&#8203;`), and line breaks and
// other control characters become spaces.
std::string markdown_text(std::string_view text);

// Text shown as code (a field name, a path), with its fences: as written, since a code span shows
// backslashes and entities literally; a fence longer than any backtick run inside.
std::string markdown_code(std::string_view text);

// The same inside a table row, where a `|` must still be escaped.
std::string markdown_code_cell(std::string_view text);

}  // namespace multilat
