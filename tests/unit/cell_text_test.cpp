// Record text in Markdown: nothing it holds may become markup, a tag or a mention.
#include <doctest/doctest.h>

#include "render/cell_text.h"

using multilat::markdown_code;
using multilat::markdown_code_cell;
using multilat::markdown_text;

TEST_CASE("an @ that would mention someone gets a zero-width space, an e-mail address does not") {
  CHECK(markdown_text("@all please read") == "@&#8203;all please read");
  CHECK(markdown_text("cc (@desk-team)") == "cc (@&#8203;desk-team)");
  CHECK(markdown_text("jane@example.org") == "jane@example.org");
  CHECK(markdown_text("@all *now*") == "@&#8203;all \\*now\\*");  // the entity's # stays as it is
  CHECK(markdown_text("_@all_") == "\\_@&#8203;all\\_");  // emphasis around a mention still notifies
  CHECK(markdown_text("&#64;all &commat;all") == "&amp;\\#64;all &amp;commat;all");
}

TEST_CASE("a Markdown cell escapes emphasis, code and strike-through like prose") {
  CHECK(markdown_text("**gras** et `code` ~~non~~") ==
        "\\*\\*gras\\*\\* et \\`code\\` \\~\\~non\\~\\~");
}

TEST_CASE("code spans show their text as written, with a fence longer than any backtick run") {
  CHECK(markdown_code("notes.fr") == "`notes.fr`");
  CHECK(markdown_code("a\\b & <c>") == "`a\\b & <c>`");
  CHECK(markdown_code("a`b") == "``a`b``");
  CHECK(markdown_code("`x`") == "`` `x` ``");
  CHECK(markdown_code("a\nb") == "`a b`");
  CHECK(markdown_code("a|b") == "`a|b`");
  CHECK(markdown_code_cell("a|b") == "`a\\|b`");
}

TEST_CASE("a Markdown cell escapes pipes, backslashes and tags, and flattens line breaks") {
  CHECK(markdown_text("a|b\\c") == "a\\|b\\\\c");
  CHECK(markdown_text("<script>") == "&lt;script&gt;");
  CHECK(markdown_text("one\r\ntwo\nthree") == "one two three");
  CHECK(markdown_text("# [x](y) _z_ `c`") == "\\# \\[x\\](y) \\_z\\_ \\`c\\`");
}
