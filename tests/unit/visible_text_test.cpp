// Tests of visible_text: no control or bidirectional character of a record is ever printed raw.
#include "util/visible_text.h"

#include <doctest/doctest.h>

using namespace multilat;

TEST_CASE("plain and accented text is kept as it is") {
  CHECK(visible_text("Réunion du CRGA — Nouméa") == "Réunion du CRGA — Nouméa");
  CHECK(visible_text("") == "");
}

TEST_CASE("escape sequences, BEL and other C0 controls are shown") {
  CHECK(visible_text("\x1b]0;PWNED\a\x1b[31m") == "\\e]0;PWNED\\x07\\e[31m");
  CHECK(visible_text("a\tb\nc\rd") == "a\\tb\\nc\\rd");
  CHECK(visible_text(std::string_view("x\0y", 3)) == "x\\x00y");
  CHECK(visible_text("\x7f") == "\\x7f");
}

TEST_CASE("C1 controls and bidirectional overrides are shown") {
  CHECK(visible_text("\xc2\x9b" "31m") == "\\u{009B}31m");  // CSI, the 8-bit ESC [
  CHECK(visible_text("abc\u202Efdp.exe") == "abc\\u{202E}fdp.exe");
  CHECK(visible_text("\u2066x\u2069") == "\\u{2066}x\\u{2069}");
}

TEST_CASE("invalid UTF-8 bytes are shown, not written raw") {
  CHECK(visible_text("a\xff" "b") == "a\\xffb");
  CHECK(visible_text("\x9b") == "\\x9b");  // a lone 8-bit CSI byte
}

TEST_CASE("first_unsafe_char finds the first control character") {
  CHECK_FALSE(first_unsafe_char("Nouméa").has_value());
  auto found = first_unsafe_char("ok\x1b[31m");
  REQUIRE(found.has_value());
  CHECK(found->offset == 2);
  CHECK(found->value == 0x1B);
  CHECK(first_unsafe_char("é\u202E")->offset == 2);
}

TEST_CASE("visible_text_keeping_lines keeps newlines and shows every other control") {
  CHECK(visible_text_keeping_lines("a\nb\x1b[31m\r\t\xe2\x80\xae") == "a\nb\\e[31m\\r\\t\\u{202E}");
}

TEST_CASE("json_safe escapes DEL, C1 and bidi characters, which the JSON writer leaves raw") {
  CHECK(json_safe("{\"a\": \"x\xc2\x9by\xe2\x80\xaez\"}") == "{\"a\": \"x\\u009by\\u202ez\"}");
  CHECK(json_safe("{\"a\": \"Nouméa \\u001b\"}") == "{\"a\": \"Nouméa \\u001b\"}");  // unchanged
  CHECK(json_safe("{\"a\": \"x\x7fy\"}") == "{\"a\": \"x\\u007fy\"}");  // DEL, ASCII but a control
}
