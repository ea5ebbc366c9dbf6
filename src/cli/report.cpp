// `multilat report`: documents drawn from the records through the templates of
// templates/reports/, in Markdown, HTML or text.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <iostream>
#include <set>

#include <unistd.h>

#include "calendar/deadlines.h"
#include "check/rules.h"
#include "cli/commands.h"
#include "cli/deadline_filters.h"
#include "cli/occurrence_cut.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "report/catalogue.h"
#include "report/contributions_cut.h"
#include "report/meeting_brief.h"
#include "render/document_converter.h"
#include "templates/template_set.h"
#include "util/did_you_mean.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

struct ReportOptions {
  std::string name, id;
  bool list = false;
  bool after = false;
  bool strict = false;
  PipelineFilter pipeline;
  OutputTarget output;
};

const std::vector<std::string> kFormats = {"md", "html", "txt", "docx", "odt", "pdf"};

std::vector<std::string> report_names() {
  std::vector<std::string> names;
  for (const ReportEntry& spec : all_reports()) names.push_back(std::string(spec.name));
  return names;
}

Escaping escaping_of(const std::string& format) {
  if (format == "html" || document_format(format)) return Escaping::Html;
  if (format == "md") return Escaping::Markdown;
  return Escaping::None;
}

int list_reports(const GlobalOptions& global) {
  TemplateSet templates = TemplateSet::for_records(find_records_root(global).path);
  for (const ReportEntry& spec : all_reports()) {
    std::string file = fmt::format("reports/{}.md.mustache", spec.name);
    std::string where = i18n::tr(templates.is_overridden(file) ? "report.template-project"
                                                               : "report.template-shipped");
    std::cout << i18n::tr("report.list-line", fmt::arg("name", spec.name),
                          fmt::arg("what", i18n::tr(fmt::format("report.what.{}", spec.name))),
                          fmt::arg("template", where))
              << '\n';
  }
  return 0;
}

const ReportEntry& spec_of(const ReportOptions& o) {
  if (const ReportEntry* spec = find_report(o.name)) return *spec;
  auto names = report_names();
  auto guess = did_you_mean(o.name, names);
  throw UsageError(guess ? i18n::tr("report.unknown-guess", fmt::arg("name", o.name),
                                    fmt::arg("guess", *guess))
                         : i18n::tr("report.unknown", fmt::arg("name", o.name),
                                    fmt::arg("names", fmt::format("{}", fmt::join(names, ", ")))));
}

bool about_a_record(const ReportEntry& spec) {
  return spec.subject == ReportSubject::Meeting || spec.subject == ReportSubject::Organisation;
}

// Options that belong to one report are a usage error on another, rather than silently ignored.
void check_arguments(const ReportEntry& spec, const ReportOptions& o) {
  if (spec.subject == ReportSubject::All && !o.id.empty()) {
    throw UsageError(i18n::tr("report.takes-no-id", fmt::arg("name", spec.name), fmt::arg("id", o.id)));
  }
  if (about_a_record(spec) && o.id.empty()) {
    throw UsageError(i18n::tr("report.needs-id", fmt::arg("name", spec.name)));
  }
  if (spec.subject == ReportSubject::Year && o.id.empty()) {
    throw UsageError(i18n::tr("report.needs-year", fmt::arg("name", spec.name)));
  }
  if (o.after && spec.name != "meeting") {
    throw UsageError(i18n::tr("report.option-for", fmt::arg("option", "--after"), fmt::arg("name", "meeting")));
  }
  if ((!o.pipeline.theme.empty() || !o.pipeline.lead.empty()) && spec.name != "pipeline") {
    throw UsageError(i18n::tr("report.option-for", fmt::arg("option", o.pipeline.theme.empty() ? "--lead" : "--theme"),
                              fmt::arg("name", "pipeline")));
  }
}

int parse_year(const std::string& text) {
  int year = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || year < 1900 || year > 2200) {
    throw UsageError(i18n::tr("report.bad-year", fmt::arg("year", text)));
  }
  return year;
}

template <class Record>
const Record* find_record(const std::vector<Record>& records, const std::string& id) {
  for (const Record& r : records) {
    if (r.header.id == id) return &r;
  }
  return nullptr;
}

