// Text from the records made safe to print: control characters are shown, never written raw.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace multilat {

// Characters that can drive or deceive a terminal: C0 controls (tab and newline included), DEL,
// C1 controls, and the bidirectional formatting characters that reorder what is displayed
// (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C).
bool is_unsafe_char(char32_t c);

// `text` with every unsafe character written visibly: \e for ESC, \t, \n, \r, \xHH for other C0
// controls and DEL, \u{HHHH} for C1 and bidirectional controls; an invalid UTF-8 byte becomes
// \xHH too. Everything else is kept as it is.
std::string visible_text(std::string_view text);

// The same, but a newline stays a newline: for formats whose cells may span lines (CSV,
// iCalendar texts, which escape it themselves).
std::string visible_text_keeping_lines(std::string_view text);

// JSON text with every unsafe character that the JSON writer leaves raw (DEL, C1 controls and
// bidirectional formatting characters) written as a \uXXXX escape: the data a parser reads
// back is unchanged, and nothing raw reaches a terminal. C0 controls are escaped by the writer.
std::string json_safe(std::string_view json);

// The first unsafe character of `text` (byte offset and the character), for the check rule.
struct UnsafeChar {
  std::size_t offset = 0;
  char32_t value = 0;
};
std::optional<UnsafeChar> first_unsafe_char(std::string_view text);

}  // namespace multilat
