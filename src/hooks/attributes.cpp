// Lines compared whole, so that a user's `records/**/*.yaml diff=multilat -text` is not taken for
// the line multilat wrote, and a carriage return (a file edited on Windows) does not hide it.
#include "hooks/attributes.h"

#include <string_view>

namespace multilat::hooks {
namespace {

std::string_view without_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Calls `visit(line, with_newline)` for each line of `text`.
template <class Visit>
void each_line(const std::string& text, Visit visit) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::size_t stop = end == std::string::npos ? text.size() : end + 1;
    visit(std::string_view(text).substr(start, stop - start));
    start = stop;
  }
}

bool same_line(std::string_view with_newline, const std::string& line) {
  if (!with_newline.empty() && with_newline.back() == '\n') with_newline.remove_suffix(1);
  return without_cr(with_newline) == line;
}

}  // namespace

bool has_line(const std::string& text, const std::string& line) {
  bool found = false;
  each_line(text, [&](std::string_view l) { found = found || same_line(l, line); });
  return found;
}

std::string with_line(const std::string& text, const std::string& line) {
  std::string out = text;
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out + line + '\n';
}

std::string without_line(const std::string& text, const std::string& line) {
  std::string out;
  each_line(text, [&](std::string_view l) {
    if (!same_line(l, line)) out += l;
  });
  return out;
}

}  // namespace multilat::hooks
