// Tests of parse_document: marks, duplicate keys, aliases, limits and the byte-level guards.
#include "load/yaml_tree.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "in_english.h"

using namespace multilat;
using multilat::testing::InEnglish;
using multilat::yaml::Node;
using multilat::yaml::parse_document;
using multilat::yaml::ParseIssue;
using multilat::yaml::ParseLimits;
using multilat::yaml::ParseResult;

namespace {

// Builds a byte string from a literal, NUL bytes included.
template <size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

std::vector<const ParseIssue*> issues_of(const ParseResult& result, std::string_view rule) {
  std::vector<const ParseIssue*> found;
  for (const ParseIssue& issue : result.issues) {
    if (issue.rule == rule) found.push_back(&issue);
  }
  return found;
}

// The only issue of a parse, which must be of `rule`.
const ParseIssue& only_issue(const ParseResult& result, std::string_view rule) {
  REQUIRE(result.issues.size() == 1);
  REQUIRE(result.issues[0].rule == rule);
  return result.issues[0];
}

void check_loc(Loc loc, uint32_t line, uint32_t column) {
  CHECK(loc.line == line);
  CHECK(loc.column == column);
}

const Node& value_of(const Node& map, std::string_view key) {
  const yaml::Entry* entry = map.find(key);
  REQUIRE_MESSAGE(entry != nullptr, "no key " << key);
  return entry->node();
}

std::string nested_flow(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// `depth` block mappings, one inside the other: "k0:\n  k1:\n    k2: x".
std::string nested_block(int depth) {
  std::string text;
  for (int i = 0; i < depth; ++i) {
    text += std::string(2 * i, ' ') + "k" + std::to_string(i) + ":";
    text += i + 1 < depth ? "\n" : " x\n";
  }
  return text;
}

}  // namespace

TEST_CASE("a plain mapping keeps file order, 1-based marks and scalar text") {
  ParseResult result = parse_document(
      "title: CRGA 56\n"
      "start: 2026-11-10\n"
      "notes:\n"
      "location: \"Nouméa\"\n"
      "tags:\n"
      "  - spc\n"
      "  - 'crga'\n");
  CHECK(result.issues.empty());
  REQUIRE(result.root);
  const Node& root = *result.root;
  REQUIRE(root.is_map());
  check_loc(root.loc, 1, 1);
  REQUIRE(root.entries.size() == 5);
  CHECK(root.entries[0].key == "title");
  CHECK(root.entries[4].key == "tags");
  check_loc(root.entries[1].key_loc, 2, 1);

  const Node& title = value_of(root, "title");
  CHECK(title.is_scalar());
  CHECK(title.scalar == "CRGA 56");
  CHECK_FALSE(title.quoted);
  check_loc(title.loc, 1, 8);
  CHECK(title.loc.length == 7);

  const Node& start = value_of(root, "start");
  check_loc(start.loc, 2, 8);
  CHECK(start.loc.length == 10);

  SUBCASE("a null value takes its key's location") {
    const Node& notes = value_of(root, "notes");
    CHECK(notes.is_null());
    check_loc(notes.loc, 3, 1);
  }
  SUBCASE("a quoted scalar is flagged, and its length counts characters and quotes") {
    const Node& location = value_of(root, "location");
    CHECK(location.quoted);
    CHECK(location.scalar == "Nouméa");
    check_loc(location.loc, 4, 11);
    CHECK(location.loc.length == 8);
  }
  SUBCASE("a block sequence holds its items with their marks") {
    const Node& tags = value_of(root, "tags");
    REQUIRE(tags.is_sequence());
    REQUIRE(tags.items.size() == 2);
    CHECK(tags.items[0].scalar == "spc");
    check_loc(tags.items[0].loc, 6, 5);
    CHECK(tags.items[1].scalar == "crga");
    CHECK(tags.items[1].quoted);
    check_loc(tags.items[1].loc, 7, 5);
  }
}

TEST_CASE("null spellings are null unless quoted, find() misses absent keys") {
  ParseResult result = parse_document("a: ~\nb: null\nc: NULL\nd: 'null'\ne: \"\"\n");
  CHECK(result.issues.empty());
  REQUIRE(result.root);
  CHECK(value_of(*result.root, "a").is_null());
  CHECK(value_of(*result.root, "b").is_null());
  CHECK(value_of(*result.root, "c").is_null());
  CHECK(value_of(*result.root, "d").is_scalar());
  CHECK(value_of(*result.root, "d").scalar == "null");
  CHECK(value_of(*result.root, "e").is_scalar());
  CHECK(value_of(*result.root, "e").scalar.empty());
  CHECK(result.root->find("f") == nullptr);
}

TEST_CASE("flow collections nest and carry marks") {
  ParseResult result = parse_document("title: {fr: Conférence, en: Conference}\nids: [a, b]\n");
  CHECK(result.issues.empty());
  REQUIRE(result.root);
  const Node& title = value_of(*result.root, "title");
  REQUIRE(title.is_map());
  check_loc(title.loc, 1, 8);
  CHECK(value_of(title, "fr").scalar == "Conférence");
  CHECK(value_of(title, "en").scalar == "Conference");
  const Node& ids = value_of(*result.root, "ids");
  REQUIRE(ids.is_sequence());
  CHECK(ids.items.size() == 2);
  check_loc(ids.items[1].loc, 2, 10);
}

TEST_CASE_FIXTURE(InEnglish,
                  "a duplicate key is reported at the second key and the first value is kept") {
  ParseResult result = parse_document("status: planned\ntitle: x\nstatus: held\n");
  const ParseIssue& issue = only_issue(result, "yaml-duplicate-key");
  check_loc(issue.loc, 3, 1);
  CHECK(issue.message == "duplicate key 'status'");
  CHECK_FALSE(issue.warning);
  REQUIRE(result.root);
  REQUIRE(result.root->entries.size() == 2);
  CHECK(value_of(*result.root, "status").scalar == "planned");
}

TEST_CASE("duplicate keys are found in nested mappings too") {
  ParseResult result = parse_document("report:\n  due: 2026-01-01\n  due: 2026-02-01\n");
  const ParseIssue& issue = only_issue(result, "yaml-duplicate-key");
  check_loc(issue.loc, 3, 3);
  REQUIRE(result.root);
  CHECK(value_of(value_of(*result.root, "report"), "due").scalar == "2026-01-01");
}

TEST_CASE_FIXTURE(InEnglish, "a key that is not plain text is a syntax error") {
  ParseResult result = parse_document("? [a, b]\n: 1\n");
  const ParseIssue& issue = only_issue(result, "yaml-syntax");
  CHECK(issue.message == "a key must be plain text");
  check_loc(issue.loc, 1, 3);
}

TEST_CASE_FIXTURE(InEnglish, "anchors and aliases are reported once and never expanded") {
  SUBCASE("an anchor and its alias") {
    ParseResult result = parse_document("a: &x spc\nb: *x\n");
    const ParseIssue& issue = only_issue(result, "yaml-anchor");
    CHECK(issue.message == "anchors and aliases are not allowed");
    CHECK(issue.loc.line == 1);
    REQUIRE(result.root);
    CHECK(value_of(*result.root, "b").is_null());  // the alias is not followed
  }
  SUBCASE("an anchor on an empty value") {
    ParseResult result = parse_document("a: &x\nb: 1\n");
    check_loc(only_issue(result, "yaml-anchor").loc, 1, 4);
    CHECK(result.root);
  }
  SUBCASE("a cycle: &a [ *a ]") {
    ParseResult result = parse_document("a: &a [ *a ]\n");
    CHECK(issues_of(result, "yaml-anchor").size() == 1);
    CHECK(result.issues.size() == 1);
  }
  SUBCASE("a billion-laughs bomb stays small") {
    std::string bomb =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
      std::string prev(1, static_cast<char>(c - 1));
      bomb += std::string(1, c) + ": &" + c + " [*" + prev + ",*" + prev + ",*" + prev + ",*" +
              prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + ",*" + prev + "]\n";
    }
    // Aliases are never expanded: each stays one null node, so the tree stays tiny.
    ParseResult result = parse_document(bomb);
    CHECK(issues_of(result, "yaml-anchor").size() == 1);
    CHECK(result.issues.size() == 1);
    REQUIRE(result.root);
    const Node& j = value_of(*result.root, "j");
    REQUIRE(j.is_sequence());
    CHECK(j.items.size() == 9);
    for (const Node& item : j.items) CHECK(item.is_null());
  }
}

