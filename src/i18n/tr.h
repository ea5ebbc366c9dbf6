// Looking up and formatting the words of the catalogue in the language of the run.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "model/text.h"

namespace multilat::i18n {

// The language of everything a person reads, set once by the command line before any work
// starts (the process-wide choice gettext also makes). French until then, as the desk works in
// French.
void set_language(Language language);
Language language();

// The catalogue text of `key` in `language`; the key itself when the catalogue lacks it, so that
// a missing word shows rather than vanishes (a unit test makes sure none is missing).
std::string_view text(Language language, std::string_view key);

// Formats `key` with named arguments: tr("word.did-you-mean", fmt::arg("guess", id)).
template <class... Args>
std::string tr_in(Language language, std::string_view key, const Args&... args) {
  std::string_view format = text(language, key);
  if constexpr (sizeof...(Args) == 0) {
    return std::string(format);
  } else {
    return fmt::vformat(format, fmt::make_format_args(args...));
  }
}

template <class... Args>
std::string tr(std::string_view key, const Args&... args) {
  return tr_in(language(), key, args...);
}

// Plural forms: `key` + ".one" or ".other", with the count passed as {n}. French takes the
// singular for 0 and 1, English only for 1.
std::string_view plural_suffix(Language language, std::size_t n);

template <class... Args>
std::string trn_in(Language language, std::string_view key, std::size_t n, const Args&... args) {
  std::string full = fmt::format("{}{}", key, plural_suffix(language, n));
  return tr_in(language, full, fmt::arg("n", n), args...);
}

template <class... Args>
std::string trn(std::string_view key, std::size_t n, const Args&... args) {
  return trn_in(language(), key, n, args...);
}

// A whole number grouped by thousands as the language writes it: "12 500 000" (with narrow
// no-break spaces) in French, "12,500,000" in English. Decimals, if any, follow with "," or ".".
std::string group_digits(std::string_view number, Language language);

// "12 500 000 XPF" / "12,500,000 XPF".
std::string amount_text(std::string_view amount, std::string_view currency, Language language);

// The same from whole cents: "1 250,50 EUR", decimals only when there are cents (a franc
// Pacifique has none, so XPF amounts are whole).
std::string cents_text(long long cents, std::string_view currency, Language language);

}  // namespace multilat::i18n
