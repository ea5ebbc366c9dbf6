// CLI11's help laid out by what the eye sees: its own formatter pads names with bytes, so a
// placeholder with an accent (--explain RÈGLE) pushed its description one column to the left.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace multilat::cli {

class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter();  // with the labels (Usage, OPTIONS...) in the run's language
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_subcommand(const CLI::App* sub) const override;

 protected:
  // "  NAME        description": the description starts at the column width, on the next line
  // when the name is too wide; its own lines are indented to that column too.
  std::string help_line(const std::string& name, const std::string& description) const;
};

}  // namespace multilat::cli
