// Tests of roff escaping and of the man page's shape: no word from the tool can become a roff
// request or escape.
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>

#include "in_language.h"
#include "manual/man_page.h"
#include "manual/roff.h"

using namespace multilat;

TEST_CASE("roff: a leading dot or apostrophe is not a request") {
  CHECK(roff_escaped(".TH x") == "\\&.TH x");
  CHECK(roff_escaped("'quoted") == "\\&'quoted");
  CHECK(roff_escaped("first\n.second\n'third") == "first\n\\&.second\n\\&'third");
  CHECK(roff_escaped("a.b it's") == "a.b it's");
}

TEST_CASE("roff: backslashes, hyphens, quotes and characters beyond ASCII") {
  CHECK(roff_escaped("C:\\dir\\fB") == "C:\\edir\\efB");
  CHECK(roff_escaped("--format -o") == "\\-\\-format \\-o");
  CHECK(roff_escaped("say \"hi\"") == "say \\(dqhi\\(dq");
  CHECK(roff_escaped("Nouméa…") == "Noum\\[u00E9]a\\[u2026]");
}

TEST_CASE("man page: sections, escaped words, and only known requests") {
  testing::InLanguage english(Language::En);
  CommandSpec app;
  app.name = "multilat";
  app.description = "multilat: the records";
  OptionSpec lang{{"--lang"}, false, true, "fr|en", {"fr", "en"}, "", "Language", "MULTILAT_LANG"};
  app.options.push_back(lang);
  CommandSpec check;
  check.name = "check";
  check.description = ".hidden request? no";
  check.footer = "Exit status: 0.\n\nExamples:\n  multilat check --strict\n  .dot";
  check.options.push_back({{"-v", "--verbose"}, false, false, "", {}, "", "Say more", ""});
  app.commands.push_back(check);
  std::string page = man_page(app, {"0.1.0", "2026-01-02"});
  // .SH takes the rest of its line as the heading, two words included.
  for (const char* heading : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS",
                              ".SH ENVIRONMENT", ".SH EXIT STATUS", ".SH FILES"}) {
    INFO(heading);
    CHECK(page.find(std::string(heading) + "\n") != std::string::npos);
  }
  CHECK(page.find("multilat \\- the records\n") != std::string::npos);
  CHECK(page.find("\\fB\\-v\\fR, \\fB\\-\\-verbose\\fR") != std::string::npos);
  CHECK(page.find("multilat check \\-\\-strict\n") != std::string::npos);
  CHECK(page.find("(environment: MULTILAT_LANG)") != std::string::npos);
  CHECK(page.find("MULTILAT_SMTP_PASSWORD") != std::string::npos);
  const std::set<std::string> requests = {".TH", ".SH", ".SS", ".TP", ".PP", ".RS", ".RE", ".nf",
                                          ".fi", ".B",  ".I",  ".br", ".nh", ".\\\""};
  std::istringstream lines(page);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || (line[0] != '.' && line[0] != '\'')) continue;
    INFO(line);
    CHECK(requests.count(line.substr(0, line.find(' '))) == 1);
  }
}
