// Tests of the word diff of long texts: which words changed, which lines show, and how the
// marks read in a terminal and in Markdown.
#include "review/word_diff.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/word_marks.h"

using namespace multilat;
using Kind = WordPiece::Kind;

namespace {

std::string side(const std::vector<WordPiece>& pieces, Kind changed) {
  std::string out;
  for (const WordPiece& p : pieces) {
    if (p.kind == Kind::Same || p.kind == changed) out += p.text;
  }
  return out;
}

std::vector<std::string> text_lines(const std::vector<WordPiece>& pieces) {
  std::vector<std::string> out;
  for (const StyledLine& line : text_word_lines(pieces)) out.push_back(plain(line));
  return out;
}

}  // namespace

TEST_CASE("one word replaced in a sentence") {
  auto pieces = word_diff("Le comité examinera le budget.", "Le comité a examiné le budget.");
  std::vector<WordPiece> expected = {{Kind::Same, "Le comité "},
                                     {Kind::Removed, "examinera"},
                                     {Kind::Added, "a examiné"},
                                     {Kind::Same, " le budget."}};
  CHECK(pieces == expected);
}

TEST_CASE("two changed words with one space between read as one replacement") {
  auto pieces = word_diff("a b c", "x y c");
  std::vector<WordPiece> expected = {
      {Kind::Removed, "a b"}, {Kind::Added, "x y"}, {Kind::Same, " c"}};
  CHECK(pieces == expected);
}

TEST_CASE("the pieces spell both texts back") {
  const char* pairs[][2] = {{"", "tout neuf"},
                            {"tout vieux", ""},
                            {"un\ndeux\ntrois\n", "un\n2\ntrois\nquatre\n"},
                            {"même texte", "même texte"},
                            {"  espaces   multiples ", " espaces multiples  "},
                            {"a b a b a", "b a b a b"}};
  for (auto& [before, after] : pairs) {
    auto pieces = word_diff(before, after);
    CHECK(side(pieces, Kind::Removed) == before);
    CHECK(side(pieces, Kind::Added) == after);
  }
}

TEST_CASE("only the lines that changed show, the others elided") {
  auto pieces = word_diff("un\ndeux\ntrois\nquatre\n", "un\ndeux\n3\nquatre\n");
  auto lines = changed_lines(pieces);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].elided);
  CHECK(lines[2].elided);
  std::vector<WordPiece> middle = {{Kind::Removed, "trois"}, {Kind::Added, "3"}};
  CHECK(lines[1].pieces == middle);
}

TEST_CASE("a blank line left out is not shown as elided") {
  auto lines = changed_lines(word_diff("un\n", "deux\n"));
  REQUIRE(lines.size() == 1);
  CHECK_FALSE(lines[0].elided);
}

TEST_CASE("a text too long to align is shown removed whole and added whole") {
  std::string before, after;
  for (int i = 0; i < 3000; ++i) {
    before += " mot" + std::to_string(i);
    after += " terme" + std::to_string(i);
  }
  auto pieces = word_diff("début" + before, "début" + after);
  REQUIRE(pieces.size() == 3);
  CHECK(pieces[0].text == "début ");
  CHECK(pieces[1].text == before.substr(1));
  CHECK(pieces[2].text == after.substr(1));
}

TEST_CASE("a terminal sees [-removed-]{+added+}, spaces outside the marks") {
  CHECK(text_lines(word_diff("a c", "a b c")) == std::vector<std::string>{"a {+b+} c"});
  CHECK(text_lines(word_diff("Le comité examinera", "Le comité a examiné")) ==
        std::vector<std::string>{"Le comité [-examinera-]{+a examiné+}"});
  CHECK(text_lines(word_diff("un\ndeux\ntrois", "un\n2\ntrois")) ==
        std::vector<std::string>{"…", "[-deux-]{+2+}", "…"});
}

TEST_CASE("a word that spans a line break is marked on each line") {
  CHECK(text_lines(word_diff("x", "a\nb")) == std::vector<std::string>{"[-x-]{+a+}", "{+b+}"});
}

TEST_CASE("record text in the marks is made visible") {
  CHECK(text_lines(word_diff("note", "note \x1b[31mrouge")) ==
        std::vector<std::string>{"note {+\\e[31mrouge+}"});
}

TEST_CASE("Markdown sees ~~removed~~ **added**, record text escaped") {
  CHECK(markdown_word_lines(word_diff("Le comité examinera", "Le comité a examiné")) ==
        std::vector<std::string>{"Le comité ~~examinera~~ **a examiné**"});
  CHECK(markdown_word_lines(word_diff("x ~~y~~", "x **y** <b>")) ==
        std::vector<std::string>{"x ~~\\~\\~y\\~\\~~~ **\\*\\*y\\*\\* &lt;b&gt;**"});
}
