// Deadline texts in both languages, from the catalogue.
#include "calendar/deadline_texts.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "load/scalar_rules.h"

namespace multilat::deadline_texts {
namespace {

Text make(auto in) { return Text{Str(in(Language::Fr)), Str(in(Language::En))}; }

// " (2 400 000 XPF)", grouped as the language writes amounts; an amount that is not one
// (`check` reports it) as written.
std::string amount_suffix(const Contribution& c, Language language) {
  auto cents = parse_cents(c.money.amount);
  std::string amount = cents ? i18n::cents_text(*cents, c.money.currency, language)
                             : fmt::format("{} {}", c.money.amount, c.money.currency);
  return fmt::format(" ({})", amount);
}

// The sum of `count` dues as the language writes amounts; "127 × 1000 XPF" should it not fit
// in cents (only an absurd amount would overflow).
std::string total_text(const Money& money, int count, Language language) {
  auto cents = parse_cents(money.amount);
  long long total = 0;
  if (!cents || __builtin_mul_overflow(*cents, static_cast<long long>(count), &total)) {
    return fmt::format("{} × {} {}", count, money.amount, money.currency);
  }
  return i18n::cents_text(total, money.currency, language);
}

// Dues that say not what they are for are named by their organisation.
Text what_of(const Organisation& org, const Contribution& c) {
  return c.what.empty() ? Text{org.header.id, org.header.id} : c.what;
}

}  // namespace

Text both(std::string_view key) {
  return Text{i18n::text(Language::Fr, key), i18n::text(Language::En, key)};
}

Text in_both(std::string_view key, Date date) {
  return make([&](Language language) {
    std::string day =
        i18n::tr_in(language, "check.date", fmt::arg("year", static_cast<int>(date.year())),
                    fmt::arg("month", fmt::format("{:02}", static_cast<unsigned>(date.month()))),
                    fmt::arg("day", fmt::format("{:02}", static_cast<unsigned>(date.day()))));
    return i18n::tr_in(language, key, fmt::arg("date", day));
  });
}

Text prefixed(const Text& prefix, const Text& rest, std::string_view suffix) {
  return make([&](Language language) {
    return i18n::tr_in(language, "cal.prefixed", fmt::arg("prefix", prefix.in(language)),
                       fmt::arg("rest", rest.in(language)), fmt::arg("suffix", suffix));
  });
}

Text contribution(const Organisation& org, const Contribution& c) {
  Text prefix = both("cal.what.contribution");
  return make([&](Language language) {
    return i18n::tr_in(language, "cal.prefixed", fmt::arg("prefix", prefix.in(language)),
                       fmt::arg("rest", what_of(org, c).in(language)),
                       fmt::arg("suffix", amount_suffix(c, language)));
  });
}

Text arrears(const Organisation& org, const Contribution& c, int count, Date since) {
  Text prefix = both("cal.what.contribution");
  return make([&](Language language) {
    std::string late =
        i18n::tr_in(language, "cal.arrears",
                    fmt::arg("count", i18n::group_digits(fmt::format("{}", count), language)),
                    fmt::arg("year", static_cast<int>(since.year())),
                    fmt::arg("total", total_text(c.money, count, language)));
    return i18n::tr_in(language, "cal.prefixed", fmt::arg("prefix", prefix.in(language)),
                       fmt::arg("rest", what_of(org, c).in(language)),
                       fmt::arg("suffix", amount_suffix(c, language) + late));
  });
}

}  // namespace multilat::deadline_texts
