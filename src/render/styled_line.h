// A line of review output in parts that may be coloured: removed red, added green, a headline
// bold. The parts hold record text already made visible; painting adds only the colour.
#pragma once

#include <string>
#include <vector>

namespace multilat {

enum class Tone { Plain, Removed, Added, Heading };

struct Span {
  Tone tone = Tone::Plain;
  std::string text;
};

struct StyledLine {
  std::size_t indent = 0;  // spaces before it, besides the block's own
  std::vector<Span> spans;
};

// The line for a terminal, each part made safe (no control character reaches it), coloured
// when `color`.
std::string painted(const StyledLine& line, bool color);
// The same words without colour or indent, for a mail or a Markdown list.
std::string plain(const StyledLine& line);

}  // namespace multilat
