// The help of `multilat new`: its fields are those of one kind, so `new meeting --help` lists the
// meeting's fields only, and `new --help` lists them kind by kind.
#pragma once

#include <string>

#include "cli/help_formatter.h"
#include "scaffold/new_record.h"

namespace multilat::cli {

// What a flag's field means, in the run's language; a part names the mapping it goes under.
std::string field_about(const scaffold::FlagField& field);

// The group of the field flags, so that the help can tell them from the command's own options.
std::string field_group();

class NewHelpFormatter : public HelpFormatter {
 public:
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;

 private:
  std::string fields(const CLI::App* app) const;
  std::string field_list(const CLI::App* app, const std::string& heading,
                         const std::vector<scaffold::FlagField>& flags) const;
};

}  // namespace multilat::cli
