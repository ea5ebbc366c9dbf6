// Localised help labels, validators and parse error messages for the command line.
#include "cli/parse_errors.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string_view>

#include "cli/global_options.h"
#include "cli/help_formatter.h"
#include "cli/help_placeholders.h"
#include "i18n/tr.h"
#include "manual/offered_values.h"
#include "util/did_you_mean.h"
#include "util/visible_text.h"

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

// The command the user ran, or the app itself before one was recognised.
const CLI::App& parsed_app(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands()) return *sub;
  return app;
}

// The command the user ran ("deadlines"), or empty before one was recognised.
std::string parsed_command(const CLI::App& app) {
  const CLI::App& command = parsed_app(app);
  return &command == &app ? "" : command.get_name();
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

// The unexpected arguments in the order they were given (CLI11's message lists them backwards).
std::vector<std::string> unexpected_arguments(const CLI::App& app) {
  std::vector<std::string> extras = app.remaining(true);
  std::erase(extras, "--");
  return extras;
}

// The first unexpected option without its value ("--horizon" of "--horizon=10d"), or "".
std::string first_option(const std::vector<std::string>& extras) {
  for (const std::string& arg : extras) {
    if (arg.starts_with("--")) return arg.substr(0, arg.find('='));
  }
  return "";
}

std::vector<std::string> long_options(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  }
  return names;
}

// "unexpected argument: --frmat", with the option that was meant when one is close, and the
// option that gives what a settings key of the same name gives (horizon: --within).
std::string unexpected(const CLI::App& app) {
  std::vector<std::string> extras = unexpected_arguments(app);
  std::string message = i18n::trn("cli.unexpected-arguments", extras.size(),
                                  fmt::arg("args", fmt::format("{}", fmt::join(extras, " "))));
  std::string option = first_option(extras);
  if (option.empty()) return message;
  if (option == "--horizon") return tr("cli.horizon-is-within", fmt::arg("message", message));
  auto guess = did_you_mean(option, long_options(parsed_app(app)));
  return guess ? tr("cli.unexpected-option-guess", fmt::arg("message", message), fmt::arg("guess", *guess))
               : message;
}

// "multilat new organisation|entity|meeting|prospect ID": the command with its arguments.
std::string usage(const CLI::App& command) {
  std::string usage = fmt::format("multilat {}", command.get_name());
  for (const CLI::Option* option : command.get_options()) {
    if (!option->get_positional() || option->get_group().empty()) continue;
    std::string shown = option->get_option_text();
    usage += " " + (shown.empty() ? option->get_name() : shown);
  }
  return usage;
}

// "kind is required": an option keeps its name; an argument says what it is and how to give it.
std::string required(const CLI::App& app, std::string_view what) {
  std::string name(what.substr(0, what.find(' ')));
  if (name.starts_with("-")) return tr("cli.option-required", fmt::arg("option", name));
  return tr("cli.argument-required", fmt::arg("what", tr(fmt::format("cli.argument.{}", name))),
            fmt::arg("usage", usage(parsed_app(app))));
}

// CLI11 says "Could not convert: --width = abc" of a value that is not a number; the options that
// convert their value all take a whole number.
std::string not_converted(std::string_view what) {
  constexpr std::string_view kPrefix = "Could not convert: ";
  std::size_t equals = what.find(" = ");
  if (!what.starts_with(kPrefix) || equals == std::string_view::npos) {
    return tr("cli.option-bad-value", fmt::arg("option", option_name(what)));
  }
  return tr("cli.option-not-a-number",
            fmt::arg("option", what.substr(kPrefix.size(), equals - kPrefix.size())),
            fmt::arg("value", visible_text(what.substr(equals + 3))));
}

std::string describe(const CLI::App& app, const CLI::ParseError& error) {
  std::string_view what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) return unexpected(app);
  if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    return tr("cli.option-detail", fmt::arg("option", option_name(what)), fmt::arg("detail", detail_after_name(what)));
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    return tr("cli.option-needs-value", fmt::arg("option", option_name(what)));
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error)) return not_converted(what);
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (what.find("subcommand") != std::string_view::npos) return tr("cli.command-required");
    return required(app, what);
  }
  return tr("cli.bad-arguments", fmt::arg("detail", what));
}

// A command's help flag was made with CLI11's own group name, not the run's language, and its
// placeholders are written in English.
void localise_options(CLI::App& command) {
  for (CLI::Option* option : command.get_options()) {
    if (option->get_group() == "Options") option->group(tr("help.group.options"));
    option->option_text(localised_placeholders(option->get_option_text()));
  }
}

}  // namespace

void localise_help(CLI::App& app) {
  app.formatter(std::make_shared<HelpFormatter>());
  app.option_defaults()->group(tr("help.group.options"));
  app.set_help_flag("-h,--help", tr("help.help-flag"));
}

void localise_commands(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // a hidden helper (__man) stays hidden
    sub->group(tr("help.group.commands"));
    localise_options(*sub);
    localise_commands(*sub);  // hooks install: commands have commands of their own
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

CLI::Validator in_range(long min, long max) {
  return CLI::Validator(
      [min, max](std::string& value) -> std::string {
        long number = 0;
        if (CLI::detail::lexical_cast(value, number) && number >= min && number <= max) return "";
        return tr("cli.out-of-range", fmt::arg("value", visible_text(value)), fmt::arg("min", min),
                  fmt::arg("max", max));
      },
      "");
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
  return fmt::format("{}\n{}", describe(app, error), help_hint(app));
}

}  // namespace multilat::cli