TEST_CASE_FIXTURE(InEnglish, "a second document is reported where it starts, and the first is kept") {
  ParseResult result = parse_document("title: a\n---\ntitle: b\n");
  const ParseIssue& issue = only_issue(result, "yaml-syntax");
  CHECK(issue.message == "content after the end of the record");
  check_loc(issue.loc, 2, 1);
  REQUIRE(result.root);
  CHECK(value_of(*result.root, "title").scalar == "a");
}

TEST_CASE("a leading '---' is one document, a trailing one starts a second") {
  ParseResult leading = parse_document("---\ntitle: a\n");
  CHECK(leading.issues.empty());
  REQUIRE(leading.root);
  check_loc(value_of(*leading.root, "title").loc, 2, 8);
  ParseResult trailing = parse_document("title: a\n---\n");
  check_loc(only_issue(trailing, "yaml-syntax").loc, 2, 1);
}

TEST_CASE("an alias to an undefined anchor is a syntax error") {
  ParseResult result = parse_document("organisation: *spc\n");
  const ParseIssue& issue = only_issue(result, "yaml-syntax");
  check_loc(issue.loc, 1, 15);
  CHECK_FALSE(result.root);
}

TEST_CASE("a document end marker alone is not a second document") {
  ParseResult result = parse_document("title: a\n...\n");
  CHECK(result.issues.empty());
  CHECK(result.root);
}

