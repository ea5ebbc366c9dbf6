// Record text in Markdown: nothing it holds may become markup, a tag or a mention.
#include <doctest/doctest.h>

#include "render/cell_text.h"

using multilat::markdown_cell;
using multilat::markdown_text;

TEST_CASE("an @ that would mention someone gets a zero-width space, an e-mail address does not") {
  CHECK(markdown_cell("@all please read") == "@&#8203;all please read");
  CHECK(markdown_cell("cc (@desk-team)") == "cc (@&#8203;desk-team)");
  CHECK(markdown_cell("jane@example.org") == "jane@example.org");
  CHECK(markdown_text("@all *now*") == "@&#8203;all \\*now\\*");  // the entity's # stays as it is
  CHECK(markdown_cell("_@all_") == "_@&#8203;all_");  // emphasis around a mention still notifies
  CHECK(markdown_cell("&#64;all &commat;all") == "&amp;#64;all &amp;commat;all");
}

TEST_CASE("a Markdown cell escapes pipes, backslashes and tags, and flattens line breaks") {
  CHECK(markdown_cell("a|b\\c") == "a\\|b\\\\c");
  CHECK(markdown_cell("<script>") == "&lt;script&gt;");
  CHECK(markdown_cell("one\r\ntwo\nthree") == "one two three");
  CHECK(markdown_text("# [x](y) _z_ `c`") == "\\# \\[x\\](y) \\_z\\_ \\`c\\`");
}
