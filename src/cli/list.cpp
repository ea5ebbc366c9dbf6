// `multilat list KIND`: the records of one kind, one line each, filtered and sorted.
#include <fmt/format.h>


#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "query/records_summary.h"
#include "cli/terminal_width.h"
#include "i18n/tr.h"
#include "query/record_list.h"
#include "render/list_render.h"
#include "schema/kinds.h"

namespace multilat::cli {
namespace {

using i18n::tr;

const std::vector<std::string> kKinds = {"organisations", "entities", "meetings", "prospects",
                                         "organisation", "entity", "meeting", "prospect"};

struct ListOptions {
  std::string kind;
  std::vector<std::string> organisations, entities, tags, people;
  std::string status, stage, grep, sort;
  int year = 0;
  std::size_t width = 0;
  bool strict = false;
  OutputTarget output;
};

// A value the field allows, else a usage error with the closest one.
void check_value(Kind kind, std::string_view field, const std::string& value) {
  if (value.empty()) return;
  const schema::FieldSpec* spec = schema::find_field(schema::schema_of(kind).fields, field);
  std::vector<std::string> allowed(spec->allowed.begin(), spec->allowed.end());
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  throw UsageError(value_not_allowed(value, allowed));
}

// A filter the kind cannot answer is refused rather than ignored: an empty list would look
// like an answer.
void check_applies(Kind kind, std::string_view filter, bool given) {
  if (given && !filter_applies(kind, filter)) {
    throw UsageError(tr("list.filter-not-for", fmt::arg("option", fmt::format("--{}", filter)),
                        fmt::arg("kind", tr(fmt::format("word.kind.{}", kind_name(kind))))));
  }
}

ListFilters filters_for(Kind kind, const ListOptions& o, const Store& store) {
  check_applies(kind, "status", !o.status.empty());
  check_applies(kind, "stage", !o.stage.empty());
  check_applies(kind, "year", o.year != 0);
  check_value(kind, kind == Kind::Meeting ? "status" : "nc-status", o.status);
  check_value(kind, "stage", o.stage);
  check_ids(store, o.organisations, Kind::Organisation, "--org");
  check_ids(store, o.entities, Kind::Entity, "--entity");
  ListFilters f{o.organisations, o.entities, o.tags, o.status, o.stage, o.grep, std::nullopt, std::nullopt};
  if (o.year != 0) f.year = o.year;
  if (!o.people.empty()) f.people = person_option(store, o.people);
  return f;
}

void check_sort(Kind kind, const std::string& sort) {
  if (sort.empty()) return;
  std::vector<std::string> fields = list_columns(kind);
  fields.insert(fields.begin(), "id");
  if (std::find(fields.begin(), fields.end(), sort) != fields.end()) return;
  throw UsageError(value_not_allowed(sort, fields));
}

int run_list(const GlobalOptions& global, const ListOptions& o) {
  std::string format = resolve_format(o.output, list_formats());
  Kind kind = *kind_from_word(o.kind);  // one_of has checked it
  check_sort(kind, o.sort);
  RecordsSession session = open_records(global);
  ListFilters filters = filters_for(kind, o, session.loaded.store);
  Store listable = listable_store(session);
  RecordList list = list_records(listable, kind, filters, o.sort);
  int incomplete = warn_if_incomplete(session, o.strict);
  std::size_t left_out = left_out_of(session.loaded.store, listable, kind);
  ListOutput output{list, i18n::language(), table_width(o.width, o.output.file.empty()), left_out};
  emit_output(o.output, list_formats().render(format, output));
  return incomplete;
}

}  // namespace

void add_list_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<ListOptions>();
  CLI::App* cmd = app.add_subcommand("list", tr("help.list"));
  cmd->add_option("kind", o->kind, tr("help.list.kind"))
      ->required()
      ->check(one_of(kKinds))
      ->option_text("organisations|entities|meetings|prospects");
  cmd->add_option("--org", o->organisations, tr("help.list.org"))->option_text("ID");
  cmd->add_option("--entity", o->entities, tr("help.list.entity"))->option_text("ID");
  cmd->add_option("--status", o->status, tr("help.list.status"))->option_text(tr("help.metavar.value"));
  cmd->add_option("--stage", o->stage, tr("help.list.stage"))->option_text(tr("help.metavar.value"));
  cmd->add_option("--tag", o->tags, tr("help.list.tag"))->option_text("TAG");
  cmd->add_option("--year", o->year, tr("help.list.year"))->check(in_range(1, 9999))->option_text("YYYY");
  cmd->add_option("--person", o->people, tr("help.list.person"))->option_text(tr("help.metavar.name"));
  cmd->add_option("--grep", o->grep, tr("help.list.grep"))->option_text(tr("help.metavar.text"));
  cmd->add_option("--sort", o->sort, tr("help.list.sort"))->option_text(tr("help.metavar.field"));
  cmd->add_option("--format", o->output.format, tr("help.format"))
      ->check(one_of(list_formats().names()))
      ->option_text(list_formats().choices());
  cmd->add_option("-o,--output", o->output.file, tr("help.report.output"))->option_text("FILE");
  cmd->add_flag("--force", o->output.force, tr("help.report.force"));
  add_width_option(*cmd, o->width);
  cmd->add_flag("--strict", o->strict, tr("help.strict"));
  cmd->footer(tr("help.list.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_list(global, *o); });
}

}  // namespace multilat::cli