TEST_CASE_FIXTURE(InEnglish, "syntax errors give no tree and point at the line") {
  SUBCASE("a list item followed by a key") {
    // yaml-cpp ends the block sequence at `b` and sees the rest as a further document.
    ParseResult result = parse_document("- a\nb: c\n");
    const ParseIssue& issue = only_issue(result, "yaml-syntax");
    check_loc(issue.loc, 2, 1);
    CHECK_FALSE(issue.warning);
  }
  SUBCASE("an unterminated quote at the very end of the file") {
    ParseResult result = parse_document("title: \"CRGA 56");
    const ParseIssue& issue = only_issue(result, "yaml-syntax");
    CHECK(issue.message == "YAML syntax: illegal EOF in scalar");
    CHECK(issue.loc.line == 1);
    CHECK_FALSE(result.root);
  }
  SUBCASE("an unclosed flow mapping") {
    ParseResult result = parse_document("title: {fr: a, en: b\nstart: 2026-11-10\n");
    CHECK(only_issue(result, "yaml-syntax").message.rfind("YAML syntax: ", 0) == 0);
    CHECK_FALSE(result.root);
  }
  SUBCASE("a mapping key after a scalar value on the same line") {
    ParseResult result = parse_document("title: a: b\n");
    only_issue(result, "yaml-syntax");
    CHECK_FALSE(result.root);
  }
}

// Regression: yaml-cpp 0.7 accepts a quoted scalar left open when the file ends with a newline: the
// scalar silently swallows every following line (here `start` vanishes into the title, and the
// only message would be a misleading "this meeting has no 'start'"). parse_document must report
// yaml-syntax instead.
TEST_CASE("an unterminated quote followed by more lines is a syntax error") {
  SUBCASE("double quote") {
    ParseResult result = parse_document("title: \"CRGA 56\nstart: 2026-11-10\n");
    CHECK(issues_of(result, "yaml-syntax").size() == 1);
    CHECK_FALSE(result.root);
  }
  SUBCASE("single quote") {
    ParseResult result = parse_document("title: 'CRGA 56\n");
    CHECK(issues_of(result, "yaml-syntax").size() == 1);
    CHECK_FALSE(result.root);
  }
  SUBCASE("a quote opening a key") {
    ParseResult result = parse_document("title: x\n\"start: 2026-11-10\n");
    CHECK(issues_of(result, "yaml-syntax").size() == 1);
    CHECK_FALSE(result.root);
  }
}

TEST_CASE_FIXTURE(InEnglish,
                  "closed quotes, multi-line quotes and block scalars are not runaway quotes") {
  SUBCASE("block scalars") {
    ParseResult result = parse_document("notes: >-\n  folded text\ntitle: |\n  literal\n");
    CHECK(result.issues.empty());
    REQUIRE(result.root);
    CHECK(result.root->find("notes")->node().scalar == "folded text");
  }
  SUBCASE("a quote with escapes, closed on its line") {
    ParseResult result = parse_document("a: \"say \\\"hi\\\"\"\nb: 'it''s'\n");
    CHECK(result.issues.empty());
    REQUIRE(result.root);
    CHECK(result.root->find("b")->node().scalar == "it's");
  }
  SUBCASE("a quote over two lines of prose") {
    ParseResult result = parse_document("notes: \"one line\n  and another\"\ntitle: x\n");
    CHECK(result.issues.empty());
    CHECK(result.root);
  }
  SUBCASE("a quote closed only after lines that look like keys") {
    ParseResult result = parse_document("title: \"x\nstart: 2026-01-01\nend: y\"\n");
    REQUIRE(issues_of(result, "yaml-syntax").size() == 1);
    CHECK(issues_of(result, "yaml-syntax")[0]->message ==
          "this quote runs over lines that look like keys");
    CHECK_FALSE(result.root);
  }
}

