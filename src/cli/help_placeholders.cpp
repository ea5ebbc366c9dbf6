#include "cli/help_placeholders.h"

#include "i18n/tr.h"

namespace multilat::cli {
namespace {

struct Placeholder {
  std::string_view word;  // as the commands write it
  const char* key;        // its name in the catalogue
};

constexpr Placeholder kPlaceholders[] = {
    {"FILE", "help.metavar.file"},         {"DIR", "help.metavar.dir"},
    {"DATE", "help.metavar.date"},         {"REV", "help.metavar.rev"},
    {"NAME", "help.metavar.name"},         {"TEXT", "help.metavar.text"},
    {"KIND", "help.metavar.kind"},         {"YYYY", "help.metavar.yyyy"},
    {"YEAR", "help.metavar.year"},         {"TAG", "help.metavar.tag"},
    {"STATE", "help.metavar.state"},       {"DURATION", "help.metavar.duration"},
    {"THEME", "help.metavar.theme"},       {"ENTITY", "help.metavar.entity"},
    {"ADDRESS", "help.metavar.address"},   {"SECONDS", "help.metavar.seconds"},
    {"USER", "help.metavar.user"},         {"COMMAND", "help.metavar.command"},
};

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

std::string localised_word(std::string_view word) {
  for (const Placeholder& placeholder : kPlaceholders) {
    if (placeholder.word == word) return i18n::tr(placeholder.key);
  }
  return std::string(word);
}

}  // namespace

std::string localised_placeholders(std::string_view option_text) {
  std::string out;
  for (std::size_t i = 0; i < option_text.size();) {
    std::size_t end = i;
    while (end < option_text.size() && is_capital(option_text[end])) ++end;
    if (end == i) {
      out += option_text[i++];
      continue;
    }
    out += localised_word(option_text.substr(i, end - i));
    i = end;
  }
  return out;
}

}  // namespace multilat::cli
