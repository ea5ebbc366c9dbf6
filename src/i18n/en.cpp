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

    {"word.kind.organisation", "organisation"},
    {"word.kind.entity", "entity"},
    {"word.kind.meeting", "meeting"},
    {"word.kind.prospect", "prospect"},
    {"session.errors-in-files.one", "{n} error in {files}"},
    {"session.errors-in-files.other", "{n} errors in {files}"},
    {"session.files.one", "{n} file"},
    {"session.files.other", "{n} files"},
    {"session.unreadable-files.one", "{n} unreadable file is left out"},
    {"session.unreadable-files.other", "{n} unreadable files are left out"},
    {"session.warning-errors",
     "warning: the records have {errors}; what follows may be wrong or incomplete "
     "(see 'multilat check')"},
    {"session.warning-unreadable",
     "warning: the records have {errors}, and {unreadable}; what follows is incomplete "
     "(see 'multilat check')"},
    {"session.no-such-id", "{option}: no {kind} '{id}'"},
    {"session.no-such-id-guess", "{option}: no {kind} '{id}'; did you mean '{guess}'?"},

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

    {"cli.no-rule", "no rule '{rule}'; 'multilat rules' lists them"},
    {"cli.no-rule-guess", "no rule '{rule}'; did you mean '{guess}'?"},
    {"cli.no-such-path", "{path}: no such file or folder"},
    {"cli.path-outside-records",
     "{path} is not in the records folder ({root}); check only reads records"},
    {"cli.explain-heading", "{rule} ({severity}): {summary}"},
    {"cli.check-verbose", "checking {files} files in {root}/ (today {today})"},
    {"cli.cannot-create", "cannot create {path}: {reason}"},
    {"cli.schema.unknown-kind", "unknown kind '{kind}'; use organisation, entity, meeting, prospect or settings"},
    {"cli.schema.unknown-kind-guess", "unknown kind '{kind}'; did you mean '{guess}'?"},
    {"cli.schema.not-a-folder", "{path} is not a folder; without KIND, -o names a folder"},
    {"cli.schema.would-replace.one", "{files} has other content; use --force to replace it"},
    {"cli.schema.would-replace.other", "{files} have other content; use --force to replace them"},
    {"cli.schema.unchanged", "{path} unchanged"},
    {"cli.schema.wrote", "wrote {path}"},
    {"cli.schema.markdown-all-kinds", "--format markdown documents every kind at once; leave out KIND"},
    {"file.cannot-write", "cannot write {path}: {reason}"},
    {"file.already-exists", "it already exists"},
    {"file.is-a-folder", "it is a folder"},
    {"file.cannot-read", "cannot read {path}"},
    {"file.cannot-read-because", "cannot read {path}: {reason}"},
    {"file.not-regular", "{path}: exists and is not a regular file"},

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

    {"help.metavar.path", "PATH"},
    {"help.metavar.rule", "RULE"},
    {"help.metavar.kind", "KIND"},
    {"help.format", "Output format"},
    {"help.strict", "Exit 1 when records have errors"},
    {"help.check", "Check the records for errors and warnings"},
    {"help.check.paths", "Only report problems in these files or folders"},
    {"help.check.strict", "Warnings count as problems (exit 1)"},
    {"help.check.explain", "Explain one rule and exit"},
    {"help.check.verbose", "Say what is being checked"},
    {"help.check.footer",
     "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or I/O error.\n\n"
     "Examples:\n"
     "  multilat check                        check every record\n"
     "  multilat check records/meetings/2026  only report problems in one folder\n"
     "  multilat check --strict --format github   in CI, with annotations\n"
     "  multilat --today 2027-01-01 check     as if it were 1 January 2027\n"
     "  multilat check --explain ref-unknown  what a rule means"},
    {"help.rules", "List the check rules"},
    {"help.rules.footer",
     "Examples:\n"
     "  multilat rules                      every rule with its severity\n"
     "  multilat check --explain task-overdue   one rule in full\n"
     "  multilat rules --format json        for scripts"},
    {"help.schema", "Export the records' JSON Schemas (for editors) or their Markdown reference"},
    {"help.schema.kind", "organisation, entity, meeting, prospect or settings (default: all of them)"},
    {"help.schema.output", "Write to this file; without KIND, into this folder, one file per kind"},
    {"help.schema.force", "Replace a file whose content differs"},
    {"help.schema.footer",
     "Without -o the output goes to standard output. -o writes atomically, and never replaces\n"
     "a file with other content unless --force is given; a file already up to date is left\n"
     "as it is. The records folder is not read.\n\n"
     "Examples:\n"
     "  multilat schema meeting               the JSON Schema of a meeting record\n"
     "  multilat schema -o schemas/           one file per kind, for editors (docs/editor.md)\n"
     "  multilat schema settings -o multilat.schema.json\n"
     "  multilat schema --format markdown -o docs/records.md --force   regenerate the reference"},
    {"help.summary", "Show what the records hold, on one screen"},
    {"help.summary.footer",
     "Examples:\n"
     "  multilat summary\n"
     "  multilat --records ~/desk/records --today 2027-01-01 summary\n"
     "  multilat summary --strict    exit 1 when records have errors"},

    // ---- loading and validation (src/load) ----------------------------------------------------
    {"load.not-a-valid-id", "'{id}' is not a valid id"},

    // ---- rules: summary and explanation of each (src/check/rules.cpp) -------------------------
    {"rule.yaml-syntax.summary", "the file is not valid YAML"},
    {"rule.yaml-syntax.explain",
     "The file could not be parsed as YAML, or holds more than one document. A record file is one YAML mapping. Check the indentation (spaces, never tabs), the quotes and the brackets on the line shown and the one above it."},
    {"rule.yaml-duplicate-key.summary", "a key appears twice in one mapping"},
    {"rule.yaml-duplicate-key.explain",
     "YAML parsers silently keep one of two values for a repeated key, so the other is lost. Merge the two values under one key."},
    {"rule.yaml-anchor.summary", "anchors and aliases are not allowed"},
    {"rule.yaml-anchor.explain",
     "Anchors (&name) and aliases (*name) can make a tiny file expand into gigabytes, or loop for ever, and they hide values from reviewers reading a diff. Write each value out in full."},
    {"rule.yaml-too-deep.summary", "nesting is too deep"},
    {"rule.yaml-too-deep.explain",
     "Records need only a few levels of nesting; the limit is 64. Deeper nesting is almost always an unclosed bracket."},
    {"rule.value-too-long.summary", "a single value is too long"},
    {"rule.value-too-long.explain",
     "One value is longer than 64 KB. Keep long documents outside the records and link to them."},
    {"rule.file-too-large.summary", "the file is larger than the limit"},
    {"rule.file-too-large.explain",
     "Record files larger than max-file-size (1 MiB by default, set in multilat.yaml) are not read, so that a stray export cannot exhaust memory."},
    {"rule.file-encoding.summary", "the file is not UTF-8 text"},
    {"rule.file-encoding.explain",
     "Records are UTF-8 text without NUL bytes. A UTF-16 file, a Latin-1 file or a byte-order mark in the middle of the file is reported at the first bad byte. Save the file as UTF-8."},
    {"rule.file-bom.summary", "the file starts with a byte-order mark"},
    {"rule.file-bom.explain",
     "A UTF-8 byte-order mark is invisible and shows up in diffs. Save the file as UTF-8 without BOM."},
    {"rule.file-line-endings.summary", "the file has Windows line endings"},
    {"rule.file-line-endings.explain",
     "CRLF line endings make every line differ in git. Convert the file to LF, for example with `git config core.autocrlf input` or your editor's line-ending setting."},
    {"rule.file-empty.summary", "the file holds no record"},
    {"rule.file-empty.explain",
     "An empty file, or one holding only comments, defines no record. Write its fields, or delete it."},
    {"rule.file-not-regular.summary", "a record path is not a regular file"},
    {"rule.file-not-regular.explain",
     "A directory named like a record (x.yaml), a FIFO or a link to a directory. Links to folders are never followed, so that a link loop cannot trap the walk."},
    {"rule.file-unreadable.summary", "a file cannot be read"},
    {"rule.file-unreadable.explain",
     "The file exists but cannot be opened: a dangling link, a link loop, or missing permissions."},
    {"rule.file-misplaced.summary", "a file is outside the kind folders"},
    {"rule.file-misplaced.explain",
     "The kind of a record comes from its top-level folder: organisations/, entities/, meetings/ or prospects/. Anything else under records/ (but multilat.yaml and hidden files) is reported, so that a record in a misspelt folder is not silently ignored."},
    {"rule.file-extension.summary", "a file in a kind folder is not .yaml"},
    {"rule.file-extension.explain",
     "Only .yaml and .yml files are records. Another file in a kind folder is not read; rename it or move it out."},
    {"rule.record-not-mapping.summary", "the document is not a mapping"},
    {"rule.record-not-mapping.explain",
     "A record is one YAML mapping of keys to values, not a list or a single value."},
    {"rule.key-unknown.summary", "a key the schema does not know"},
    {"rule.key-unknown.explain",
     "Every key must be one of the kind's fields (see docs/records.md, or `multilat schema`). An unknown key is usually a typo, and a typo must not silently drop a value."},
    {"rule.field-required.summary", "a required field is missing or empty"},
    {"rule.field-required.explain",
     "Some fields are required for each kind: an organisation's name and nc-status, a meeting's title, organisation, start and status, and so on (see docs/records.md)."},
    {"rule.field-type.summary", "a value has the wrong type"},
    {"rule.field-type.explain",
     "The value does not have the field's type: a list where one value is expected, text where a number or a duration is expected, an invalid e-mail or web address. Also a plain number or true/false where text is expected (location: 55): YAML, and editors validating with `multilat schema`, read it as a number, so put it in quotes."},
    {"rule.field-value.summary", "a value is outside its allowed set"},
    {"rule.field-value.explain",
     "Fields such as status, stage or type take one of a fixed set of values, listed in docs/records.md. Numbers such as month have a range."},
    {"rule.date-invalid.summary", "a date that does not exist"},
    {"rule.date-invalid.explain",
     "Dates are written YYYY-MM-DD and must exist on the calendar: 2025-02-30 and 2025-13-01 are errors."},
    {"rule.id-invalid.summary", "a bad id or file name"},
    {"rule.id-invalid.explain",
     "Ids are lowercase letters, digits and single hyphens (crga-55, province-sud). A record's id is its file name without .yaml, so the file name must be a valid id too."},
    {"rule.id-duplicate.summary", "two records have the same id"},
    {"rule.id-duplicate.explain",
     "Ids are unique across all kinds, so that `multilat show ID` is never ambiguous. Rename one of the two files."},
    {"rule.currency-invalid.summary", "an unknown currency code"},
    {"rule.currency-invalid.explain",
     "Amounts carry an ISO 4217 currency code in capitals: XPF, EUR, USD, AUD, NZD..."},
    {"rule.ref-unknown.summary", "a reference to a record that does not exist"},
    {"rule.ref-unknown.explain",
     "Every id a record names (organisation, entity, prospect) must be the id of a record of that kind. The hint suggests the closest existing id."},
    {"rule.body-unknown.summary", "a meeting's body is not one of its organisation's bodies"},
    {"rule.body-unknown.explain",
     "A meeting's `body` must be the id of one of the `bodies` listed in its organisation's record. Add the body to the organisation, or fix the id."},
    {"rule.date-order.summary", "dates in the wrong order"},
    {"rule.date-order.explain",
     "A meeting ends on or after its start; a status history and a prospect's history are listed oldest first."},
    {"rule.deadline-after-meeting.summary", "a meeting deadline falls after the meeting starts"},
    {"rule.deadline-after-meeting.explain",
     "A meeting's deadlines (registration, credentials, position papers) are due before it starts. Work due after the meeting belongs in follow-up."},
    {"rule.nc-status-dates.summary", "New Caledonia's status disagrees with its dates"},
    {"rule.nc-status-dates.explain",
     "nc-since cannot be in the future, nc-status none has no nc-since, and the last entry of nc-history must be the current status with the same date."},
    {"rule.task-overdue.summary", "an open action or follow-up is past due"},
    {"rule.task-overdue.explain",
     "An action-plan item or a meeting follow-up is still open after its due date. Mark it done or dropped, or agree a new date."},
    {"rule.meeting-not-held.summary", "a past meeting is still planned or confirmed"},
    {"rule.meeting-not-held.explain",
     "The meeting has ended but its status is still planned or confirmed. Set it to held, cancelled or postponed."},
    {"rule.meeting-no-outcome.summary", "a held meeting has no outcomes"},
    {"rule.meeting-no-outcome.explain",
     "A meeting marked held should record what was decided under `outcomes`, for the report and the follow-up."},
    {"rule.delegation-clash.summary", "someone is in two delegations at once"},
    {"rule.delegation-clash.explain",
     "The same person, or an entity sent without a named person, is in the delegations to two meetings whose days overlap (a meeting's first and last days both count, so one ending on the 10th and one starting on the 10th overlap). Cancelled and postponed meetings are left out, and two different people of one entity at two meetings is not a clash. It is reported once, on the later meeting. Send someone else, or, when one person really covers both (a side event in the same venue), add delegation-clash to that meeting's `silence` list."},
    {"rule.prospect-stale.summary", "no contact with a prospect for too long"},
    {"rule.prospect-stale.explain",
     "An open prospect whose last contact is older than prospect-stale-after (90 days by default, set in multilat.yaml) needs attention: record the last contact, or move it to dropped."},
    {"rule.prospect-partner.summary", "a prospect needs exactly one partner"},
    {"rule.prospect-partner.explain",
     "Give `partner` (the id of a recorded organisation) or `partner-name` (for a body not yet recorded), not both and not neither."},
    {"rule.silence-unknown.summary", "silence names an unknown rule"},
    {"rule.silence-unknown.explain",
     "A record's `silence` list names rules it deliberately does not follow. Each must be a rule id from `multilat rules`."},

    // ---- check messages and output (src/check, src/render/check_*) ----------------------------
    {"check.severity.error", "error"},
    {"check.severity.warning", "warning"},

    // ---- calendar: dates, deadlines, agenda (src/calendar, src/render) ------------------------
    {"cal.overdue-heading", "OVERDUE"},

    // ---- summary (src/cli/summary.cpp) --------------------------------------------------------
    {"summary.heading", "Records in {root}/, today {today}"},
    {"summary.heading-as-of", "Records in {root}/, as of {today}"},
    {"summary.organisations.one", "{n} organisation"},
    {"summary.organisations.other", "{n} organisations"},
    {"summary.entities.one", "{n} entity"},
    {"summary.entities.other", "{n} entities"},
    {"summary.meetings.one", "{n} meeting"},
    {"summary.meetings.other", "{n} meetings"},
    {"summary.prospects.one", "{n} prospect"},
    {"summary.prospects.other", "{n} prospects"},
    {"summary.nc-status", "New Caledonia's status: {tally}"},
    {"summary.tally-item", "{value}: {count}"},
    {"summary.examples.one", "({n} marked as an example)"},
    {"summary.examples.other", "({n} marked as examples)"},
    {"value.nc-status.member", "member"},
    {"value.nc-status.associate-member", "associate member"},
    {"value.nc-status.observer", "observer"},
    {"value.nc-status.participant", "participant"},
    {"value.nc-status.none", "none"},
    {"value.status.planned", "planned"},
    {"value.status.confirmed", "confirmed"},
    {"value.status.held", "held"},
    {"value.status.cancelled", "cancelled"},
    {"value.status.postponed", "postponed"},
    {"value.stage.idea", "idea"},
    {"value.stage.contacted", "contacted"},
    {"value.stage.exploring", "exploring"},
    {"value.stage.proposal", "proposal"},
    {"value.stage.negotiating", "negotiating"},
    {"value.stage.signed", "signed"},
    {"value.stage.declined", "declined"},
    {"value.stage.dropped", "dropped"},
    {"summary.next-meetings", "Next meetings"},
};

}  // namespace

std::span<const Message> english_catalogue() { return kEnglish; }

}  // namespace multilat::i18n
