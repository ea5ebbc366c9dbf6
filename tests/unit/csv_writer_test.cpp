// Tests of CSV cells: RFC 4180 quoting, CRLF rows, and formula-injection neutralisation.
#include "render/csv_writer.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace multilat;

TEST_CASE("plain cells are written as they are") {
  CHECK(quote_csv("") == "");
  CHECK(quote_csv("crga-56") == "crga-56");
  CHECK(quote_csv("Nouméa") == "Nouméa");
  CHECK(quote_csv("semi;colon back\\slash") == "semi;colon back\\slash");
  CHECK(quote_csv("<script>alert(1)</script>") == "<script>alert(1)</script>");
  CHECK(quote_csv("|pipe|") == "|pipe|");
  CHECK(quote_csv("it's") == "it's");
}

TEST_CASE("a comma, a quote, CR or LF makes a quoted cell, with quotes doubled") {
  CHECK(quote_csv("a, b") == "\"a, b\"");
  CHECK(quote_csv("a, \"quoted\" b") == "\"a, \"\"quoted\"\" b\"");
  CHECK(quote_csv("\"") == "\"\"\"\"");
  CHECK(quote_csv("first line\nsecond line") == "\"first line\nsecond line\"");
  CHECK(quote_csv("a\r\nb") == "\"a\r\nb\"");
  CHECK(quote_csv("cr\r") == "\"cr\r\"");
}

TEST_CASE("cells a spreadsheet would run as formulas get a leading apostrophe") {
  CHECK(neutralise_formula("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
  CHECK(neutralise_formula("+1") == "'+1");
  CHECK(neutralise_formula("-2") == "'-2");
  CHECK(neutralise_formula("@SUM(1)") == "'@SUM(1)");
  CHECK(neutralise_formula("\t=1") == "'\t=1");
  CHECK(neutralise_formula("\r=1") == "'\r=1");
}

TEST_CASE("other cells are not neutralised, whatever they hold further on") {
  CHECK(neutralise_formula("") == "");
  CHECK(neutralise_formula("a=b") == "a=b");
  CHECK(neutralise_formula(" =1") == " =1");
  CHECK(neutralise_formula("'=1") == "'=1");
  CHECK(neutralise_formula("2026-12-01") == "2026-12-01");
  CHECK(neutralise_formula("Échéance") == "Échéance");
}

TEST_CASE("rows are comma-separated and end with CRLF") {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.text("due").text("days").text("what");
  csv.end_row();
  csv.text("2026-11-27").number(-3).text("a, \"quoted\" b");
  csv.end_row();
  csv.text("").number(0).text("");
  csv.end_row();
  CHECK(out.str() ==
        "due,days,what\r\n"
        "2026-11-27,-3,\"a, \"\"quoted\"\" b\"\r\n"
        ",0,\r\n");
}

TEST_CASE("number cells stay raw while text cells are neutralised, then quoted") {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.number(-12).text("-12").text("=1,2").text("-\"x\"").text("\rA");
  csv.end_row();
  // A carriage return is no cell content: it is shown as \r, which no spreadsheet runs.
  CHECK(out.str() == "-12,'-12,\"'=1,2\",\"'-\"\"x\"\"\",\\rA\r\n");
}
