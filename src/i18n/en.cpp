// The English catalogue: every message and label of multilat, in English.
// Keep the keys, sections and order the same as fr.cpp; a unit test compares the two.
#include "i18n/catalogue.h"

namespace multilat::i18n {
namespace {

constexpr Message kEnglish[] = {
    // ---- common words -------------------------------------------------------------------------
    {"word.error.one", "{n} error"},
    {"word.error.other", "{n} errors"},
    {"word.warning.one", "{n} warning"},
    {"word.warning.other", "{n} warnings"},
    {"word.did-you-mean", "did you mean '{guess}'?"},

    // ---- the command line (src/cli, src/main.cpp) ---------------------------------------------
    {"cli.no-records-root", "no records/ folder here or above; use --records DIR"},
    {"cli.records-missing", "records folder '{dir}' does not exist"},
    {"cli.date-does-not-exist", "{option}: {date} does not exist on the calendar"},
    {"cli.date-not-iso", "{option}: '{date}' is not a date; write YYYY-MM-DD"},
    {"cli.see-help", "See '{command} --help'."},
    {"cli.unexpected-arguments", "unexpected arguments: {args}"},
    {"cli.option-needs-value", "{option} needs a value"},
    {"cli.option-bad-value", "{option}: invalid value"},
    {"cli.option-required", "{option} is required"},
    {"cli.command-required", "a command is missing"},
    {"cli.bad-arguments", "invalid arguments: {detail}"},
    {"cli.value-not-allowed", "'{value}' is not allowed; use one of: {values}"},
    {"cli.value-not-allowed-guess", "'{value}' is not allowed; did you mean '{guess}'?"},
    {"cli.unknown-command", "unknown command '{command}'; 'multilat --help' lists the commands"},
    {"cli.unknown-command-guess", "unknown command '{command}'; did you mean '{guess}'?"},

    // ---- help texts (src/main.cpp, src/cli/*.cpp) ---------------------------------------------
    {"help.app", "multilat: the records of New Caledonia's multilateral affairs desk"},
    {"help.app.footer", "Examples:\n"
                        "  multilat check                       check every record under records/\n"
                        "  multilat summary                     what the records hold, on one screen\n"
                        "  multilat deadlines --within 6w       what is due, overdue first\n"
                        "  multilat agenda --year 2027          the meetings of a year, with delegations\n"
                        "  multilat rules                       the check rules\n"
                        "  multilat schema -o schemas/          JSON Schemas for editors\n"
                        "  multilat --records ~/desk/records check\n"
                        "  multilat --lang fr deadlines         in French\n\n"
                        "Exit status: 0 ok, 1 problems found, 2 usage or I/O error."},
    {"help.version", "Print the version and exit"},
    {"help.help-flag", "Print this help and exit"},
    {"help.global.records", "Records folder (default: the project's records/)"},
    {"help.global.today", "Take this date as today (YYYY-MM-DD)"},
    {"help.global.lang", "Language: fr or en (default: the settings', else fr)"},
    {"help.global.color", "Colour: auto (terminal, no NO_COLOR), always, never"},
    {"help.metavar.dir", "DIR"},
    {"help.metavar.date", "DATE"},
    {"help.metavar.file", "FILE"},
    {"help.group.options", "Options"},
    {"help.group.commands", "Commands"},
    {"help.label.Usage", "Usage"},
    {"help.label.OPTIONS", "OPTIONS"},
    {"help.label.SUBCOMMAND", "COMMAND"},
    {"help.label.SUBCOMMANDS", "COMMANDS"},
    {"help.label.Positionals", "Positionals"},
    {"help.label.REQUIRED", "REQUIRED"},
    {"help.label.Env", "Env"},
    {"help.label.TEXT", "TEXT"},
    {"help.label.Needs", "Needs"},
    {"help.label.Excludes", "Excludes"},

    // ---- loading and validation (src/load) ----------------------------------------------------
    {"load.not-a-valid-id", "'{id}' is not a valid id"},

    // ---- rules: summary and explanation of each (src/check/rules.cpp) -------------------------
    {"rule.yaml-syntax.summary", "the file is not valid YAML"},

    // ---- check messages and output (src/check, src/render/check_*) ----------------------------
    {"check.severity.error", "error"},
    {"check.severity.warning", "warning"},

    // ---- calendar: dates, deadlines, agenda (src/calendar, src/render) ------------------------
    {"cal.overdue-heading", "OVERDUE"},

    // ---- summary (src/cli/summary.cpp) --------------------------------------------------------
    {"summary.next-meetings", "Next meetings"},
};

}  // namespace

std::span<const Message> english_catalogue() { return kEnglish; }

}  // namespace multilat::i18n
