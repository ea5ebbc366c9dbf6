// Shared loading for commands.
#include "cli/records_session.h"

#include <fmt/format.h>

#include <iostream>

#include "i18n/tr.h"
#include "util/did_you_mean.h"

namespace multilat::cli {

RecordsSession open_records(const GlobalOptions& options) {
  RecordsSession session;
  session.root = find_records_root(options);
  i18n::set_language(resolve_language(options.lang, &session.root.path));
  session.loaded = load_records({session.root.path, session.root.display});
  session.today = resolve_today(options, session.loaded.store.settings);
  return session;
}

void warn_about_load_errors(const LoadResult& loaded, std::string_view what) {
  std::size_t errors = 0;
  for (const Diagnostic& d : loaded.diagnostics) errors += d.severity == Severity::Error;
  if (errors == 0) return;
  std::cerr << fmt::format(
      "multilat: warning: {} error{} in the records; {} in unreadable parts are missing "
      "(run 'multilat check')\n",
      errors, errors == 1 ? "" : "s", what);
}

void check_ids(const Store& store, const std::vector<std::string>& ids, Kind kind,
               std::string_view option) {
  for (const std::string& id : ids) {
    auto found = store.find(id);
    if (found && found->kind == kind) continue;
    auto guess = did_you_mean(id, store.ids_of(kind));
    throw UsageError(fmt::format("{}: no {} '{}'{}", option, kind_name(kind), id,
                                 guess ? fmt::format("; did you mean '{}'?", *guess) : ""));
  }
}

Date parse_date_option(const std::string& text, std::string_view option) {
  if (auto date = parse_date(text)) return *date;
  throw UsageError(date_problem(text, option));
}

}  // namespace multilat::cli
