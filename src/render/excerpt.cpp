// Builds the excerpt of a diagnostic: each character made visible, the caret kept under its
// token, and the line cut to a window around the caret.
#include "render/excerpt.h"

#include <algorithm>
#include <vector>

#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

// Each character of the line as it will be printed: itself, or its visible escape.
std::vector<std::string> visible_pieces(std::string_view line) {
  std::vector<std::string> pieces;
  for (std::size_t offset = 0; offset < line.size();) {
    CodePoint point = decode_utf8_at(line, offset);
    pieces.push_back(visible_text(line.substr(offset, point.length)));
    offset += point.length;
  }
  return pieces;
}

// widths[i] is the printed width of the pieces before piece i.
std::vector<std::size_t> prefix_widths(const std::vector<std::string>& pieces) {
  std::vector<std::size_t> widths(pieces.size() + 1, 0);
  for (std::size_t i = 0; i < pieces.size(); ++i) widths[i + 1] = widths[i] + display_width(pieces[i]);
  return widths;
}

}  // namespace

ExcerptView excerpt_view(std::string_view line, std::size_t column, std::size_t length,
                         std::size_t max_width) {
  std::vector<std::string> pieces = visible_pieces(line);
  std::vector<std::size_t> at = prefix_widths(pieces);
  column = std::min(column, pieces.size());
  length = std::clamp<std::size_t>(length, 1, std::max<std::size_t>(pieces.size() - column, 1));
  std::size_t end = std::min(column + length, pieces.size());
  // A line that fits is shown whole. Else the window starts a third of the width before the
  // caret, and ends where the width is used up, or at the end of the line if that comes first.
  std::size_t first = 0, last = pieces.size();
  if (at.back() > max_width) {
    first = column;
    while (first > 0 && at[column] - at[first - 1] <= max_width / 3) --first;
    last = first;
    while (last < pieces.size() && at[last + 1] - at[first] <= max_width) ++last;
    while (last == pieces.size() && first > 0 && at[last] - at[first - 1] <= max_width) --first;
  }
  ExcerptView view;
  if (first > 0) view.text = "…";
  for (std::size_t i = first; i < last; ++i) view.text += pieces[i];
  if (last < pieces.size()) view.text += "…";
  view.caret = (first > 0 ? 1 : 0) + at[column] - at[first];
  std::size_t shown_end = std::clamp(end, column, last);
  view.length = std::max<std::size_t>(1, at[shown_end] - at[column]);
  return view;
}

}  // namespace multilat
