// Free text made safe for one cell of a terminal table or a Markdown table.
#include "render/cell_text.h"

#include <algorithm>

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

// Not `_`: `_@all_` renders as emphasis around a mention, which still notifies.
bool is_alnum_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::size_t longest_backtick_run(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

// A code span shows its text as written, backslashes included, so nothing inside is escaped but
// the pipe of a table row (GFM splits cells before it reads code spans). The fence is one
// backtick longer than any run inside, as CommonMark asks.
std::string code_span(std::string_view text, bool in_table) {
  std::string inside;
  replace_controls(text, [&inside, in_table](std::string_view piece) {
    if (in_table && piece == "|") inside += '\\';
    inside += piece;
  });
  std::string fence(longest_backtick_run(inside) + 1, '`');
  bool pad = !inside.empty() && (inside.front() == '`' || inside.back() == '`');
  return pad ? fence + " " + inside + " " + fence : fence + inside + fence;
}

}  // namespace

std::string markdown_text(std::string_view text) {
  std::string out;
  replace_controls(text, [&out](std::string_view piece) {
    char c = piece.size() == 1 ? piece[0] : '\0';
    // GitLab and GitHub read `@name` after a non-word character as a mention that notifies, even
    // behind a backslash. A zero-width space after the `@` breaks it; an e-mail address
    // (`jane@example.org`) mentions no one and stays as it is. `&` is escaped so that no entity
    // in the record (`&#64;all`) can spell an `@` after rendering.
    if (c == '@' && (out.empty() || !is_alnum_byte(out.back()))) {
      out += "@&#8203;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      std::string_view special = "\\|*_`[]#~";  // `~~` strikes through
      if (c != '\0' && special.find(c) != std::string_view::npos) out += '\\';
      out += piece;
    }
  });
  return out;
}

std::string terminal_safe(std::string_view text) {
  std::string out;
  replace_controls(text, [&out](std::string_view piece) { out += piece; });
  return out;
}

std::string markdown_code(std::string_view text) { return code_span(text, false); }

std::string markdown_code_cell(std::string_view text) { return code_span(text, true); }

}  // namespace multilat
