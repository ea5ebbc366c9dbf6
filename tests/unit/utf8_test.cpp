// Tests of UTF-8 validation, decoding and character positions.
#include "util/utf8.h"

#include <doctest/doctest.h>

#include <string>

using namespace multilat;

namespace {

// Builds a byte string from literal bytes, including NUL.
template <size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

}  // namespace

TEST_CASE("first_invalid_utf8 accepts valid text of every length") {
  CHECK_FALSE(first_invalid_utf8(""));
  CHECK_FALSE(first_invalid_utf8("plain ASCII"));
  CHECK_FALSE(first_invalid_utf8(bytes("nul \0 is valid")));
  CHECK_FALSE(first_invalid_utf8("Nouvelle-Calédonie"));                // 2 bytes
  CHECK_FALSE(first_invalid_utf8("€ 100"));                             // 3 bytes
  CHECK_FALSE(first_invalid_utf8("🌊 Pacifique"));                       // 4 bytes
  CHECK_FALSE(first_invalid_utf8("\x7F\xC2\x80\xDF\xBF"));              // U+007F, U+0080, U+07FF
  CHECK_FALSE(first_invalid_utf8("\xE0\xA0\x80\xEF\xBF\xBF"));          // U+0800, U+FFFF
  CHECK_FALSE(first_invalid_utf8("\xED\x9F\xBF\xEE\x80\x80"));          // U+D7FF, U+E000
  CHECK_FALSE(first_invalid_utf8("\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"));  // U+10000, U+10FFFF
}

TEST_CASE("first_invalid_utf8 finds stray continuation and impossible bytes") {
  CHECK(first_invalid_utf8("\x80") == 0u);
  CHECK(first_invalid_utf8("ab\xBF") == 2u);
  CHECK(first_invalid_utf8("é\xA9") == 2u);  // one continuation byte too many
  CHECK(first_invalid_utf8("x\xF5\x80\x80\x80") == 1u);
  CHECK(first_invalid_utf8("x\xF8\x88\x80\x80\x80") == 1u);  // old 5-byte form
  CHECK(first_invalid_utf8("x\xFE") == 1u);
  CHECK(first_invalid_utf8("x\xFF") == 1u);
}

TEST_CASE("first_invalid_utf8 rejects overlong forms") {
  CHECK(first_invalid_utf8("a\xC0\xAF") == 1u);          // '/' in two bytes
  CHECK(first_invalid_utf8("a\xC1\xBF") == 1u);          // U+007F in two bytes
  CHECK(first_invalid_utf8("a\xE0\x80\xAF") == 1u);      // '/' in three bytes
  CHECK(first_invalid_utf8("a\xE0\x9F\xBF") == 1u);      // U+07FF in three bytes
  CHECK(first_invalid_utf8("a\xF0\x80\x80\xAF") == 1u);  // '/' in four bytes
  CHECK(first_invalid_utf8("a\xF0\x8F\xBF\xBF") == 1u);  // U+FFFF in four bytes
}

TEST_CASE("first_invalid_utf8 rejects surrogates and code points above U+10FFFF") {
  CHECK(first_invalid_utf8("a\xED\xA0\x80") == 1u);              // U+D800
  CHECK(first_invalid_utf8("a\xED\xBF\xBF") == 1u);              // U+DFFF
  CHECK(first_invalid_utf8("a\xED\xA0\xBD\xED\xB2\xA9") == 1u);  // CESU-8 pair
  CHECK(first_invalid_utf8("a\xF4\x90\x80\x80") == 1u);          // U+110000
  CHECK(first_invalid_utf8("a\xF7\xBF\xBF\xBF") == 1u);          // U+1FFFFF
}

