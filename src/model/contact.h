// Pragmatic checks of e-mail addresses and web links written in records.
#pragma once

#include <string_view>

namespace multilat {

// One @, a non-empty local part, a domain with a dot between non-empty labels, and no spaces,
// control characters or RFC 5322 specials ( ) < > [ ] : ; \ , " anywhere: one plain address,
// never a display name or a list. Not all of RFC 5322: typos and tricks, not theory. `check`
// and `mail` both decide with this one function.
bool is_email(std::string_view text);

// http:// or https:// (any case) followed by a non-empty host; no spaces or control characters.
bool is_url(std::string_view text);

}  // namespace multilat
