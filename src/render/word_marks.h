// A long text's changed lines with the changed words marked: [-removed-]{+added+} for a
// terminal (as `git diff --word-diff` writes them, and coloured when colour is on), ~~removed~~
// **added** for Markdown. Unchanged lines left out show as "…".
#pragma once

#include <string>
#include <vector>

#include "render/styled_line.h"
#include "review/word_diff.h"

namespace multilat {

std::vector<StyledLine> text_word_lines(const std::vector<WordPiece>& words);
std::vector<std::string> markdown_word_lines(const std::vector<WordPiece>& words);

}  // namespace multilat