TEST_CASE("YAML tags are refused") {
  ParseResult result = parse_document("title: !!str 12\n");
  REQUIRE(issues_of(result, "yaml-syntax").size() == 1);
  CHECK(issues_of(result, "yaml-syntax")[0]->loc.line == 1);
}

TEST_CASE_FIXTURE(InEnglish, "nesting is limited to max_depth levels") {
  SUBCASE("64 levels of flow sequences are fine") {
    ParseResult result = parse_document(nested_flow(64));
    CHECK(result.issues.empty());
    CHECK(result.root);
  }
  SUBCASE("65 levels are too deep, reported at the 65th bracket") {
    ParseResult result = parse_document(nested_flow(65));
    const ParseIssue& issue = only_issue(result, "yaml-too-deep");
    CHECK(issue.message == "nesting deeper than 64 levels");
    check_loc(issue.loc, 1, 65);
    CHECK_FALSE(result.root);
  }
  SUBCASE("10000 flow brackets: one diagnostic, no stack overflow") {
    ParseResult result = parse_document(nested_flow(10000));
    only_issue(result, "yaml-too-deep");
    CHECK_FALSE(result.root);
  }
  SUBCASE("10000 unclosed brackets") {
    ParseResult result = parse_document("a: " + std::string(10000, '['));
    REQUIRE_FALSE(result.issues.empty());
    CHECK(result.issues[0].rule == "yaml-too-deep");
    CHECK_FALSE(result.root);
  }
  SUBCASE("block mappings nested too deep") {
    ParseResult result = parse_document(nested_block(100));
    const ParseIssue& issue = only_issue(result, "yaml-too-deep");
    CHECK(issue.loc.line == 65);
    CHECK_FALSE(result.root);
  }
  SUBCASE("the limit is a parameter") {
    ParseLimits limits;
    limits.max_depth = 3;
    CHECK(parse_document(nested_block(3), limits).issues.empty());
    only_issue(parse_document(nested_block(4), limits), "yaml-too-deep");
  }
}

TEST_CASE_FIXTURE(InEnglish, "a value longer than max_scalar_bytes is reported and dropped") {
  SUBCASE("the default limit is 64 KiB") {
    std::string text = "notes: " + std::string(64 * 1024, 'x') + "\nother: y\n";
    ParseResult result = parse_document(text);
    CHECK(result.issues.empty());
    text = "notes: " + std::string(64 * 1024 + 1, 'x') + "\nother: y\n";
    result = parse_document(text);
    const ParseIssue& issue = only_issue(result, "value-too-long");
    CHECK(issue.message == "value of 65537 bytes is too long");
    check_loc(issue.loc, 1, 8);
    REQUIRE(result.root);
    CHECK(value_of(*result.root, "notes").is_null());
    CHECK(value_of(*result.root, "other").scalar == "y");
  }
  SUBCASE("with a small limit") {
    ParseLimits limits;
    limits.max_scalar_bytes = 4;
    ParseResult result = parse_document("a: abcd\nb: abcde\n", limits);
    const ParseIssue& issue = only_issue(result, "value-too-long");
    check_loc(issue.loc, 2, 4);
  }
}

