// `multilat summary`: what the records hold, on one screen (the main job's second half).
#include <iostream>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "render/summary_render.h"

namespace multilat::cli {
namespace {

using i18n::tr;

struct SummaryOptions {
  bool strict = false;
  OutputTarget output;
};

int run_summary(const GlobalOptions& global, const SummaryOptions& options) {
  std::string format = resolve_format(options.output, summary_formats());
  RecordsSession session = open_records(global);
  RecordsSummary summary = summarise_records(session.loaded.store, listable_store(session), session.today);
  SummaryOutput output{summary,          session.root.display, session.today, !global.today.empty(),
                       global.as_of,     i18n::language()};
  emit_output(options.output, summary_formats().render(format, output));
  std::cout.flush();  // the summary before any warning, when both streams go to one log
  return warn_if_incomplete(session, options.strict);
}

}  // namespace

void add_summary_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto options = std::make_shared<SummaryOptions>();
  CLI::App* cmd = app.add_subcommand("summary", tr("help.summary"));
  cmd->add_flag("--strict", options->strict, tr("help.strict"));
  cmd->add_option("--format", options->output.format, tr("help.format"))
      ->check(one_of(summary_formats().names()))
      ->option_text(summary_formats().choices());
  cmd->add_option("-o,--output", options->output.file, tr("help.report.output"))->option_text("FILE");
  cmd->add_flag("--force", options->output.force, tr("help.report.force"));
  cmd->footer(tr("help.summary.footer"));
  cmd->callback(
      [&global, &outcome, options] { outcome.exit_code = run_summary(global, *options); });
}

}  // namespace multilat::cli
