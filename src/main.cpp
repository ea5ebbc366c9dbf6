// multilat: builds the command line, runs one command, and maps the outcome to 0, 1 or 2.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"

namespace {

constexpr const char* kExamples =
    "Examples:\n"
    "  multilat check                       check every record under records/\n"
    "  multilat summary                     what the records hold, on one screen\n"
    "  multilat deadlines --within 6w       what is due, overdue first\n"
    "  multilat agenda --year 2027          the meetings of a year, with delegations\n"
    "  multilat rules                       the check rules\n"
    "  multilat schema -o schemas/          JSON Schemas for editors\n"
    "  multilat --records ~/desk/records check\n\n"
    "Exit status: 0 ok, 1 problems found, 2 usage or I/O error.";

}  // namespace

int main(int argc, char** argv) {
  using namespace multilat::cli;
  CLI::App app{"multilat: the records of New Caledonia's multilateral affairs desk", "multilat"};
  app.fallthrough();
  app.require_subcommand(1);
  app.footer(kExamples);
  app.set_version_flag("--version", std::string("multilat 0.1.0"));
  GlobalOptions global;
  Outcome outcome;
  app.add_option("--records", global.records, "Records folder (default: nearest records/ up)")
      ->envname("MULTILAT_RECORDS")
      ->option_text("DIR");
  app.add_option("--today", global.today, "Take this date as today (YYYY-MM-DD)")
      ->envname("MULTILAT_TODAY")
      ->option_text("DATE");
  app.add_option("--color", global.color, "Colour: auto (terminal, no NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  add_check_command(app, global, outcome);
  add_rules_command(app, global, outcome);
  add_schema_command(app, global, outcome);
  add_deadlines_command(app, global, outcome);
  add_agenda_command(app, global, outcome);
  add_summary_command(app, global, outcome);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << fmt::format("multilat: {}\nRun 'multilat --help' for usage.\n", e.what());
    return 2;
  } catch (const UsageError& e) {
    std::cerr << "multilat: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "multilat: " << e.what() << '\n';
    return 2;
  }
  return outcome.exit_code;
}
