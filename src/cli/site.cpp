// `multilat site -o DIR`: the records as a static site, for every institution the desk works
// with to read in a browser, from any web server, GitLab Pages or a shared folder.
#include <fmt/format.h>

#include <iostream>

#include "calendar/deadlines.h"
#include "cli/commands.h"
#include "cli/records_session.h"
#include "git/repository.h"
#include "i18n/tr.h"
#include "review/history.h"
#include "site/site_build.h"
#include "site/site_folder.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

struct SiteOptions {
  std::string folder;
  bool force = false;
  bool strict = false;
};

// The home page's "recently changed": the last month of commits, when the records are in git.
// Anything git cannot tell (no repository, a shallow clone's cut history) leaves it out; the
// site is still whole without it.
std::optional<History> recent_history(const RecordsSession& session) {
  if (!session.snapshot && !session.root.path.empty()) {
    try {
      return read_history(session.root.path, session.root.display, "30d", session.today, 200,
                          {"--since", "site"});
    } catch (const std::exception&) {
    }
  }
  return std::nullopt;
}

std::vector<Deadline> every_deadline(const Store& store, Date today) {
  HolidayCalendar holidays(store.settings.holidays);
  Date until = add_duration(today, Duration{2, DurationUnit::Years});
  return collect_deadlines(store, {today, until, holidays, i18n::language()}).all;
}

int run_site(const GlobalOptions& global, const SiteOptions& o) {
  try {
    site::check_site_folder(o.folder, o.force);
  } catch (const site::NotASiteFolder& e) {
    throw UsageError(e.what());
  }
  RecordsSession session = open_records(global);
  Store store = listable_store(session);
  int incomplete = warn_if_incomplete(session, o.strict);
  std::optional<History> history = recent_history(session);
  site::SiteRequest request{o.folder, session.today, o.force,
                            o.strict ? Strictness::UnknownIsError : Strictness::Lenient,
                            history ? &*history : nullptr};
  site::SiteSummary summary;
  try {
    summary = site::build_site(store, every_deadline(store, session.today),
                               TemplateSet::for_records(session.root.path), request);
  } catch (const site::NotASiteFolder& e) {
    throw UsageError(e.what());
  }
  std::cout << i18n::tr("site.done", fmt::arg("path", visible_text(o.folder)),
                        fmt::arg("files", summary.files), fmt::arg("written", summary.written),
                        fmt::arg("removed", summary.removed))
            << '\n';
  return incomplete;
}

}  // namespace

void add_site_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<SiteOptions>();
  CLI::App* cmd = app.add_subcommand("site", i18n::tr("help.site"));
  cmd->add_option("-o,--output", o->folder, i18n::tr("help.site.output"))->required()->option_text("DIR");
  cmd->add_flag("--force", o->force, i18n::tr("help.site.force"));
  cmd->add_flag("--strict", o->strict, i18n::tr("help.site.strict"));
  cmd->footer(i18n::tr("help.site.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_site(global, *o); });
}

}  // namespace multilat::cli
