// Tests of field_path_at and check_fingerprints: the field a position falls in, and fingerprints
// that follow the problem rather than its line or its words.
#include "render/field_path.h"

#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>

#include "render/check_fingerprint.h"

using namespace multilat;

namespace {

const char* kMeeting = R"(title: CRGA 57
organisation: spc
delegation:
  - {person: Jane Doe, entity: scrre, role: head}
  - person: Marie Kaouma
    entity: dass
deadlines:
  - {what: Note de position, due: 2027-09-30}
  - {due: 2027-10-01}
name: {fr: Réunion, en: Meeting}
tags: [a, b]
)";

std::string at(const std::string& text, std::uint32_t line, std::size_t column,
               std::size_t length = 1) {
  auto parsed = yaml::parse_document(text);
  REQUIRE(parsed.root);
  return field_path_at(*parsed.root, Loc{line, column, length});
}

// A LineSource over documents held in memory, by path.
LineSource lines_of(const std::map<std::string, std::string>& files) {
  return [files](const std::string& path, std::uint32_t line) -> std::optional<std::string> {
    auto file = files.find(path);
    if (file == files.end() || line == 0) return std::nullopt;
    std::istringstream in(file->second);
    std::string text;
    for (std::uint32_t n = 0; n < line; ++n) {
      if (!std::getline(in, text)) return std::nullopt;
    }
    return text;
  };
}

std::string same(const std::string& path) { return path; }

}  // namespace

TEST_CASE("field path: keys from the top, list items by what identifies them") {
  CHECK(at(kMeeting, 2, 15) == "organisation");
  CHECK(at(kMeeting, 2, 1) == "organisation");  // the key itself
  CHECK(at(kMeeting, 4, 32) == "delegation[Jane Doe].entity");
  CHECK(at(kMeeting, 6, 13) == "delegation[Marie Kaouma].entity");
  CHECK(at(kMeeting, 8, 35) == "deadlines[Note de position].due");
  CHECK(at(kMeeting, 9, 11) == "deadlines[2].due");  // no identifying key: its position from 1
  CHECK(at(kMeeting, 10, 12) == "name.fr");
  CHECK(at(kMeeting, 11, 11) == "tags[2]");
}

TEST_CASE("field path: a mapping's own start with no length names the mapping") {
  CHECK(at(kMeeting, 1, 1, 0).empty());  // a field missing from the record
  CHECK(at(kMeeting, 1, 1, 5) == "title");
  CHECK(at(kMeeting, 5, 5, 0) == "delegation[Marie Kaouma]");
  CHECK(at(kMeeting, 0, 0).empty());  // the whole file
}

TEST_CASE("field path: inserting an item does not rename the others") {
  std::string inserted = kMeeting;
  inserted.insert(inserted.find("  - person: Marie"), "  - {person: Paul Néaoutyine, entity: x}\n");
  CHECK(at(inserted, 7, 13) == "delegation[Marie Kaouma].entity");
}

TEST_CASE("fingerprints follow the field, not the line, the words or the folder shown") {
  std::string moved = "# a comment added above\n" + std::string(kMeeting);
  LineSource lines = lines_of({{"records/m.yaml", kMeeting}, {"m2.yaml", moved}});
  Diagnostic before{"records/m.yaml", Loc{4, 32, 5}, Severity::Error, "ref-unknown", "unknown", ""};
  Diagnostic after{"m2.yaml", Loc{5, 32, 5}, Severity::Error, "ref-unknown", "inconnue", "hint"};
  PathMap to_repository = [](const std::string&) { return std::string("records/m.yaml"); };
  CHECK(check_fingerprints({before}, lines, to_repository) ==
        check_fingerprints({after}, lines, to_repository));
  Diagnostic other = before;
  other.loc = Loc{6, 13, 4};  // another delegate's entity
  Diagnostic other_rule = before;
  other_rule.rule = "ref-kind";
  auto prints = check_fingerprints({before, other, other_rule}, lines, same);
  CHECK(prints[0] != prints[1]);
  CHECK(prints[0] != prints[2]);
}

TEST_CASE(
    "fingerprints: the same problem twice in one field is numbered, and no field is an empty "
    "path") {
  LineSource lines = lines_of({{"m.yaml", kMeeting}, {"bad.yaml", "title: [unclosed\n"}});
  Diagnostic first{"m.yaml", Loc{1, 1, 0}, Severity::Error, "field-required", "no start", ""};
  Diagnostic second{"m.yaml", Loc{1, 1, 0}, Severity::Error, "field-required", "no end", ""};
  auto prints = check_fingerprints({first, second}, lines, same);
  CHECK(prints[0] != prints[1]);
  CHECK(prints[0] == check_fingerprints({second}, lines, same)[0]);  // numbered, not worded
  Diagnostic syntax{"bad.yaml", Loc{1, 8, 1}, Severity::Error, "yaml-syntax", "x", ""};
  Diagnostic whole{"bad.yaml", Loc{}, Severity::Error, "yaml-syntax", "y", ""};
  CHECK(check_fingerprints({syntax}, lines, same) == check_fingerprints({whole}, lines, same));
}
