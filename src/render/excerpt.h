// The quoted source line under a diagnostic: made visible, and cut to a width around the caret.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace multilat {

struct ExcerptView {
  std::string text;        // control characters shown as escapes, cut with "…" at either end
  std::size_t caret = 0;   // characters before the caret, in `text`
  std::size_t length = 1;  // characters the caret underlines, at least 1
};

// `column` and `length` count characters of `line`, from 0. A line wider than `max_width`
// characters is cut around the caret, so that a 1 MB single-line file prints one short line.
ExcerptView excerpt_view(std::string_view line, std::size_t column, std::size_t length,
                         std::size_t max_width = 100);

}  // namespace multilat
