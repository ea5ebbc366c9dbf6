// Escaping text for roff (man pages), so that no text from the tool's words can be read by
// groff as a request, an escape or a hyphen.
#pragma once

#include <string>
#include <string_view>

namespace multilat {

// Text as roff prints it: backslashes as \e, every '-' as \- (a minus: options stay
// copy-pastable), '"' as \(dq, characters beyond ASCII as \[uXXXX] (no preconv needed), and \&
// before a '.' or '\'' that starts a line, which roff would otherwise take for a request.
std::string roff_escaped(std::string_view text);

}  // namespace multilat
