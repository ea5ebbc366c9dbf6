// Colour is added after the text is made safe, so that the only escape sequences written are
// the ones chosen here.
#include "render/styled_line.h"

#include <fmt/color.h>
#include <fmt/format.h>

#include "render/cell_text.h"

namespace multilat {
namespace {

std::string paint(const Span& span, bool color) {
  std::string safe = terminal_safe(span.text);
  if (!color || span.tone == Tone::Plain || safe.empty()) return safe;
  if (span.tone == Tone::Heading) return fmt::format(fmt::emphasis::bold, "{}", safe);
  auto hue = span.tone == Tone::Removed ? fmt::terminal_color::red : fmt::terminal_color::green;
  return fmt::format(fg(hue), "{}", safe);
}

}  // namespace

std::string painted(const StyledLine& line, bool color) {
  std::string out(line.indent, ' ');
  for (const Span& span : line.spans) out += paint(span, color);
  return out;
}

std::string plain(const StyledLine& line) {
  std::string out;
  for (const Span& span : line.spans) out += span.text;
  return out;
}

}  // namespace multilat