TEST_CASE("first_invalid_utf8 rejects truncated and interrupted sequences") {
  CHECK(first_invalid_utf8("ab\xC3") == 2u);
  CHECK(first_invalid_utf8("ab\xE2\x82") == 2u);
  CHECK(first_invalid_utf8("ab\xF0\x9F\x8C") == 2u);
  CHECK(first_invalid_utf8("ab\xC3z") == 2u);
  CHECK(first_invalid_utf8("ab\xE2\x82z") == 2u);
  CHECK(first_invalid_utf8("ab\xF0\x9F\x8C\xC3\xA9") == 2u);
  CHECK(first_invalid_utf8("ok \xE2\x82\xAC then \xC3") == 12u);  // after a valid €
}

TEST_CASE("decode_utf8_at and to_code_points decode and replace") {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x8C\x8A";  // a é € 🌊
  CHECK(decode_utf8_at(text, 1).value == U'é');
  CHECK(decode_utf8_at(text, 1).length == 2);
  CHECK(decode_utf8_at(text, 3).value == U'€');
  CHECK(decode_utf8_at(text, 6).value == U'\U0001F30A');
  CHECK(decode_utf8_at(text, 6).length == 4);
  CHECK_FALSE(decode_utf8_at(text, 2).valid);  // inside é
  CHECK(to_code_points(text) == U"aé€\U0001F30A");
  CHECK(to_code_points("a\xFF"
                       "b\xC3") == U"a\uFFFDb\uFFFD");
}

TEST_CASE("display_width counts characters, not bytes") {
  CHECK(display_width("") == 0);
  CHECK(display_width("Nouméa") == 6);
  CHECK(display_width("€€") == 2);
  CHECK(display_width("🌊") == 1);
  CHECK(display_width("e\xCC\x81") == 2);  // e + combining acute: code points, not graphemes
  CHECK(display_width("a\xFF\xFE"
                      "b") == 4);  // each invalid byte counts once
  CHECK(display_width("\xE2\x82") == 2);
}

TEST_CASE("line_column_at counts lines and characters from 1") {
  const std::string_view text = "id: spc\nnom: Communauté du Pacifique\n  🌊: x\n";
  CHECK(line_column_at(text, 0) == std::pair<uint32_t, uint32_t>{1, 1});
  CHECK(line_column_at(text, 4) == std::pair<uint32_t, uint32_t>{1, 5});
  CHECK(line_column_at(text, 7) == std::pair<uint32_t, uint32_t>{1, 8});  // the newline itself
  CHECK(line_column_at(text, 8) == std::pair<uint32_t, uint32_t>{2, 1});
  const size_t after_e = text.find(" du");  // "Communauté" has one two-byte character
  CHECK(line_column_at(text, after_e) == std::pair<uint32_t, uint32_t>{2, 16});
  const size_t colon = text.find(": x");  // after two spaces and a four-byte wave
  CHECK(line_column_at(text, colon) == std::pair<uint32_t, uint32_t>{3, 4});
  CHECK(line_column_at(text, text.size()) == std::pair<uint32_t, uint32_t>{4, 1});
}

TEST_CASE("line_column_at clamps, tolerates CRLF and invalid bytes") {
  CHECK(line_column_at("", 0) == std::pair<uint32_t, uint32_t>{1, 1});
  CHECK(line_column_at("ab", 99) == std::pair<uint32_t, uint32_t>{1, 3});
  CHECK(line_column_at("a\r\nb", 3) == std::pair<uint32_t, uint32_t>{2, 1});
  CHECK(line_column_at("a\r\nb", 2) == std::pair<uint32_t, uint32_t>{1, 3});
  CHECK(line_column_at("\n\n\nx", 3) == std::pair<uint32_t, uint32_t>{4, 1});
  CHECK(line_column_at("\xFF\xFEx", 2) == std::pair<uint32_t, uint32_t>{1, 3});
  CHECK(line_column_at("é!", 1) == std::pair<uint32_t, uint32_t>{1, 2});  // inside é
  CHECK(line_column_at("é!", 2) == std::pair<uint32_t, uint32_t>{1, 2});
}
