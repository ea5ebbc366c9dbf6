// The hook is a /bin/sh script (dash on Debian), so it uses nothing bash adds.
#include "hooks/hook_script.h"

#include <fmt/format.h>

namespace multilat::hooks {
namespace {

// Every version of the script has carried this line; it is how uninstall knows its own.
constexpr const char* kMark = "# Installed by `multilat hooks install`";

}  // namespace

std::string shell_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string check_command(const std::filesystem::path& binary, const std::string& folder) {
  return fmt::format("{} --records {} check --staged --changed", shell_quoted(binary.string()),
                     shell_quoted(folder.empty() ? "." : folder));
}

std::string hook_script(const std::filesystem::path& binary, const std::string& folder) {
  return fmt::format(
      "#!/bin/sh\n"
      "{mark}; `multilat hooks uninstall` takes it out.\n"
      "# Checks the records as they are staged for this commit (the index, not the working tree):\n"
      "# the files changed and those whose diagnostics they alter. An error stops the commit;\n"
      "# `git commit --no-verify` skips the check once.\n"
      "# A hook that was here before is kept beside this one as pre-commit{legacy}. It runs\n"
      "# first, with the same arguments and input, and its failure stops the commit too.\n"
      "legacy=\"$(dirname \"$0\")/pre-commit{legacy}\"\n"
      "if [ -x \"$legacy\" ]; then\n"
      "  \"$legacy\" \"$@\" || exit $?\n"
      "fi\n"
      "exec {command}\n",
      fmt::arg("mark", kMark), fmt::arg("legacy", kLegacySuffix),
      fmt::arg("command", check_command(binary, folder)));
}

std::string manual_line(const std::filesystem::path& binary, const std::string& folder) {
  return check_command(binary, folder) + " || exit 1";
}

bool is_multilat_hook(const std::string& text) { return text.find(kMark) != std::string::npos; }

}  // namespace multilat::hooks
