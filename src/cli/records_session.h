// Loads the records named by the global options: the shared first step of most commands.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/person.h"
#include "diagnostics/diagnostic.h"
#include "cli/global_options.h"
#include "load/loader.h"

namespace multilat::cli {

// What `check` would say of the records, in the numbers its summary line gives, so that every
// command can tell when what it shows is incomplete.
struct RecordsHealth {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t files_with_errors = 0;
  std::size_t unreadable_files = 0;  // files that gave no record at all
  std::size_t records_left_out = 0;  // records that loaded with a bad field value
};

struct RecordsSession {
  RecordsRoot root;
  LoadResult loaded;
  // Read from git (--as-of, --staged): each file's bytes by displayed path, for excerpts, which
  // must quote the revision, not the working tree.
  std::optional<std::map<std::string, std::string, std::less<>>> snapshot;
  Date today;
  std::vector<Diagnostic> diagnostics;  // the loader's and every rule's, sorted, as check has them
  RecordsHealth health;
};

// Finds the root, sets the run's language, loads the records and runs the checks. The load keeps
// the YAML tree of the files named `trees_of` (see LoadOptions), for record_tree().
RecordsSession open_records(const GlobalOptions& options, const std::string& trees_of = "");

// The YAML tree of a record file, by its displayed path, as the session read it (from the
// revision under --as-of, the index under --staged, else the working tree): kept by the load
// when open_records was asked for it, nothing otherwise.
const yaml::Node* record_tree(const RecordsSession& session, std::string_view display);

RecordsHealth assess(const std::vector<Diagnostic>& diagnostics, const LoadResult& loaded);

// The records that lists (deadlines, agenda, the next meetings) may show: those that loaded
// without an error. A record with a bad field value is left out whole rather than shown with a
// guess (an unreadable `done` date would make a finished task look overdue); the warning of
// warn_if_incomplete() counts it, and `check` says what is wrong.
Store listable_store(const RecordsSession& session);

// The first error of each file that lists leave out (unreadable, or a record with a bad value),
// in file order: what a digest must say it is missing.
std::vector<Diagnostic> files_left_out(const RecordsSession& session);

// Why lists leave out the record `id`: the first error of its file (the file named after the id),
// when the file is unreadable or the record has a bad value. Nothing when no such file has an
// error that leaves it out.
std::optional<Diagnostic> why_left_out(const RecordsSession& session, std::string_view id);

// A warning on stderr when the records have errors, so that a list never looks complete when it
// is not; the numbers are those of `check`. Returns 1 under --strict when there are errors.
int warn_if_incomplete(const RecordsSession& session, bool strict);

// Ids given to filters must exist, so that a typo is not an empty list that looks reassuring.
void check_ids(const Store& store, const std::vector<std::string>& ids, Kind kind,
               std::string_view option);

// What --person NAME... is linked to; a name that matches nobody in the records is a usage
// error, with the closest name as a suggestion.
PersonLinks person_option(const Store& store, const std::vector<std::string>& names);

Date parse_date_option(const std::string& text, std::string_view option);

}  // namespace multilat::cli
