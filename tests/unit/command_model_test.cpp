// Tests of the command model: the CLI11 app read back as the plain description that the
// completion scripts and the man page are generated from.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "manual/command_model.h"
#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "manual/completion_script.h"

using namespace multilat;

namespace {

// A few real commands, the global --lang, and stand-ins for `show` and `list`, which another
// branch adds: the table must reach them by name.
struct TestApp {
  TestApp() {
    app.add_option("--lang", lang, "Language")->envname("MULTILAT_LANG")->check(cli::one_of({"fr", "en"}))
        ->option_text("fr|en");
    cli::add_check_command(app, global, outcome);
    cli::add_deadlines_command(app, global, outcome);
    cli::add_report_command(app, global, outcome);
    cli::add_hooks_command(app, global, outcome);
    app.add_subcommand("show", "Show a record")->add_option("id", id, "The record")->option_text("ID");
    app.add_subcommand("list", "List records")->add_option("kind", id, "The kind")->option_text("KIND");
    cli::add_completion_command(app, global, outcome);
    cli::add_man_command(app, global, outcome);
    cli::localise_commands(app);
    spec = describe_commands(app);
  }
  const CommandSpec& command(const std::string& name) const {
    auto it = std::find_if(spec.commands.begin(), spec.commands.end(),
                           [&](const CommandSpec& c) { return c.name == name; });
    REQUIRE(it != spec.commands.end());
    return *it;
  }
  static const OptionSpec& option(const CommandSpec& command, const std::string& name) {
    auto it = std::find_if(command.options.begin(), command.options.end(), [&](const OptionSpec& o) {
      return std::find(o.names.begin(), o.names.end(), name) != o.names.end();
    });
    REQUIRE(it != command.options.end());
    return *it;
  }
  CLI::App app{"multilat: test", "multilat"};
  cli::GlobalOptions global;
  cli::Outcome outcome;
  std::string lang, id;
  CommandSpec spec;
};

using Values = std::vector<std::string>;

}  // namespace

TEST_CASE("command model: commands in order, hidden helpers left out") {
  TestApp t;
  std::vector<std::string> names;
  for (const CommandSpec& c : t.spec.commands) names.push_back(c.name);
  CHECK(names == Values{"check", "deadlines", "report", "hooks", "show", "list", "completion"});
  CHECK(t.spec.name == "multilat");
  CHECK_FALSE(t.command("check").footer.empty());
}

TEST_CASE("command model: flags, options with values, and the values they offer") {
  TestApp t;
  const CommandSpec& check = t.command("check");
  CHECK_FALSE(TestApp::option(check, "--strict").takes_value);
  // --changed [REV]: its value may be left out, so the next word is not taken for it
  CHECK_FALSE(TestApp::option(check, "--changed").takes_value);
  const OptionSpec& format = TestApp::option(check, "--format");
  CHECK(format.takes_value);
  CHECK(format.values == Values{"text", "json", "github", "gitlab"});
  CHECK(format.names == Values{"--format"});
  CHECK(TestApp::option(check, "-v").names == Values{"-v", "--verbose"});
  // report --format has no option text: its values come from one_of()
  CHECK(TestApp::option(t.command("report"), "--format").values ==
        Values{"md", "html", "txt", "docx", "odt", "pdf"});
  const OptionSpec& lang = TestApp::option(t.spec, "--lang");
  CHECK(lang.values == Values{"fr", "en"});
  CHECK(lang.envname == "MULTILAT_LANG");
}

TEST_CASE("command model: positionals, record ids and nested commands") {
  TestApp t;
  const CommandSpec& report = t.command("report");
  REQUIRE(report.positionals.size() == 2);
  CHECK(report.positionals[0].values == Values{"annual", "entities", "meeting", "memberships", "org", "pipeline"});
  CHECK(report.positionals[1].values.empty());  // "ID|YEAR" is a placeholder, not values
  CHECK(report.positionals[1].id_source == "report");
  CHECK(TestApp::option(report, "--lead").id_source == "entity");
  CHECK(TestApp::option(t.command("deadlines"), "--org").id_source == "organisation");
  CHECK(TestApp::option(t.command("deadlines"), "--entity").id_source == "entity");
  CHECK(t.command("show").positionals.at(0).id_source == "all");
  CHECK(t.command("list").positionals.at(0).values == Values{"organisations", "entities", "meetings", "prospects"});
  const CommandSpec& hooks = t.command("hooks");
  CHECK(hooks.requires_command);
  REQUIRE(hooks.commands.size() == 2);
  CHECK(hooks.commands[0].name == "install");
  CHECK(hooks.commands[1].name == "uninstall");
  CHECK_FALSE(TestApp::option(hooks.commands[0], "--force").takes_value);
  CHECK_FALSE(TestApp::option(hooks.commands[1], "--driver-only").takes_value);
}

TEST_CASE("completion tables: a command's own rows come before the global ones") {
  TestApp t;
  detail::Tables tables = detail::completion_tables(t.spec);
  auto global = std::find_if(tables.values.begin(), tables.values.end(), [](const detail::Row& r) { return r.global; });
  REQUIRE(global != tables.values.end());
  CHECK(std::all_of(global, tables.values.end(), [](const detail::Row& r) { return r.global; }));
  auto hooks = std::find_if(tables.commands.begin(), tables.commands.end(),
                            [](const detail::Row& r) { return r.path == "hooks"; });
  REQUIRE(hooks != tables.commands.end());
  CHECK(hooks->words == "install uninstall");
  CHECK(detail::shell_quoted("it's") == "'it'\\''s'");
}
