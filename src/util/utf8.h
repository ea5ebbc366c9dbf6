// UTF-8 validation, decoding, and character positions for messages that point into a file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <utility>

namespace multilat {

// Where a file stops being valid UTF-8, for a loader that reports it as a diagnostic.
struct Utf8Error {
  size_t offset = 0;
};

// Byte offset of the first invalid sequence (stray continuation byte, overlong form,
// surrogate, code point above U+10FFFF, truncated sequence); nullopt when all is valid.
std::optional<size_t> first_invalid_utf8(std::string_view bytes);

// 1-based line and 1-based column at a byte offset; the column counts characters (code
// points), and each invalid byte counts as one. Offsets past the end are clamped to it.
std::pair<uint32_t, uint32_t> line_column_at(std::string_view text, size_t offset);

// Number of characters (code points; an invalid byte counts as one). No East Asian widths.
size_t display_width(std::string_view utf8);

// One decoded character: U+FFFD with length 1 and valid false for an invalid byte.
struct CodePoint {
  char32_t value = 0;
  size_t length = 0;
  bool valid = false;
};
// Decodes the character starting at `offset`, which must be < bytes.size().
CodePoint decode_utf8_at(std::string_view bytes, size_t offset);
// All characters of a text, invalid bytes replaced by U+FFFD.
std::u32string to_code_points(std::string_view utf8);

}  // namespace multilat

namespace multilat {

// The text followed by spaces up to `width` display columns; unchanged when already as wide.
std::string pad_to_width(std::string_view utf8, size_t width);

// At most `width` code points; a cut string ends with an ellipsis so the reader knows.
std::string truncate_to_width(std::string_view utf8, size_t width);

// The text in lines of at most `width` code points, broken at spaces; a word longer than a line
// is split. Nothing is lost: the lines joined by spaces give the words back. Always one line at
// least; a width of 0 gives the text whole.
std::vector<std::string> wrap_to_width(std::string_view utf8, size_t width);

}  // namespace multilat
