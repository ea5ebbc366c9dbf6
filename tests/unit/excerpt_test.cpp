// Tests of the excerpt under a diagnostic: visible control characters, the caret kept under its
// token, and long lines cut around it.
#include "render/excerpt.h"

#include <doctest/doctest.h>

#include <string>

using namespace multilat;

TEST_CASE("a short line is shown whole with the caret under the token") {
  ExcerptView view = excerpt_view("organisation: spcc", 14, 4);
  CHECK(view.text == "organisation: spcc");
  CHECK(view.caret == 14);
  CHECK(view.length == 4);
}

TEST_CASE("control characters are shown as escapes and the caret moves with them") {
  ExcerptView view = excerpt_view("title: \"\x1b]0;PWNED\a\" x", 19, 1);
  CHECK(view.text == "title: \"\\e]0;PWNED\\x07\" x");
  CHECK(view.caret == 23);  // "\e" and "\x07" are wider than the characters they stand for
  CHECK(view.text.find('\x1b') == std::string::npos);
  CHECK(view.text.find('\a') == std::string::npos);
}

TEST_CASE("a bidi override is shown, not obeyed") {
  ExcerptView view = excerpt_view("notes: abc\u202Etxt.exe", 7, 3);
  CHECK(view.text == "notes: abc\\u{202E}txt.exe");
  CHECK(view.caret == 7);
}

TEST_CASE("an overlong line is cut around the caret, with an ellipsis on each side") {
  std::string line = "notes: " + std::string(1'000'000, 'a') + "BAD" + std::string(5000, 'b');
  ExcerptView view = excerpt_view(line, 1'000'007, 3, 100);
  CHECK(view.text.size() < 120);
  CHECK(view.text.starts_with("…"));
  CHECK(view.text.ends_with("…"));
  CHECK(view.text.find("BAD") != std::string::npos);
  // The caret is under "BAD" in the cut text (counted in characters; "…" is one).
  std::u32string shown(view.text.begin(), view.text.end());
  CHECK(view.length == 3);
  CHECK(view.caret == 1 + 33);
}

TEST_CASE("a caret past the end of the line stays one character wide") {
  ExcerptView view = excerpt_view("title:", 40, 0);
  CHECK(view.text == "title:");
  CHECK(view.caret == 6);
  CHECK(view.length == 1);
}

TEST_CASE("a line that fits the width is never cut") {
  std::string line = "name: " + std::string(94, 'x');
  ExcerptView view = excerpt_view(line, 99, 1, 100);
  CHECK(view.text == line);
  CHECK(view.caret == 99);
}

TEST_CASE("near the end of a long line the window fills the width backwards") {
  std::string line = std::string(500, 'a') + "END";
  ExcerptView view = excerpt_view(line, 500, 3, 100);
  CHECK(view.text.starts_with("…"));
  CHECK_FALSE(view.text.ends_with("…"));
  CHECK(view.text.ends_with("END"));
  CHECK(view.length == 3);
}
