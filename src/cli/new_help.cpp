#include "cli/new_help.h"

#include <fmt/format.h>

#include <optional>

#include "i18n/french_spacing.h"
#include "i18n/tr.h"
#include "model/kind.h"

namespace multilat::cli {
namespace {

using i18n::tr;

// The kind given before --help (new meeting --help): CLI11 has read it when it calls for help.
std::optional<Kind> kind_asked(const CLI::App* app) {
  const CLI::Option* kind = app->get_option_no_throw("kind");
  if (!kind || kind->results().empty()) return std::nullopt;
  return kind_from_word(kind->results().front());
}

std::string kind_heading(Kind kind) {
  return tr("help.new.fields-of", fmt::arg("kind", tr(fmt::format("word.kind.{}", kind_name(kind)))));
}

}  // namespace

std::string field_about(const scaffold::FlagField& field) {
  std::string about = i18n::typeset(field.field->description.in(i18n::language()), i18n::language());
  if (!field.whole) return about;
  return tr("help.new.part", fmt::arg("whole", field.whole->key), fmt::arg("part", about));
}

std::string field_group() { return tr("help.new.group.fields"); }

std::string NewHelpFormatter::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const {
  if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
  std::string own = make_group(tr("help.group.options"), false, app->get_options([](const CLI::Option* o) {
    return o->nonpositional() && o->get_group() == tr("help.group.options");
  }));
  return make_description(app) + make_usage(app, name) + make_positionals(app) + own + fields(app) + "\n" +
         make_footer(app);
}

// One kind's fields when the command line names it, else every kind's, then those of every record.
std::string NewHelpFormatter::fields(const CLI::App* app) const {
  std::string out;
  std::optional<Kind> asked = kind_asked(app);
  for (Kind kind : kAllKinds) {
    if (!asked || kind == *asked) out += field_list(app, kind_heading(kind), scaffold::own_flag_fields(kind));
  }
  return out + field_list(app, tr("help.new.fields-of-all"), scaffold::common_flag_fields());
}

// Each flag described as this kind describes it, not as the first kind that has the key.
std::string NewHelpFormatter::field_list(const CLI::App* app, const std::string& heading,
                                         const std::vector<scaffold::FlagField>& flags) const {
  std::string out = fmt::format("\n{}:\n", heading);
  for (const scaffold::FlagField& field : flags) {
    const CLI::Option* option = app->get_option_no_throw("--" + field.flag);
    if (!option) continue;
    out += help_line(make_option_name(option, false) + make_option_opts(option),
                     tr("help.new.field", fmt::arg("about", field_about(field))));
  }
  return out;
}

}  // namespace multilat::cli
