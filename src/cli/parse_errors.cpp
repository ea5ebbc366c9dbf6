// Localised help labels, validators and parse error messages for the command line.
#include "cli/parse_errors.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string_view>

#include "cli/global_options.h"
#include "i18n/tr.h"
#include "manual/offered_values.h"
#include "util/did_you_mean.h"

namespace multilat::cli {
namespace {

using i18n::tr;

// Global options that take a value, so that the value is not taken for the command's name.
constexpr std::string_view kValueOptions[] = {"--records", "--today", "--lang", "--color", "--as-of"};

bool takes_value(std::string_view arg) {
  for (std::string_view option : kValueOptions) {
    if (arg == option) return true;
  }
  return false;
}

// The command the user ran ("deadlines"), or empty before one was recognised.
std::string parsed_command(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands()) return sub->get_name();
  return "";
}

std::string help_hint(const CLI::App& app) {
  std::string command = parsed_command(app);
  return tr("cli.see-help", fmt::arg("command", command.empty() ? "multilat" : "multilat " + command));
}

// CLI11 writes "NAME: detail"; the option's name is what precedes the first colon.
std::string option_name(std::string_view what) {
  std::size_t colon = what.find(':');
  return std::string(colon == std::string_view::npos ? what : what.substr(0, colon));
}

std::string detail_after_name(std::string_view what) {
  std::size_t colon = what.find(": ");
  return std::string(colon == std::string_view::npos ? what : what.substr(colon + 2));
}

// ExtrasError lists the unexpected arguments after its fixed English prefix.
std::string extra_arguments(std::string_view what) {
  std::size_t colon = what.find(": ");
  return std::string(colon == std::string_view::npos ? what : what.substr(colon + 2));
}

std::string describe(const CLI::ParseError& error) {
  std::string_view what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    return tr("cli.unexpected-arguments", fmt::arg("args", extra_arguments(what)));
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    return fmt::format("{}: {}", option_name(what), detail_after_name(what));
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    return tr("cli.option-needs-value", fmt::arg("option", option_name(what)));
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error)) {
    return tr("cli.option-bad-value", fmt::arg("option", option_name(what)));
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (what.find("subcommand") != std::string_view::npos) return tr("cli.command-required");
    return tr("cli.option-required", fmt::arg("option", option_name(what)));
  }
  return tr("cli.bad-arguments", fmt::arg("detail", what));
}

}  // namespace

void localise_help(CLI::App& app) {
  auto formatter = app.get_formatter();
  for (const char* label : {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "Positionals",
                            "REQUIRED", "Env", "TEXT", "Needs", "Excludes"}) {
    formatter->label(label, tr(fmt::format("help.label.{}", label)));
  }
  app.option_defaults()->group(tr("help.group.options"));
  app.set_help_flag("-h,--help", tr("help.help-flag"));
}

void localise_commands(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // a hidden helper (__man) stays hidden
    sub->group(tr("help.group.commands"));
    // A command's options were made with CLI11's own group name, not the run's language.
    for (CLI::Option* option : sub->get_options()) {
      if (option->get_group() == "Options") option->group(tr("help.group.options"));
    }
  }
}

std::string value_not_allowed(const std::string& value, const std::vector<std::string>& allowed) {
  auto guess = did_you_mean(value, allowed);
  return guess ? tr("cli.value-not-allowed-guess", fmt::arg("value", value), fmt::arg("guess", *guess))
               : tr("cli.value-not-allowed", fmt::arg("value", value),
                    fmt::arg("values", fmt::format("{}", fmt::join(allowed, ", "))));
}

CLI::Validator one_of(const std::vector<std::string>& values) {
  return CLI::Validator(
      [values](std::string& value) -> std::string {
        for (const std::string& allowed : values) {
          if (value == allowed) return "";
        }
        return value_not_allowed(value, values);
      },
      "", offers_name(values));
}

CLI::Validator offers(const std::vector<std::string>& values) {
  return CLI::Validator([](std::string&) { return std::string(); }, "", offers_name(values));
}

CLI::Validator one_of(std::initializer_list<const char*> values) {
  return one_of(std::vector<std::string>(values.begin(), values.end()));
}

void reject_unknown_command(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (takes_value(arg)) {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) continue;
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == arg) return;
      // A hidden helper (no group), such as __man, is run by scripts and never suggested.
      if (!sub->get_group().empty()) names.push_back(sub->get_name());
    }
    auto guess = did_you_mean(arg, names);
    throw UsageError(guess ? tr("cli.unknown-command-guess", fmt::arg("command", arg),
                                fmt::arg("guess", *guess))
                           : tr("cli.unknown-command", fmt::arg("command", arg)));
  }
}

std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error) {
  return fmt::format("{}\n{}", describe(error), help_hint(app));
}

}  // namespace multilat::cli