// Word, OpenDocument and PDF are made from the HTML page, which has real headings and tables.
std::string template_name(const ReportEntry& spec, const ReportOptions& o, const std::string& format) {
  return fmt::format("reports/{}.{}.mustache", o.after ? "after" : spec.name,
                     document_format(format) ? "html" : format);
}

// A document is binary: on a terminal it would only garble the screen. It is also slow to make,
// so an existing file that would be refused at the end is refused first.
void check_document_destination(const std::string& format, const OutputTarget& output) {
  if (!document_format(format)) return;
  if (output.file.empty() && ::isatty(STDOUT_FILENO)) {
    throw UsageError(i18n::tr("report.binary-to-terminal", fmt::arg("format", format)));
  }
  refuse_existing_output(output);
}

// The page as the format wants it: text as rendered, or a document converted from the HTML page
// with the reference document of templates/reports/ (the project's own first).
std::string finished(const std::string& text, const std::string& format, const TemplateSet& templates) {
  std::optional<DocumentFormat> document = document_format(format);
  if (!document) return text;
  ConversionRequest request{*document, std::nullopt, std::chrono::seconds(120)};
  if (*document != DocumentFormat::Pdf) {
    std::string language(language_code(i18n::language()));
    request.reference = templates.find(fmt::format("reports/reference.{}.{}", language, format));
  }
  try {
    return convert_html(text, request);
  } catch (const ConversionError& error) {
    throw UsageError(error.what());
  }
}

// The record a report is about, left out because it is broken: the report would be a guess, so
// it is not written, and the record's first error says what to fix. Returns 1 then, else 0.
int say_if_left_out(const RecordsSession& session, const ReportEntry& spec, const std::string& id,
                    const std::string& command) {
  std::optional<Diagnostic> problem = why_left_out(session, id);
  if (!problem) return 0;
  std::string key =
      spec.subject == ReportSubject::Meeting ? "report.meeting-left-out" : "report.org-left-out";
  std::cerr << "multilat: "
            << i18n::tr(key, fmt::arg("command", command), fmt::arg("id", visible_text(id)),
                        fmt::arg("where", diagnostic_place(*problem)),
                        fmt::arg("message", visible_text(problem->message)))
            << '\n';
  return 1;
}

// A post-mission report before the meeting is still written (a delegation drafts it ahead), but
// the reader is told that it can hold no outcome yet.
void warn_if_not_yet_started(const Meeting& meeting, Date today) {
  if (auto start = not_yet_started(meeting, today)) {
    std::cerr << "multilat: "
              << i18n::tr("report.after-not-yet", fmt::arg("id", visible_text(meeting.header.id)),
                          fmt::arg("date", message_date(*start)))
              << '\n';
  }
}

// The format of --format or of the output's extension; "table" is the text.
std::string report_format(const ReportOptions& o) {
  std::string format = resolve_format(o.output, kFormats, "txt");
  return format == "table" ? "txt" : format;
}

// The themes the prospects carry, which --theme must name exactly.
void check_theme(const Store& store, const std::string& theme) {
  if (theme.empty()) return;
  std::set<std::string> known;
  for (const Prospect& p : store.prospects) known.insert(p.themes.begin(), p.themes.end());
  if (known.empty()) throw UsageError(i18n::tr("report.no-themes", fmt::arg("theme", visible_text(theme))));
  check_known_words({theme}, known, {"report.no-theme", "report.no-theme-guess", "theme"});
}

// The ids and the theme of the command line, checked against every record read. Returns 1 when
// the record the report is about was left out (said on stderr), else 0.
int check_given_ids(const RecordsSession& session, const ReportEntry& spec,
                    const ReportOptions& o) {
  const Store& full = session.loaded.store;
  std::string command = fmt::format("report {}", spec.name);
  if (about_a_record(spec)) {
    if (int left_out = say_if_left_out(session, spec, o.id, command)) return left_out;
    Kind kind = spec.subject == ReportSubject::Meeting ? Kind::Meeting : Kind::Organisation;
    check_ids(full, {o.id}, kind, command);
  }
  if (!o.pipeline.lead.empty()) check_ids(full, {o.pipeline.lead}, Kind::Entity, "--lead");
  check_theme(full, o.pipeline.theme);
  return 0;
}

