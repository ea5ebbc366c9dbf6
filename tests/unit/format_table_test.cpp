#include "render/format_table.h"

#include <doctest/doctest.h>

#include "render/calendar_render.h"
#include "render/changes_render.h"
#include "render/check_report.h"
#include "render/diff_render.h"
#include "render/list_render.h"
#include "render/rules_render.h"
#include "render/show_render.h"
#include "render/summary_render.h"

using namespace multilat;

namespace {

void upper(std::ostream& out, const std::string& text, const int& times) {
  for (int i = 0; i < times; ++i) out << "UP:" << text;
}
void lower(std::ostream& out, const std::string& text, const int&) { out << "low:" << text; }

const FormatTable<std::string, int> kTable{{"upper", upper}, {"lower", lower}};

}  // namespace

TEST_CASE("format table: the names in the table's order, and --help's choices") {
  CHECK(kTable.names() == std::vector<std::string>{"upper", "lower"});
  CHECK(kTable.choices() == "upper|lower");
}

TEST_CASE("format table: each name renders through its own row, with every input") {
  CHECK(kTable.render("upper", "a", 2) == "UP:aUP:a");
  CHECK(kTable.render("lower", "a", 2) == "low:a");
}

TEST_CASE("format table: a name it does not hold (-o's .txt gives \"table\") renders the first row") {
  CHECK(kTable.render("table", "a", 1) == "UP:a");
}

TEST_CASE("format table: each command's formats, in the order --help and the messages list them") {
  CHECK(deadlines_formats().choices() == "table|md|csv|json|ics");
  CHECK(agenda_formats().choices() == "table|md|csv|json|ics");
  CHECK(list_formats().choices() == "table|csv|json");
  CHECK(changes_formats().choices() == "text|md|json");
  CHECK(diff_formats().choices() == "text|md|json");
  CHECK(check_formats().choices() == "text|json|github|gitlab");
  CHECK(rules_formats().choices() == "text|json");
  CHECK(summary_formats().choices() == "text|json");
  CHECK(show_formats().choices() == "text|json");
}
