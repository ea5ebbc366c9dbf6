// Tests of the help's layout and words: columns by what the eye sees, placeholders in the run's
// language, headings at every level of commands.
#include <doctest/doctest.h>

#include <string>

#include "cli/help_formatter.h"
#include "cli/help_placeholders.h"
#include "cli/parse_errors.h"
#include "in_language.h"
#include "util/utf8.h"

using namespace multilat;
using multilat::testing::InLanguage;

namespace {

// The column where `description` starts on its line of `help`, counted in characters.
std::size_t column_of(const std::string& help, const std::string& description) {
  std::size_t at = help.find(description);
  std::size_t line_start = help.rfind('\n', at) + 1;
  return display_width(std::string_view(help).substr(line_start, at - line_start));
}

}  // namespace

TEST_CASE("help: an accented placeholder does not shift its description") {
  InLanguage french(Language::Fr);
  CLI::App app{"x", "x"};
  app.formatter(std::make_shared<cli::HelpFormatter>());
  std::string rule, rev;
  app.add_option("--explain", rule, "Expliquer une règle")->option_text("RÈGLE");
  app.add_option("--since", rev, "Depuis une révision")->option_text("[RÉV]");
  std::string help = app.help();
  CHECK(column_of(help, "Expliquer une règle") == 30);
  CHECK(column_of(help, "Depuis une révision") == 30);
  CHECK(help.find("Utilisation\u00a0:") != std::string::npos);
}

TEST_CASE("help: placeholders follow the language, values and unknown words stay") {
  InLanguage french(Language::Fr);
  CHECK(cli::localised_placeholders("FILE") == "FICHIER");
  CHECK(cli::localised_placeholders("[7d|DATE|REV]") == "[7d|DATE|RÉV]");
  CHECK(cli::localised_placeholders("ID|YEAR") == "ID|ANNÉE");
  CHECK(cli::localised_placeholders("json|markdown") == "json|markdown");
  CHECK(cli::localised_placeholders("FICHIER") == "FICHIER");  // already translated
  CHECK(cli::localised_placeholders("N,N...") == "N,N...");
  InLanguage english(Language::En);
  CHECK(cli::localised_placeholders("7d|DATE|REV") == "7d|DATE|REV");
}

TEST_CASE("help: nested commands get the run's headings") {
  InLanguage french(Language::Fr);
  CLI::App app{"x", "x"};
  cli::localise_help(app);
  CLI::App* hooks = app.add_subcommand("hooks", "Brancher");
  CLI::App* install = hooks->add_subcommand("install", "Installer");
  cli::localise_commands(app);
  CHECK(install->get_group() == "Commandes\u00a0");
  CHECK(install->get_help_ptr()->get_group() == "Options\u00a0");
  CHECK(hooks->help().find("Subcommands") == std::string::npos);
}
