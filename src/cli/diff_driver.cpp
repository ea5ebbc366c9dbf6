// git's external diff driver: reads the two sides git hands over, and prints the record's change
// in the words of `multilat diff`, or one line saying what git changed when that is not a
// record's content (a mode, a conflict, a copy's origin, a file that is not a record).
#include "cli/diff_driver.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "i18n/error_text.h"
#include "i18n/tr.h"
#include "load/loader.h"
#include "load/record_files.h"
#include "load/worktree_source.h"
#include "model/settings.h"
#include "render/diff_render.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

using i18n::tr;

constexpr const char* kNoFile = "/dev/null";

bool is_hex_or_dot(const std::string& text) {
  return text == "." || (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c)) != 0;
         }));
}

// git writes modes as six octal digits (100644), or "." for a side without the file.
bool is_mode_or_dot(const std::string& text) {
  return text == "." || (text.size() == 6 && std::all_of(text.begin(), text.end(), [](char c) {
                           return c >= '0' && c <= '7';
                         }));
}

bool has_git_shape(const std::vector<std::string>& args) {
  return is_hex_or_dot(args[2]) && is_mode_or_dot(args[3]) && is_hex_or_dot(args[5]) &&
         is_mode_or_dot(args[6]);
}

// "copy from X" on a line of git's header, as opposed to "rename from X".
bool says_copy(const std::string& header) {
  std::istringstream lines(header);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("copy from ", 0) == 0) return true;
  }
  return false;
}

// "similarity index 87%" from git's header, or nothing.
std::string similarity(const std::string& header) {
  std::string prefix = "similarity index ";
  std::size_t at = header.find(prefix);
  if (at == std::string::npos) return "";
  return header.substr(at + prefix.size(), header.find('\n', at) - at - prefix.size());
}

