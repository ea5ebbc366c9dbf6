// Pragmatic checks of e-mail addresses and web links written in records.
#pragma once

#include <string_view>

namespace multilat {

// One @, a non-empty local part, a domain with a dot between non-empty labels,
// and no spaces or control characters anywhere. Not RFC 5322: typos, not theory.
bool is_email(std::string_view text);

// http:// or https:// (any case) followed by a non-empty host; no spaces or control characters.
bool is_url(std::string_view text);

}  // namespace multilat