TEST_CASE_FIXTURE(InEnglish, "bad encodings stop parsing, reported at the first bad byte") {
  SUBCASE("Latin-1 text: line and column count characters") {
    ParseResult result = parse_document("title: ok\nlocation: Nouméa, caf\xE9\n");
    const ParseIssue& issue = only_issue(result, "file-encoding");
    CHECK(issue.message == "invalid UTF-8");
    check_loc(issue.loc, 2, 22);
    CHECK_FALSE(result.root);
  }
  SUBCASE("a NUL byte") {
    ParseResult result = parse_document(bytes("a: 1\nb: x\0y\n"));
    const ParseIssue& issue = only_issue(result, "file-encoding");
    CHECK(issue.message == "NUL byte in the file");
    check_loc(issue.loc, 2, 5);
    CHECK_FALSE(result.root);
  }
  SUBCASE("a UTF-16 little-endian byte-order mark") {
    ParseResult result =
        parse_document(bytes("\xFF\xFE"
                             "a\0:\0 \0"
                             "1\0"));
    const ParseIssue& issue = only_issue(result, "file-encoding");
    CHECK(issue.message == "the file is UTF-16 or UTF-32, not UTF-8");
    check_loc(issue.loc, 1, 1);
    CHECK_FALSE(result.root);
  }
  SUBCASE("a UTF-16 big-endian byte-order mark") {
    ParseResult result = parse_document(bytes("\xFE\xFF\0a\0:"));
    CHECK(only_issue(result, "file-encoding").message == "the file is UTF-16 or UTF-32, not UTF-8");
  }
  SUBCASE("a byte-order mark in the middle") {
    ParseResult result = parse_document("a: 1\nb: \xEF\xBB\xBFx\n");
    const ParseIssue& issue = only_issue(result, "file-encoding");
    check_loc(issue.loc, 2, 4);
    CHECK_FALSE(result.root);
  }
}

TEST_CASE("a UTF-8 byte-order mark at the start is a warning and the file is still read") {
  ParseResult result = parse_document("\xEF\xBB\xBFtitle: x\nstart: 2026-01-01\n");
  const ParseIssue& issue = only_issue(result, "file-bom");
  CHECK(issue.warning);
  check_loc(issue.loc, 1, 1);
  REQUIRE(result.root);
  check_loc(result.root->entries[0].key_loc, 1, 1);  // the BOM takes no column
  CHECK(result.root->entries[0].key == "title");
  check_loc(value_of(*result.root, "start").loc, 2, 8);
}

TEST_CASE("CRLF line endings are a warning, lines and values stay right") {
  ParseResult result = parse_document("title: x\r\nstart: 2026-01-01\r\ntags:\r\n  - a\r\n");
  const ParseIssue& issue = only_issue(result, "file-line-endings");
  CHECK(issue.warning);
  check_loc(issue.loc, 1, 9);
  REQUIRE(result.root);
  const Node& start = value_of(*result.root, "start");
  CHECK(start.scalar == "2026-01-01");
  check_loc(start.loc, 2, 8);
  const Node& tags = value_of(*result.root, "tags");
  REQUIRE(tags.items.size() == 1);
  CHECK(tags.items[0].scalar == "a");
  check_loc(tags.items[0].loc, 4, 5);
}

TEST_CASE_FIXTURE(InEnglish, "a tab in indentation is a syntax error at the tab") {
  SUBCASE("before a key") {
    ParseResult result = parse_document("report:\n\tdue: 2026-01-01\n");
    const ParseIssue& issue = only_issue(result, "yaml-syntax");
    CHECK(issue.message == "tab character in indentation");
    check_loc(issue.loc, 2, 1);
    CHECK_FALSE(result.root);
  }
  SUBCASE("after spaces and a dash") {
    ParseResult result = parse_document("tags:\n  -\ta\n");
    check_loc(only_issue(result, "yaml-syntax").loc, 2, 4);
  }
  SUBCASE("a tab inside a line is fine") {
    ParseResult result = parse_document("title: a\tb\nstart: 1  \t# comment\n");
    CHECK(result.issues.empty());
    REQUIRE(result.root);
    CHECK(value_of(*result.root, "title").scalar == "a\tb");
  }
}

TEST_CASE_FIXTURE(InEnglish, "a file without a document is file-empty") {
  for (std::string_view text : {"", "\n\n", "# only a comment\n# and another\n", "   \n"}) {
    CAPTURE(text);
    ParseResult result = parse_document(text);
    const ParseIssue& issue = only_issue(result, "file-empty");
    CHECK(issue.message == "the file holds no record");
    CHECK_FALSE(issue.warning);
    CHECK_FALSE(result.root);
  }
}

TEST_CASE("a document that is a single scalar or a list parses, the validator judges it") {
  ParseResult scalar = parse_document("just text\n");
  CHECK(scalar.issues.empty());
  REQUIRE(scalar.root);
  CHECK(scalar.root->is_scalar());
  ParseResult list = parse_document("- a\n- b\n");
  CHECK(list.issues.empty());
  REQUIRE(list.root);
  CHECK(list.root->is_sequence());
}
