// roff escaping for the man page.
#include "manual/roff.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace multilat {

std::string roff_escaped(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (static_cast<unsigned char>(c) >= 0x80) {
      CodePoint point = decode_utf8_at(text, i);
      // groff's unbreakable space for French typography's no-break spaces: `\[u202F]` has no
      // glyph in -Tutf8, and a plain space would let a line start with ":".
      bool no_break = point.value == 0x00A0 || point.value == 0x202F;
      out += no_break ? std::string("\\~") : fmt::format("\\[u{:04X}]", static_cast<std::uint32_t>(point.value));
      i += point.length;
      continue;
    }
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else if (c == '"') {
      out += "\\(dq";
    } else {
      out += c;
    }
    ++i;
  }
  return out;
}

}  // namespace multilat