// One side's bytes, nothing for /dev/null, and nothing past `max_bytes`, with `unread` saying so.
std::optional<std::string> read_side(const std::string& file, std::size_t max_bytes, std::string& unread) {
  if (file == kNoFile) return std::nullopt;
  std::error_code ec;
  if (std::filesystem::file_size(file, ec) > max_bytes && !ec) {
    unread = tr("load.file-too-large", fmt::arg("max", max_bytes));
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(tr("diff.cannot-read", fmt::arg("file", visible_text(file))));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// What git's path is, as the scanner judges it under the records folder: git runs the driver
// at the top of the working tree and names the file from there. Nothing is a record without a
// records folder.
FileScan scan_path(const RecordsRoot* root, const std::string& path) {
  namespace fs = std::filesystem;
  if (!root) return {};
  std::error_code ec;
  fs::path relative =
      fs::weakly_canonical(path, ec).lexically_relative(fs::weakly_canonical(root->path, ec));
  return scan_entry(SourceEntry{relative.generic_string(), EntryShape::File, "", "", false}, "");
}

std::optional<RecordsRoot> records_root(const GlobalOptions& global) {
  try {
    return find_records_root(global);
  } catch (const UsageError&) {
    return std::nullopt;
  }
}

// The size limit of the working tree's settings, or the default without a records folder. git
// hands over two files, not the revisions they come from (two commits, the index, a temporary
// copy): the working tree's settings are the ones `check` applies to what is being edited.
std::size_t size_limit(const std::optional<RecordsRoot>& root) {
  return root ? settings_of(WorkingTreeSource(root->path)).max_file_size : Settings{}.max_file_size;
}

// Each side is judged by its own path: a rename may move a file in or out of a kind folder.
void classify(const std::optional<RecordsRoot>& root, const DriverCall& call, FileVersions& f) {
  FileScan old_scan = scan_path(root ? &*root : nullptr, call.path);
  FileScan new_scan = scan_path(root ? &*root : nullptr, call.new_path);
  f.old_settings = old_scan.settings.has_value();
  f.new_settings = new_scan.settings.has_value();
  if (!old_scan.records.empty()) f.old_kind = old_scan.records[0].kind;
  if (!new_scan.records.empty()) f.new_kind = new_scan.records[0].kind;
}

// A copy leaves the old file where it was: the new one is shown as added.
FileVersions versions_of(const GlobalOptions& global, const DriverCall& call) {
  FileVersions f;
  std::optional<RecordsRoot> root = records_root(global);
  classify(root, call, f);
  std::size_t max_bytes = f.old_settings || f.new_settings ? Settings{}.max_file_size : size_limit(root);
  if (!call.copy) f.old_bytes = read_side(call.old_file, max_bytes, f.old_unread);
  f.new_bytes = read_side(call.new_file, max_bytes, f.new_unread);
  if (f.old_bytes || !f.old_unread.empty()) f.old_path = call.path;
  if (f.new_bytes || !f.new_unread.empty()) f.new_path = call.new_path;
  return f;
}

// git's own words for what multilat's do not show: a copy's origin and a mode changed.
void print_git_notes(const DriverCall& call) {
  std::string path = visible_text(call.new_path);
  if (call.copy) {
    std::cout << tr("diff.driver.copy", fmt::arg("path", path),
                    fmt::arg("old", visible_text(call.path)),
                    fmt::arg("similarity", visible_text(similarity(call.header))))
              << '\n';
  }
  bool both_sides = call.old_mode != "." && call.new_mode != ".";
  if (both_sides && call.old_mode != call.new_mode) {
    std::cout << tr("diff.driver.mode", fmt::arg("path", path), fmt::arg("old", call.old_mode),
                    fmt::arg("new", call.new_mode))
              << '\n';
  }
}

// Whether to say that multilat has nothing to show although git saw the file change: not when
// only the mode changed, which print_git_notes said. (git gives a working-tree file no hex, so
// the bytes are compared.)
bool says_nothing(const DriverCall& call, const FileVersions& f,
                  const std::vector<RecordChange>& changes) {
  bool mode_only = call.old_mode != call.new_mode && f.old_bytes == f.new_bytes;
  return changes.empty() && !mode_only;
}

void print_change(const GlobalOptions& global, const DriverCall& call) {
  FileVersions f = versions_of(global, call);
  print_git_notes(call);
  // The same bytes at the same path (only the mode changed): nothing in the record did.
  if (f.old_bytes && f.old_bytes == f.new_bytes && f.old_path == f.new_path) return;
  auto changes = describe_changes({f}, i18n::language());
  // Within `git diff` the ends are the two sides git shows.
  render_diff_text(std::cout, changes, DiffEnds{tr("diff.end.old"), tr("diff.end.new")}, false);
  if (says_nothing(call, f, changes)) {
    std::cout << tr("diff.driver.nothing", fmt::arg("path", visible_text(call.new_path))) << '\n';
  }
}

}  // namespace

std::optional<DriverCall> driver_call(const std::vector<std::string>& args, bool called_by_git) {
  if (args.size() == 1 && called_by_git)
    return DriverCall{args[0], args[0], "", "", "", "", "", "", "", true, false};
  if ((args.size() != 7 && args.size() != 9) || !has_git_shape(args)) return std::nullopt;
  DriverCall call{args[0], args[0], args[1], args[2], args[3], args[4],
                  args[5], args[6], "",      false,   false};
  if (args.size() == 9) {
    call.new_path = args[7];
    call.header = args[8];
    call.copy = says_copy(call.header);
  }
  return call;
}

int run_driver(const GlobalOptions& global, const DriverCall& call) {
  try {
    if (call.unmerged) {
      std::cout << tr("diff.driver.unmerged", fmt::arg("path", visible_text(call.path))) << '\n';
    } else {
      print_change(global, call);
    }
  } catch (const std::exception& e) {
    std::cout << tr("diff.driver.failed", fmt::arg("path", visible_text(call.new_path)),
                    fmt::arg("reason", error_text(e)))
              << '\n';
  }
  std::cout.flush();
  return 0;  // git treats a driver's non-zero exit as a failure and stops the whole diff
}

}  // namespace multilat::cli
