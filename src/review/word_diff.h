// Which words of a long text changed: the two texts as one stream of kept, removed and added
// pieces, and the lines of that stream a reviewer needs to see.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace multilat {

struct WordPiece {
  enum class Kind { Same, Removed, Added };
  Kind kind = Kind::Same;
  std::string text;  // as written in the record, newlines included
  bool operator==(const WordPiece&) const = default;
};

// The pieces that turn `before` into `after`, word by word (a word is a run of non-space
// characters; spaces and line breaks are kept as they are). The kept and removed pieces spell
// `before`, the kept and added ones `after`. A space alone between two changes is counted in
// both, so that "a b" → "x y" reads as one replacement rather than two.
std::vector<WordPiece> word_diff(std::string_view before, std::string_view after);

// One line of the stream, without its line break. An empty line with `elided` set stands for
// unchanged lines left out.
struct WordLine {
  std::vector<WordPiece> pieces;
  bool elided = false;
};

// The lines of the stream that hold a change, each run of unchanged lines between them (or
// before or after them) given as one elided line.
std::vector<WordLine> changed_lines(const std::vector<WordPiece>& pieces);

}  // namespace multilat
