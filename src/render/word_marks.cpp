// Spaces at either end of a changed piece are written outside its marks: "{+b+} c" reads
// better than "{+b +}c", and Markdown ignores emphasis that starts or ends with a space.
#include "render/word_marks.h"

#include "render/cell_text.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

constexpr std::string_view kElided = "…";

// "  word words " -> {"  ", "word words", " "}
struct Trimmed {
  std::string lead, core, trail;
};

Trimmed trimmed(const std::string& text) {
  std::size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {text, "", ""};
  std::size_t last = text.find_last_not_of(' ');
  return {text.substr(0, first), text.substr(first, last + 1 - first), text.substr(last + 1)};
}

void add_piece(StyledLine& line, const WordPiece& piece) {
  std::string text = visible_text(piece.text);
  if (piece.kind == WordPiece::Kind::Same) return line.spans.push_back({Tone::Plain, text});
  Trimmed t = trimmed(text);
  bool removed = piece.kind == WordPiece::Kind::Removed;
  line.spans.push_back({Tone::Plain, t.lead});
  if (!t.core.empty()) {
    line.spans.push_back({removed ? Tone::Removed : Tone::Added,
                          removed ? "[-" + t.core + "-]" : "{+" + t.core + "+}"});
  }
  line.spans.push_back({Tone::Plain, t.trail});
}

std::string markdown_words(const std::string& text) { return markdown_text(visible_text(text)); }

std::string markdown_piece(const WordPiece& piece) {
  if (piece.kind == WordPiece::Kind::Same) return markdown_words(piece.text);
  Trimmed t = trimmed(piece.text);
  if (t.core.empty()) return t.lead;
  const char* mark = piece.kind == WordPiece::Kind::Removed ? "~~" : "**";
  return t.lead + mark + markdown_words(t.core) + mark + t.trail;
}

}  // namespace

std::vector<StyledLine> text_word_lines(const std::vector<WordPiece>& words) {
  std::vector<StyledLine> out;
  for (const WordLine& line : changed_lines(words)) {
    StyledLine styled;
    if (line.elided) styled.spans.push_back({Tone::Plain, std::string(kElided)});
    for (const WordPiece& piece : line.pieces) add_piece(styled, piece);
    out.push_back(std::move(styled));
  }
  return out;
}

std::vector<std::string> markdown_word_lines(const std::vector<WordPiece>& words) {
  std::vector<std::string> out;
  for (const WordLine& line : changed_lines(words)) {
    std::string text = line.elided ? std::string(kElided) : "";
    const WordPiece* previous = nullptr;
    for (const WordPiece& piece : line.pieces) {
      // "~~old~~ **new**": a space between them, which "~~old~~**new**" would lack.
      bool replaced = previous && previous->kind == WordPiece::Kind::Removed &&
                      piece.kind == WordPiece::Kind::Added;
      if (replaced) text += ' ';
      text += markdown_piece(piece);
      previous = &piece;
    }
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace multilat
