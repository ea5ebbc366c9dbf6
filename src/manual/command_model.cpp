// Walks the CLI11 app into a CommandSpec: names, flags or values, descriptions, values offered.
#include "manual/command_model.h"

#include <algorithm>
#include <regex>

#include "manual/offered_values.h"
#include "model/kind.h"

namespace multilat {
namespace {

// Arguments that take record ids or a fixed set the app does not declare. A command of ""
// means every command. `list` and `new` may not be in this build; their rows then match
// nothing.
struct ArgumentSource {
  std::string_view command;
  std::string_view argument;  // long option name, or positional place from 1
  std::string_view ids;       // what `multilat __complete-ids` is asked for
  bool kind_folders = false;  // offers "organisations entities meetings prospects"
  bool kind_names = false;    // offers "organisation entity meeting prospect"
  std::size_t places = 1;     // a positional that takes several values: how many are completed
};

constexpr ArgumentSource kSources[] = {
    {"", "--org", "organisation"},
    {"", "--entity", "entity"},
    {"", "--lead", "entity"},
    {"", "--meeting", "meeting"},
    {"", "--prospect", "prospect"},
    {"show", "1", "all"},
    {"report", "2", "report"},  // `report org ID`, `report meeting ID`
    {"list", "1", "", true, false},
    {"new", "1", "", false, true},
    {"schema", "1", "", false, true},
    {"diff", "1", "revision", false, false, 2},  // REV1 REV2, or REV1..REV2
    {"changes", "--since", "revision"},
    {"", "--as-of", "revision"},
};

const ArgumentSource* source_of(std::string_view command, std::string_view argument) {
  for (const ArgumentSource& s : kSources) {
    if ((s.command.empty() || s.command == command) && s.argument == argument) return &s;
  }
  return nullptr;
}

// "text|json" offers its words; "ID|YEAR" or "[REV]" are placeholders, not values.
std::vector<std::string> values_in_text(const std::string& text) {
  static const std::regex words(R"([a-z0-9-]+(\|[a-z0-9-]+)+)");
  std::vector<std::string> values;
  if (!std::regex_match(text, words)) return values;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t bar = std::min(text.find('|', start), text.size());
    values.push_back(text.substr(start, bar - start));
    start = bar + 1;
  }
  return values;
}

// The table's kinds, after the option's own values, each word once (list and new accept the
// kinds already through one_of).
void add_table_values(OptionSpec& spec, const ArgumentSource& source) {
  spec.id_source = std::string(source.ids);
  spec.places = source.places;
  auto add = [&](std::string_view word) {
    if (std::find(spec.values.begin(), spec.values.end(), word) == spec.values.end()) spec.values.emplace_back(word);
  };
  for (Kind kind : kAllKinds) {
    if (source.kind_folders) add(kind_folder(kind));
    if (source.kind_names) add(kind_name(kind));
  }
}

OptionSpec describe_option(CLI::Option& option, const std::string& command, int place) {
  OptionSpec spec;
  spec.positional = option.get_positional();
  if (spec.positional) {
    spec.names = {option.get_name()};
  } else {
    for (const std::string& s : option.get_snames()) spec.names.push_back("-" + s);
    for (const std::string& l : option.get_lnames()) spec.names.push_back("--" + l);
  }
  // A value that may be left out (--changed [REV]) is completed as a flag.
  spec.takes_value = option.get_items_expected_min() > 0;
  spec.value_text = option.get_option_text();
  spec.description = option.get_description();
  spec.envname = option.get_envname();
  spec.values = offered_values(option);
  if (spec.values.empty()) spec.values = values_in_text(spec.value_text);
  std::string argument = spec.positional ? std::to_string(place) : long_name(spec);
  if (const ArgumentSource* source = source_of(command, argument)) add_table_values(spec, *source);
  return spec;
}

CommandSpec describe(CLI::App& app, const std::string& name) {
  CommandSpec spec;
  spec.name = name;
  spec.description = app.get_description();
  spec.footer = app.get_footer();
  spec.requires_command = app.get_require_subcommand_min() > 0;
  int place = 0;
  for (CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;
    if (option->get_positional()) {
      spec.positionals.push_back(describe_option(*option, name, ++place));
    } else {
      spec.options.push_back(describe_option(*option, name, 0));
    }
  }
  for (CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;
    spec.commands.push_back(describe(*sub, sub->get_name()));
  }
  return spec;
}

}  // namespace

CommandSpec describe_commands(CLI::App& app) { return describe(app, app.get_name()); }

}  // namespace multilat
