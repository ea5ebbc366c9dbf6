// The words of deadlines, made in both languages at once: a deadline's text goes to JSON in both.
#pragma once

#include <string_view>

#include "model/date.h"
#include "model/records.h"
#include "model/text.h"

namespace multilat::deadline_texts {

// A catalogue word in both languages.
Text both(std::string_view key);
// A catalogue sentence about one date, each language writing the date its own way.
Text in_both(std::string_view key, Date date);
// "Inscription : 56e CRGA" / "Registration: 56th CRGA", spaced as each language writes it,
// then `suffix`.
Text prefixed(const Text& prefix, const Text& rest, std::string_view suffix = {});

// "Contribution due: Assessed contribution (1000 XPF)".
Text contribution(const Organisation& org, const Contribution& c);
// The same, then "— 127 unpaid since 1900, 127,000 XPF in all".
Text arrears(const Organisation& org, const Contribution& c, int count, Date since);

}  // namespace multilat::deadline_texts