// Only meeting briefs read these deadlines, and they show no dues: a cut of the recurring
// ones leaves nothing out of a report, so it goes unsaid here.
ReportContext report_context(const Store& store, Date today) {
  HolidayCalendar holidays(store.settings.holidays);
  Language language = i18n::language();
  Date until = add_duration(today, Duration{2, DurationUnit::Years});
  return {language, today, collect_deadlines(store, {today, until, holidays, language}).all};
}

// The request with the record the report is about; nothing when that record is not among the
// listable ones (left out: the warning said why).
std::optional<ReportRequest> report_request(const Store& store, const ReportEntry& spec,
                                            const ReportOptions& o, int year, Date today) {
  ReportRequest request{nullptr, nullptr, year, o.after, o.pipeline};
  if (spec.subject == ReportSubject::Meeting) {
    request.meeting = find_record(store.meetings, o.id);
    if (!request.meeting) return std::nullopt;
    if (o.after) warn_if_not_yet_started(*request.meeting, today);
  }
  if (spec.subject == ReportSubject::Organisation) {
    request.organisation = find_record(store.organisations, o.id);
    if (!request.organisation) return std::nullopt;
  }
  return request;
}

// Renders the view through its template and writes it out. Returns 1 when the report's
// contributions were cut (said on stderr), else 0.
int write_report(const RecordsSession& session, const ReportEntry& spec, const ReportOptions& o,
                 const std::string& format, const nlohmann::json& view) {
  TemplateSet templates = TemplateSet::for_records(session.root.path);
  std::string text = templates.render(template_name(spec, o, format), view, escaping_of(format),
                                      o.strict ? Strictness::UnknownIsError : Strictness::Lenient);
  int cut = warn_if_cut(contributions_cut(view), CutKeeps::Latest);
  emit_output(o.output, finished(text, format, templates));
  return cut;
}

int run_report(const GlobalOptions& global, const ReportOptions& o) {
  if (o.list || o.name.empty()) return list_reports(global);  // bare `report` lists, as git does
  const ReportEntry& spec = spec_of(o);
  check_arguments(spec, o);
  int year = spec.subject == ReportSubject::Year ? parse_year(o.id) : 0;
  std::string format = report_format(o);
  check_document_destination(format, o.output);
  RecordsSession session = open_records(global);
  if (int left_out = check_given_ids(session, spec, o)) return left_out;
  Store store = listable_store(session);
  int incomplete = warn_if_incomplete(session, o.strict);
  ReportContext context = report_context(store, session.today);
  std::optional<ReportRequest> request = report_request(store, spec, o, year, session.today);
  if (!request) return incomplete == 0 ? 1 : incomplete;
  nlohmann::json view = spec.build(store, *request, context);
  int cut = write_report(session, spec, o, format, view);
  return std::max(incomplete, cut);
}

}  // namespace

void add_report_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand("report", i18n::tr("help.report"));
  // offers(): the completion scripts and the man page list the reports; spec_of() checks.
  cmd->add_option("name", o->name, i18n::tr("help.report.name"))
      ->check(offers(report_names()))
      ->option_text("NAME");
  cmd->add_option("id", o->id, i18n::tr("help.report.id"))->option_text("ID|YEAR");
  cmd->add_flag("--list", o->list, i18n::tr("help.report.list"));
  cmd->add_flag("--after", o->after, i18n::tr("help.report.after"));
  cmd->add_option("--theme", o->pipeline.theme, i18n::tr("help.report.theme"))->option_text("THEME");
  cmd->add_option("--lead", o->pipeline.lead, i18n::tr("help.report.lead"))->option_text("ENTITY");
  cmd->add_option("--format", o->output.format, i18n::tr("help.report.format"))
      ->check(one_of(kFormats));
  cmd->add_option("-o,--output", o->output.file, i18n::tr("help.report.output"))
      ->option_text("FILE");
  cmd->add_flag("--force", o->output.force, i18n::tr("help.report.force"));
  cmd->add_flag("--strict", o->strict, i18n::tr("help.report.strict"));
  cmd->footer(i18n::tr("help.report.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_report(global, *o); });
}

}  // namespace multilat::cli
