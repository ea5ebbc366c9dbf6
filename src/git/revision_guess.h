// "Did you mean" for a revision git does not know: the name it most likely meant, with what
// followed the name kept ("HAED~3" → "HEAD~3").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace multilat::git {

// The closest of `names` (branches, tags, HEAD...) to the name that starts `rev`, up to its
// first `~`, `^`, `@` or `:`, followed by the rest of `rev`. A name the given one starts comes
// first ("v1" → "v1.0"), then the closest spelling. Nothing when no name is close, or when the
// guess would be `rev` itself (the name exists: what follows it is what git refused).
std::optional<std::string> revision_guess(std::string_view rev, const std::vector<std::string>& names);

}  // namespace multilat::git
