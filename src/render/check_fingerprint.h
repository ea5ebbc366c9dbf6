// GitLab's fingerprints for check's diagnostics: the same while the problem is, whatever moves
// around it.
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "render/check_report.h"

namespace multilat {

// One fingerprint per diagnostic, in order: made of the rule, the file's path from the
// repository's top and the field the problem is in (read from the file's YAML through `lines`,
// at the diagnostic's line and column), numbered when one field has the same problem twice.
// Never the line or the message: a comment added above, a day count or the language would
// otherwise make GitLab see a fixed problem and a new one.
std::vector<std::string> check_fingerprints(const std::vector<Diagnostic>& diagnostics,
                                            const LineSource& lines, const PathMap& to_repository);

}  // namespace multilat
