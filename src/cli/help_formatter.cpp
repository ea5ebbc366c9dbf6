#include "cli/help_formatter.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "util/utf8.h"

namespace multilat::cli {

HelpFormatter::HelpFormatter() {
  for (const char* name : {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "Positionals", "REQUIRED", "Env",
                           "TEXT", "Needs", "Excludes"}) {
    label(name, i18n::tr(fmt::format("help.label.{}", name)));
  }
}

std::string HelpFormatter::help_line(const std::string& name, const std::string& description) const {
  std::string line = "  " + name;
  if (description.empty()) return line + "\n";
  std::string indent(column_width_, ' ');
  line = display_width(line) >= column_width_ ? line + "\n" + indent : pad_to_width(line, column_width_);
  for (char c : description) {
    line += c;
    if (c == '\n') line += indent;
  }
  return line + "\n";
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  return help_line(make_option_name(option, is_positional) + make_option_opts(option), make_option_desc(option));
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
  return help_line(sub->get_display_name(true), sub->get_description());
}

}  // namespace multilat::cli
