// Finds what looks like a password or a token in a record or the settings. The records live in
// git and check's output in CI logs: a secret there is already leaked, and must not be printed
// again, so its diagnostic names the line but quotes nothing.
#pragma once

#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/yaml_tree.h"

namespace multilat {

// Keys such as `password`, `smtp-password`, `token`, `api-key`, `mot-de-passe`, and text such
// as "password: hunter2" or "mdp = ...". Each finding is an error (rule secret-in-records) at
// line 0 with the line in its message; every other diagnostic of that line is removed, since
// its excerpt would quote the secret.
void report_secrets(const yaml::Node& root, std::string_view path,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace multilat
