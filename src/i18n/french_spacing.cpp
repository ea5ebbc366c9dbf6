// French typography for the catalogue's messages.
#include "i18n/french_spacing.h"

#include <array>

namespace multilat::i18n {
namespace {

struct Spacing {
  std::string_view plain;
  std::string_view french;
};

constexpr std::array<Spacing, 6> kSpacings = {{
    {" :", "\u00a0:"},
    {" ;", "\u202f;"},
    {" ?", "\u202f?"},
    {" !", "\u202f!"},
    {"« ", "«\u00a0"},
    {" »", "\u00a0»"},
}};

const Spacing* spacing_at(std::string_view text, std::size_t at) {
  for (const Spacing& s : kSpacings) {
    if (text.substr(at, s.plain.size()) == s.plain) return &s;
  }
  return nullptr;
}

}  // namespace

std::string typeset(std::string_view text, Language language) {
  return language == Language::Fr ? french_spacing(text) : std::string(text);
}

std::string french_spacing(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const Spacing* s = spacing_at(text, i);
    if (!s) {
      out += text[i++];
      continue;
    }
    out += s->french;
    i += s->plain.size();
  }
  return out;
}

}  // namespace multilat::i18n
