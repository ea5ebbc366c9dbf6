// Free text made safe for one cell of a terminal table or a Markdown table.
#include "render/cell_text.h"

#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {


// Calls `emit` with each character's bytes, or with a single space for a control character.
template <class Emit>
void replace_controls(std::string_view text, Emit emit) {
  for (std::size_t offset = 0; offset < text.size();) {
    CodePoint point = decode_utf8_at(text, offset);
    bool crlf = text.substr(offset, 2) == "\r\n";
    if (point.valid && is_unsafe_char(point.value)) {
      emit(std::string_view(" "));
    } else {
      emit(text.substr(offset, point.length));
    }
    offset += crlf ? 2 : point.length;
  }
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  replace_controls(text, [&out](std::string_view piece) { out += piece; });
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  replace_controls(text, [&out](std::string_view piece) {
    if (piece == "\\")
      out += "\\\\";
    else if (piece == "|")
      out += "\\|";
    else if (piece == "<")
      out += "&lt;";
    else if (piece == ">")
      out += "&gt;";
    else
      out += piece;
  });
  return out;
}

std::string markdown_text(std::string_view text) {
  std::string out;
  for (char c : markdown_cell(text)) {
    if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '#') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace multilat
