// The pre-commit script multilat installs, the line to add by hand where it cannot install it,
// and how it tells its own script from another's.
#pragma once

#include <filesystem>
#include <string>

namespace multilat::hooks {

// Where a hook that was there before is kept, beside the hook: not `pre-commit.legacy`, which
// the pre-commit framework's own script runs, so that its script kept here does not run itself.
inline constexpr const char* kLegacySuffix = ".multilat-legacy";

// A word for the shell, inside single quotes (a quote in it closes, escapes and reopens them).
std::string shell_quoted(const std::string& text);

// The check the hook runs: `'BINARY' --records 'FOLDER' check --staged --changed`, FOLDER being
// the records folder from the top of the working tree, where git runs hooks.
std::string check_command(const std::filesystem::path& binary, const std::string& folder);
// The whole script (/bin/sh): runs the kept hook first, if any, then the check.
std::string hook_script(const std::filesystem::path& binary, const std::string& folder);
// The line for someone else's hook: it stops the commit when the check fails, and lets the rest
// of that script run when it passes.
std::string manual_line(const std::filesystem::path& binary, const std::string& folder);

// Whether `text` is a script multilat installed, this version or an earlier one.
bool is_multilat_hook(const std::string& text);

}  // namespace multilat::hooks
