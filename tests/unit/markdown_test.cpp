// Tests of docs/records.md generation: one section and table per mapping, rows from the tables.
#include "schema/markdown.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "check/rules.h"
#include "schema/json_schema.h"
#include "schema/kinds.h"

using namespace multilat;
using namespace multilat::schema;

namespace {

// The text from `heading` (a whole line) up to the next heading of any level.
std::string section(const std::string& doc, const std::string& heading) {
  size_t start = doc.find("\n" + heading + "\n");
  if (start == std::string::npos) return "";
  size_t end = doc.find("\n#", start + heading.size() + 2);
  return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

size_t count_unescaped_pipes(const std::string& line) {
  size_t count = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++count;
  }
  return count;
}

// Each field has a row in the table of its section, and each mapping its own section.
void check_rows(const std::string& doc, const std::string& path,
                std::span<const FieldSpec> fields) {
  std::string text = section(doc, (path.find(" › ") == std::string::npos ? "## " : "### ") + path);
  REQUIRE_MESSAGE(!text.empty(), "no section for " << path);
  CHECK(text.find("| key | type | required | description |") != std::string::npos);
  for (const FieldSpec& field : fields) {
    CAPTURE(path);
    CAPTURE(field.key);
    CHECK(text.find("| `" + std::string(field.key) + "` |") != std::string::npos);
    if (field.type == ValueType::Object) {
      check_rows(doc, path + " › " + std::string(field.key), field.fields);
    }
  }
}

}  // namespace

TEST_CASE("the reference starts with the introduction and is deterministic") {
  std::string doc = records_markdown();
  CHECK(doc.rfind("# Records reference\n", 0) == 0);
  CHECK(doc == records_markdown());
  CHECK(doc.back() == '\n');
  for (std::string heading :
       {"## Layout", "## Ids and references", "## Values", "## Bilingual text", "## Comments",
        "## Keys every record may carry"}) {
    CAPTURE(heading);
    CHECK(doc.find(std::string("\n") + heading + "\n") != std::string::npos);
  }
  CHECK(doc.find("`example`, `tags`, `notes` and `silence` are accepted in every kind") !=
        std::string::npos);
}

TEST_CASE("one section per kind and for the settings, in export order") {
  std::string doc = records_markdown();
  size_t previous = 0;
  for (const KindSchema* schema : exported_schemas()) {
    CAPTURE(schema->name);
    size_t at = doc.find("\n## " + std::string(schema->name) + "\n");
    REQUIRE(at != std::string::npos);
    CHECK(at > previous);
    previous = at;
  }
  CHECK(section(doc, "## meeting").find("One file per record: `records/meetings/<id>.yaml`.") !=
        std::string::npos);
}

TEST_CASE("every field of every table has a row, and every mapping a sub-table") {
  std::string doc = records_markdown();
  for (const KindSchema* schema : exported_schemas()) {
    check_rows(doc, std::string(schema->name), schema->fields);
    check_rows(doc, std::string(schema->name), schema->common);
  }
  CHECK(section(doc, "### meeting › deadlines").find("Each item of `deadlines` is a mapping") !=
        std::string::npos);
  CHECK(section(doc, "### meeting › report").find("`report` is a mapping") != std::string::npos);
}

TEST_CASE("rows show the type, whether the key is required, and the description") {
  std::string meeting = section(records_markdown(), "## meeting");
  for (std::string row : {
           "| `title` | text | yes | the meeting's title |",
           "| `organisation` | organisation id | yes | convening organisation |",
           "| `status` | one of `planned`, `confirmed`, `held`, `cancelled`, `postponed` | yes | "
           "where the meeting stands |",
           "| `end` | date |  | last day (default: the first day) |",
           "| `outcomes` | list of texts |  | what was decided |",
           "| `prospects` | list of prospect ids |  | prospects discussed |",
           "| `deadlines` | list of mappings (see *meeting › deadlines*) |  | what is due before "
           "the "
           "meeting |",
           "| `report` | mapping (see *meeting › report*) |  | the post-mission report |",
           "| `silence` | list of rule ids |  | check rules this record deliberately does not "
           "follow |",
       }) {
    CAPTURE(row);
    CHECK(meeting.find(row) != std::string::npos);
  }
  std::string doc = records_markdown();
  CHECK(section(doc, "### organisation › bodies").find("| `month` | integer, 1 to 12 |  |") !=
        std::string::npos);
  CHECK(section(doc, "### settings › mail").find("| `to` | list of e-mail addresses |  |") !=
        std::string::npos);
  CHECK(section(doc, "### prospect › value").find("| `currency` | currency code | yes |") !=
        std::string::npos);
}

TEST_CASE("the settings have no common keys") {
  std::string settings = section(records_markdown(), "## settings");
  CHECK(settings.find("| `horizon` | duration |  |") != std::string::npos);
  CHECK(settings.find("| `example` |") == std::string::npos);
}

TEST_CASE("every table row has exactly four cells") {
  for (const std::string& line : lines_of(records_markdown())) {
    if (line.rfind("| ", 0) != 0) continue;
    CAPTURE(line);
    CHECK(count_unescaped_pipes(line) == 5);
  }
}

TEST_CASE("the rules the introduction names exist") {
  for (std::string id : {"ref-unknown", "body-unknown", "silence-unknown", "meeting-no-outcome"}) {
    CAPTURE(id);
    CHECK(records_markdown().find(id) != std::string::npos);
    CHECK(find_rule(id) != nullptr);
  }
}
