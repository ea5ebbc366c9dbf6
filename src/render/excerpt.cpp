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

// The byte offset of the character numbered `index`, or the end of the line.
std::size_t byte_of(std::string_view line, std::size_t index) {
  std::size_t offset = 0;
  for (std::size_t i = 0; i < index && offset < line.size(); ++i) {
    offset += decode_utf8_at(line, offset).length;
  }
  return offset;
}

}  // namespace

ExcerptView excerpt_view(std::string_view line, std::size_t column, std::size_t length,
                         std::size_t max_width) {
  // Only the characters that can be shown are made visible: a file whose one line holds
  // thousands of problems would otherwise rebuild that whole line for each of them. Every
  // character is at least one column wide, so nothing shown lies further than max_width away.
  std::size_t skipped = column > max_width ? column - max_width : 0;
  std::size_t from = byte_of(line, skipped);
  std::size_t to = from + byte_of(line.substr(from), column - skipped + max_width + 1);
  bool more_after = to < line.size();
  column -= skipped;
  std::vector<std::string> pieces = visible_pieces(line.substr(from, to - from));
  std::vector<std::size_t> at = prefix_widths(pieces);
  column = std::min(column, pieces.size());
  length = std::clamp<std::size_t>(length, 1, std::max<std::size_t>(pieces.size() - column, 1));
  std::size_t end = std::min(column + length, pieces.size());
  // A line that fits is shown whole. Else the window starts a third of the width before the
  // caret, and ends where the width is used up, or at the end of the line if that comes first.
  std::size_t first = 0, last = pieces.size();
  if (at.back() > max_width || skipped > 0 || more_after) {
    first = column;
    while (first > 0 && at[column] - at[first - 1] <= max_width / 3) --first;
    last = first;
    while (last < pieces.size() && at[last + 1] - at[first] <= max_width) ++last;
    while (last == pieces.size() && !more_after && first > 0 &&
           at[last] - at[first - 1] <= max_width) {
      --first;
    }
  }
  bool cut_before = skipped > 0 || first > 0;
  ExcerptView view;
  if (cut_before) view.text = "…";
  for (std::size_t i = first; i < last; ++i) view.text += pieces[i];
  if (last < pieces.size() || more_after) view.text += "…";
  view.caret = (cut_before ? 1 : 0) + at[column] - at[first];
  std::size_t shown_end = std::clamp(end, column, last);
  view.length = std::max<std::size_t>(1, at[shown_end] - at[column]);
  return view;
}

}  // namespace multilat
