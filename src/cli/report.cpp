// `multilat report`: documents drawn from the records through the templates of
// templates/reports/, in Markdown, HTML or text.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>

#include "calendar/deadlines.h"
#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "report/meeting_brief.h"
#include "templates/template_set.h"
#include "util/did_you_mean.h"

namespace multilat::cli {
namespace {

struct ReportOptions {
  std::string name, id;
  bool list = false;
  bool after = false;
  bool strict = false;
  OutputTarget output;
};

const std::vector<std::string> kReports = {"meeting"};
const std::vector<std::string> kFormats = {"md", "html", "txt"};

Escaping escaping_of(const std::string& format) {
  if (format == "html") return Escaping::Html;
  if (format == "md") return Escaping::Markdown;
  return Escaping::None;
}

int list_reports(const GlobalOptions& global) {
  TemplateSet templates = TemplateSet::for_records(find_records_root(global).path);
  for (const std::string& name : kReports) {
    std::string file = fmt::format("reports/{}.md.mustache", name);
    std::string where = i18n::tr(templates.is_overridden(file) ? "report.template-project"
                                                               : "report.template-shipped");
    std::cout << i18n::tr("report.list-line", fmt::arg("name", name),
                          fmt::arg("what", i18n::tr(fmt::format("report.what.{}", name))),
                          fmt::arg("template", where))
              << '\n';
  }
  return 0;
}

void check_name(const ReportOptions& o) {
  if (std::find(kReports.begin(), kReports.end(), o.name) != kReports.end()) return;
  auto guess = did_you_mean(o.name, kReports);
  throw UsageError(guess ? i18n::tr("report.unknown-guess", fmt::arg("name", o.name),
                                    fmt::arg("guess", *guess))
                         : i18n::tr("report.unknown", fmt::arg("name", o.name),
                                    fmt::arg("names", fmt::format("{}", fmt::join(kReports, ", ")))));
}

int run_report(const GlobalOptions& global, const ReportOptions& o) {
  if (o.list || o.name.empty()) return list_reports(global);  // bare `report` lists, as git does
  check_name(o);
  if (o.id.empty()) throw UsageError(i18n::tr("report.needs-id", fmt::arg("name", o.name)));
  std::string format = resolve_format(o.output, {"md", "html", "txt", "table"}, "txt");
  if (format == "table") format = "txt";
  if (std::find(kFormats.begin(), kFormats.end(), format) == kFormats.end()) {
    throw UsageError(i18n::tr("cli.format-from-extension", fmt::arg("file", o.output.file),
                              fmt::arg("formats", "md, html, txt")));
  }
  RecordsSession session = open_records(global);
  const Store& full = session.loaded.store;
  check_ids(full, {o.id}, Kind::Meeting, "report meeting");
  Store store = listable_store(session);
  const Meeting* meeting = nullptr;
  for (const Meeting& m : store.meetings) {
    if (m.header.id == o.id) meeting = &m;
  }
  int incomplete = warn_if_incomplete(session, o.strict);
  if (!meeting) return incomplete == 0 ? 1 : incomplete;  // left out: the warning said why
  HolidayCalendar holidays(store.settings.holidays);
  Language language = i18n::language();
  Date until = add_duration(session.today, Duration{2, DurationUnit::Years});
  ReportContext context{language, session.today,
                        collect_deadlines(store, {session.today, until, holidays, language})};
  nlohmann::json view = o.after ? meeting_after(store, *meeting, context)
                                : meeting_brief(store, *meeting, context);
  TemplateSet templates = TemplateSet::for_records(session.root.path);
  std::string name = fmt::format("reports/{}.{}.mustache", o.after ? "after" : "meeting", format);
  emit_output(o.output, templates.render(name, view, escaping_of(format)));
  return incomplete;
}

}  // namespace

void add_report_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand("report", i18n::tr("help.report"));
  cmd->add_option("name", o->name, i18n::tr("help.report.name"))->option_text("NAME");
  cmd->add_option("id", o->id, i18n::tr("help.report.id"))->option_text("ID");
  cmd->add_flag("--list", o->list, i18n::tr("help.report.list"));
  cmd->add_flag("--after", o->after, i18n::tr("help.report.after"));
  cmd->add_option("--format", o->output.format, i18n::tr("help.report.format"))
      ->check(one_of(kFormats));
  cmd->add_option("-o,--output", o->output.file, i18n::tr("help.report.output"))
      ->option_text("FILE");
  cmd->add_flag("--force", o->output.force, i18n::tr("help.report.force"));
  cmd->add_flag("--strict", o->strict, i18n::tr("help.strict"));
  cmd->footer(i18n::tr("help.report.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_report(global, *o); });
}

}  // namespace multilat::cli
