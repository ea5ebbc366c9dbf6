// Shared loading for commands, and the warning that says what could not be read.
#include "cli/records_session.h"

#include <fmt/format.h>

#include <iostream>
#include <set>

#include "check/rules.h"
#include "i18n/tr.h"
#include "util/did_you_mean.h"

namespace multilat::cli {

using i18n::tr;
using i18n::trn;

RecordsSession open_records(const GlobalOptions& options) {
  RecordsSession session;
  session.root = find_records_root(options);
  i18n::set_language(resolve_language(options.lang, &session.root.path));
  session.loaded = load_records({session.root.path, session.root.display});
  session.today = resolve_today(options, session.loaded.store.settings);
  session.diagnostics =
      run_checks(session.loaded.store, Context{session.today}, session.loaded.diagnostics);
  session.health = assess(session.diagnostics, session.loaded.store);
  return session;
}

RecordsHealth assess(const std::vector<Diagnostic>& diagnostics, const Store& store) {
  std::set<std::string_view> record_paths;
  for (const RecordHeader* header : store.headers()) record_paths.insert(header->path.view());
  std::set<std::string_view> with_errors, unreadable;
  RecordsHealth health;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::Warning) {
      ++health.warnings;
      continue;
    }
    ++health.errors;
    with_errors.insert(d.path);
    // The settings file is read apart from the records; its errors do not make it "unreadable".
    if (!record_paths.count(d.path) && !d.path.ends_with("multilat.yaml")) unreadable.insert(d.path);
  }
  health.files_with_errors = with_errors.size();
  health.unreadable_files = unreadable.size();
  return health;
}

int warn_if_incomplete(const RecordsSession& session, bool strict) {
  const RecordsHealth& h = session.health;
  if (h.errors == 0) return 0;
  std::string errors = trn("session.errors-in-files", h.errors,
                           fmt::arg("files", trn("session.files", h.files_with_errors)));
  std::string message =
      h.unreadable_files == 0
          ? tr("session.warning-errors", fmt::arg("errors", errors))
          : tr("session.warning-unreadable", fmt::arg("errors", errors),
               fmt::arg("unreadable", trn("session.unreadable-files", h.unreadable_files)));
  std::cerr << "multilat: " << message << '\n';
  return strict ? 1 : 0;
}

void check_ids(const Store& store, const std::vector<std::string>& ids, Kind kind,
               std::string_view option) {
  for (const std::string& id : ids) {
    auto found = store.find(id);
    if (found && found->kind == kind) continue;
    auto guess = did_you_mean(id, store.ids_of(kind));
    std::string what = tr(fmt::format("word.kind.{}", kind_name(kind)));
    throw UsageError(guess ? tr("session.no-such-id-guess", fmt::arg("option", option),
                                fmt::arg("kind", what), fmt::arg("id", id),
                                fmt::arg("guess", *guess))
                           : tr("session.no-such-id", fmt::arg("option", option),
                                fmt::arg("kind", what), fmt::arg("id", id)));
  }
}

Date parse_date_option(const std::string& text, std::string_view option) {
  if (auto date = parse_date(text)) return *date;
  throw UsageError(date_problem(text, option));
}

}  // namespace multilat::cli
