// The pre-commit file of a hooks folder: what is there, and multilat's script put in or taken
// out without losing a hook that someone else wrote.
#pragma once

#include <filesystem>
#include <string>

namespace multilat::hooks {

enum class HookState { Absent, Multilat, Foreign, NotRegular };

struct HookFile {
  std::filesystem::path path;  // FOLDER/pre-commit
  std::filesystem::path
      legacy;  // where a hook found there is kept (FOLDER/pre-commit.multilat-legacy)
  HookState state = HookState::Absent;
  std::string text;           // the script there, when it is a regular file
  bool executable = false;    // git skips a hook it cannot run
  bool legacy_taken = false;  // something is at `legacy` already
};

HookFile inspect_hook(const std::filesystem::path& folder);

enum class HookWritten { Installed, Unchanged, Updated, KeptExisting };
// Puts `script` in place. A foreign hook is moved to `legacy` first, which must be free; a
// hook that is not a regular file must have been refused before. Throws std::runtime_error.
HookWritten write_hook(const HookFile& hook, const std::string& script);

enum class HookRemoved { Removed, Restored, NotMultilat, Absent };
// Takes multilat's script out, and puts the kept hook back in its place if there is one.
HookRemoved remove_hook(const HookFile& hook);

}  // namespace multilat::hooks
