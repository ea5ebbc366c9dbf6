// Moves and writes go through util/atomic_file: a hook is either the old one or the new one,
// and the hook kept aside is never overwritten.
#include "hooks/hook_file.h"

#include "hooks/hook_script.h"
#include "util/atomic_file.h"
#include "util/create_folders.h"

namespace multilat::hooks {
namespace {

namespace fs = std::filesystem;

bool is_executable(const fs::path& path) {
  std::error_code ec;
  return (fs::status(path, ec).permissions() & fs::perms::owner_exec) != fs::perms::none;
}

void make_executable(const fs::path& path) {
  fs::permissions(path, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add);
}

// The new script where nothing is, as a file that runs.
void write_new(const fs::path& path, const std::string& script) {
  create_folders(path.parent_path());
  write_file_atomically(path, script, false);
  make_executable(path);
}

// The foreign hook goes aside first, and comes back if the new script cannot be written.
void keep_and_write(const HookFile& hook, const std::string& script) {
  move_file(hook.path, hook.legacy, false);
  try {
    write_new(hook.path, script);
  } catch (...) {
    move_file(hook.legacy, hook.path, false);
    throw;
  }
}

}  // namespace

HookFile inspect_hook(const fs::path& folder) {
  HookFile hook;
  hook.path = folder / "pre-commit";
  hook.legacy = folder / ("pre-commit" + std::string(kLegacySuffix));
  std::error_code ec;
  fs::file_status status = fs::symlink_status(hook.path, ec);
  hook.legacy_taken = fs::exists(fs::symlink_status(hook.legacy, ec));
  if (!fs::exists(status)) return hook;
  if (!fs::is_regular_file(status)) {
    hook.state = HookState::NotRegular;
    return hook;
  }
  hook.text = read_file_if_exists(hook.path).value_or("");
  hook.executable = is_executable(hook.path);
  hook.state = is_multilat_hook(hook.text) ? HookState::Multilat : HookState::Foreign;
  return hook;
}

HookWritten write_hook(const HookFile& hook, const std::string& script) {
  if (hook.state == HookState::Foreign) {
    keep_and_write(hook, script);
    return HookWritten::KeptExisting;
  }
  if (hook.state == HookState::Absent) {
    write_new(hook.path, script);
    return HookWritten::Installed;
  }
  if (hook.text == script && hook.executable) return HookWritten::Unchanged;
  write_file_atomically(hook.path, script, true);
  make_executable(hook.path);
  return HookWritten::Updated;
}

HookRemoved remove_hook(const HookFile& hook) {
  if (hook.state == HookState::Absent) return HookRemoved::Absent;
  if (hook.state != HookState::Multilat) return HookRemoved::NotMultilat;
  if (hook.legacy_taken) {
    move_file(hook.legacy, hook.path, true);
    return HookRemoved::Restored;
  }
  fs::remove(hook.path);
  return HookRemoved::Removed;
}

}  // namespace multilat::hooks
