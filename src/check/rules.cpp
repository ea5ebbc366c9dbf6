// The rule table and the driver that runs it and applies each record's `silence` list.
#include "check/rules.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "check/rule_functions.h"

namespace multilat {
namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

constexpr Rule kRules[] = {
    {"yaml-syntax", E, "the file is not valid YAML",
     "The file could not be parsed as YAML, or holds more than one document. A record file is one "
     "YAML mapping. Check the indentation (spaces, never tabs), the quotes and the brackets on the "
     "line shown and the one above it.",
     nullptr},
    {"yaml-duplicate-key", E, "a key appears twice in one mapping",
     "YAML parsers silently keep one of two values for a repeated key, so the other is lost. Merge "
     "the two values under one key.",
     nullptr},
    {"yaml-anchor", E, "anchors and aliases are not allowed",
     "Anchors (&name) and aliases (*name) can make a tiny file expand into gigabytes, or loop for "
     "ever, and they hide values from reviewers reading a diff. Write each value out in full.",
     nullptr},
    {"yaml-too-deep", E, "nesting is too deep",
     "Records need only a few levels of nesting; the limit is 64. Deeper nesting is almost always "
     "an unclosed bracket.",
     nullptr},
    {"value-too-long", E, "a single value is too long",
     "One value is longer than 64 KB. Keep long documents outside the records and link to them.",
     nullptr},
    {"file-too-large", E, "the file is larger than the limit",
     "Record files larger than max-file-size (1 MiB by default, set in multilat.yaml) are not "
     "read, so that a stray export cannot exhaust memory.",
     nullptr},
    {"file-encoding", E, "the file is not UTF-8 text",
     "Records are UTF-8 text without NUL bytes. A UTF-16 file, a Latin-1 file or a byte-order mark "
     "in the middle of the file is reported at the first bad byte. Save the file as UTF-8.",
     nullptr},
    {"file-bom", W, "the file starts with a byte-order mark",
     "A UTF-8 byte-order mark is invisible and shows up in diffs. Save the file as UTF-8 without "
     "BOM.",
     nullptr},
    {"file-line-endings", W, "the file has Windows line endings",
     "CRLF line endings make every line differ in git. Convert the file to LF, for example with "
     "`git config core.autocrlf input` or your editor's line-ending setting.",
     nullptr},
    {"file-empty", E, "the file holds no record",
     "An empty file, or one holding only comments, defines no record. Write its fields, or delete "
     "it.",
     nullptr},
    {"file-not-regular", E, "a record path is not a regular file",
     "A directory named like a record (x.yaml), a FIFO or a link to a directory. Links to folders "
     "are never followed, so that a link loop cannot trap the walk.",
     nullptr},
    {"file-unreadable", E, "a file cannot be read",
     "The file exists but cannot be opened: a dangling link, a link loop, or missing permissions.",
     nullptr},
    {"file-misplaced", E, "a file is outside the kind folders",
     "The kind of a record comes from its top-level folder: organisations/, entities/, meetings/ "
     "or prospects/. Anything else under records/ (but multilat.yaml and hidden files) is "
     "reported, so that a record in a misspelt folder is not silently ignored.",
     nullptr},
    {"file-extension", W, "a file in a kind folder is not .yaml",
     "Only .yaml and .yml files are records. Another file in a kind folder is not read; rename it "
     "or move it out.",
     nullptr},
    {"record-not-mapping", E, "the document is not a mapping",
     "A record is one YAML mapping of keys to values, not a list or a single value.", nullptr},
    {"key-unknown", E, "a key the schema does not know",
     "Every key must be one of the kind's fields (see docs/records.md, or `multilat schema`). An "
     "unknown key is usually a typo, and a typo must not silently drop a value.",
     nullptr},
    {"field-required", E, "a required field is missing or empty",
     "Some fields are required for each kind: an organisation's name and nc-status, a meeting's "
     "title, organisation, start and status, and so on (see docs/records.md).",
     nullptr},
    {"field-type", E, "a value has the wrong type",
     "The value does not have the field's type: a list where one value is expected, text where a "
     "number or a duration is expected, an invalid e-mail or web address. Also a plain number or "
     "true/false where text is expected (location: 55): YAML, and editors validating with "
     "`multilat schema`, read it as a number, so put it in quotes.",
     nullptr},
    {"field-value", E, "a value is outside its allowed set",
     "Fields such as status, stage or type take one of a fixed set of values, listed in "
     "docs/records.md. Numbers such as month have a range.",
     nullptr},
    {"date-invalid", E, "a date that does not exist",
     "Dates are written YYYY-MM-DD and must exist on the calendar: 2025-02-30 and 2025-13-01 are "
     "errors.",
     nullptr},
    {"id-invalid", E, "a bad id or file name",
     "Ids are lowercase letters, digits and single hyphens (crga-55, province-sud). A record's id "
     "is its file name without .yaml, so the file name must be a valid id too.",
     nullptr},
    {"id-duplicate", E, "two records have the same id",
     "Ids are unique across all kinds, so that `multilat show ID` is never ambiguous. Rename one "
     "of the two files.",
     nullptr},
    {"currency-invalid", E, "an unknown currency code",
     "Amounts carry an ISO 4217 currency code in capitals: XPF, EUR, USD, AUD, NZD...", nullptr},
    {"ref-unknown", E, "a reference to a record that does not exist",
     "Every id a record names (organisation, entity, prospect) must be the id of a record of that "
     "kind. The hint suggests the closest existing id.",
     rules::references},
    {"body-unknown", E, "a meeting's body is not one of its organisation's bodies",
     "A meeting's `body` must be the id of one of the `bodies` listed in its organisation's "
     "record. Add the body to the organisation, or fix the id.",
     rules::bodies},
    {"date-order", E, "dates in the wrong order",
     "A meeting ends on or after its start; a status history and a prospect's history are listed "
     "oldest first.",
     rules::date_order},
    {"deadline-after-meeting", W, "a meeting deadline falls after the meeting starts",
     "A meeting's deadlines (registration, credentials, position papers) are due before it "
     "starts. Work due after the meeting belongs in follow-up.",
     rules::deadline_after_meeting},
    {"nc-status-dates", E, "New Caledonia's status disagrees with its dates",
     "nc-since cannot be in the future, nc-status none has no nc-since, and the last entry of "
     "nc-history must be the current status with the same date.",
     rules::nc_status_dates},
    {"task-overdue", W, "an open action or follow-up is past due",
     "An action-plan item or a meeting follow-up is still open after its due date. Mark it done "
     "or dropped, or agree a new date.",
     rules::task_overdue},
    {"meeting-not-held", W, "a past meeting is still planned or confirmed",
     "The meeting has ended but its status is still planned or confirmed. Set it to held, "
     "cancelled or postponed.",
     rules::meeting_not_held},
    {"meeting-no-outcome", W, "a held meeting has no outcomes",
     "A meeting marked held should record what was decided under `outcomes`, for the report and "
     "the follow-up.",
     rules::meeting_no_outcome},
    {"delegation-clash", W, "someone is in two delegations at once",
     "The same person, or an entity sent without a named person, is in the delegations to two "
     "meetings whose days overlap (a meeting's first and last days both count, so one ending on "
     "the 10th and one starting on the 10th overlap). Cancelled and postponed meetings are left "
     "out, and two different people of one entity at two meetings is not a clash. It is reported "
     "once, on the later meeting. Send someone else, or, when one person really covers both (a "
     "side event in the same venue), add delegation-clash to that meeting's `silence` list.",
     rules::delegation_clash},
    {"prospect-stale", W, "no contact with a prospect for too long",
     "An open prospect whose last contact is older than prospect-stale-after (90 days by default, "
     "set in multilat.yaml) needs attention: record the last contact, or move it to dropped.",
     rules::prospect_stale},
    {"prospect-partner", E, "a prospect needs exactly one partner",
     "Give `partner` (the id of a recorded organisation) or `partner-name` (for a body not yet "
     "recorded), not both and not neither.",
     rules::prospect_partner},
    {"silence-unknown", E, "silence names an unknown rule",
     "A record's `silence` list names rules it deliberately does not follow. Each must be a rule "
     "id from `multilat rules`.",
     rules::silence_unknown},
};

// Records silence rules by id; applied to everything reported in their file.
void apply_silences(const Store& store, std::vector<Diagnostic>& diagnostics) {
  std::unordered_map<std::string_view, std::unordered_set<std::string_view>> silenced;
  for (const RecordHeader* header : store.headers()) {
    for (const auto& rule : header->silenced) silenced[header->path].insert(rule.value);
  }
  if (silenced.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    auto it = silenced.find(d.path);
    return it != silenced.end() && d.rule != "silence-unknown" && it->second.count(d.rule);
  });
}

}  // namespace

std::span<const Rule> all_rules() { return kRules; }

const Rule* find_rule(std::string_view id) {
  for (const Rule& rule : kRules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

Diagnostic make_diagnostic(const RecordHeader& record, Loc loc, std::string_view rule,
                           std::string message, std::string hint) {
  const Rule* found = find_rule(rule);
  return Diagnostic{record.path.str(),
                    loc,
                    found ? found->severity : Severity::Error,
                    std::string(rule),
                    std::move(message),
                    std::move(hint)};
}

std::vector<Diagnostic> run_checks(const Store& store, const Context& context,
                                   std::vector<Diagnostic> loaded) {
  std::vector<Diagnostic> diagnostics = std::move(loaded);
  for (const Rule& rule : kRules) {
    if (rule.run) rule.run(store, context, diagnostics);
  }
  apply_silences(store, diagnostics);
  sort_diagnostics(diagnostics);
  return diagnostics;
}

}  // namespace multilat
