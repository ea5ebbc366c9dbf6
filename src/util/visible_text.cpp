// Shows control and bidirectional characters as escapes, so that record text cannot drive a
// terminal or fake the output around it.
#include "util/visible_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/utf8.h"

namespace multilat {
namespace {

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

std::string escape_of(char32_t c) {
  switch (c) {
    case 0x1B:
      return "\\e";
    case '\t':
      return "\\t";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    default:
      break;
  }
  if (c < 0x80) return fmt::format("\\x{:02x}", static_cast<unsigned>(c));
  return fmt::format("\\u{{{:04X}}}", static_cast<unsigned>(c));
}

}  // namespace

bool is_unsafe_char(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || is_bidi_control(c);
}

namespace {

std::string visible(std::string_view text, bool keep_newlines) {
  // Most text is printable ASCII (ids, dates, many names, whole paragraphs of notes), which has
  // nothing to decode: it is copied a run at a time.
  auto plain = [keep_newlines](char c) { return (c >= 0x20 && c < 0x7F) || (keep_newlines && c == '\n'); };
  std::string out;
  out.reserve(text.size());
  for (std::size_t offset = 0; offset < text.size();) {
    std::size_t run = offset;
    while (run < text.size() && plain(text[run])) ++run;
    out += text.substr(offset, run - offset);
    if ((offset = run) == text.size()) break;
    CodePoint point = decode_utf8_at(text, offset);
    if (!point.valid) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[offset]));
    } else if (is_unsafe_char(point.value) && !(keep_newlines && point.value == '\n')) {
      out += escape_of(point.value);
    } else {
      out += text.substr(offset, point.length);
    }
    offset += point.length;
  }
  return out;
}

}  // namespace

std::string visible_text(std::string_view text) { return visible(text, false); }

std::string visible_text_keeping_lines(std::string_view text) { return visible(text, true); }

std::string json_safe(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t offset = 0; offset < json.size();) {
    CodePoint point = decode_utf8_at(json, offset);
    // nlohmann escapes the controls below 0x20 but leaves DEL and everything above raw.
    if (point.valid && point.value >= 0x7F && is_unsafe_char(point.value)) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(point.value));
    } else {
      out += json.substr(offset, point.length);
    }
    offset += point.length;
  }
  return out;
}

std::optional<UnsafeChar> first_unsafe_char(std::string_view text) {
  for (std::size_t offset = 0; offset < text.size();) {
    CodePoint point = decode_utf8_at(text, offset);
    if (point.valid && is_unsafe_char(point.value)) return UnsafeChar{offset, point.value};
    offset += point.length;
  }
  return std::nullopt;
}

}  // namespace multilat
