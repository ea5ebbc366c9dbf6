// Trusting a working-tree file's stat data as git does, so that an unchanged file is not read.
#include "git/index_stat.h"

#include <sys/stat.h>

#include <algorithm>
#include <string_view>

namespace multilat::git {

std::function<std::optional<std::string>(const RecordFile&)> index_vouches(
    const std::vector<Entry>& entries, std::optional<std::int64_t> index_written,
    const std::string& display_root) {
  // The index keeps its entries sorted by path, byte by byte, as string_view compares them.
  auto* sorted = &entries;
  return [sorted, index_written, shown = DisplayRoot(display_root)](const RecordFile& file) -> std::optional<std::string> {
    if (!index_written) return std::nullopt;
    std::string_view path = shown.relative(file.display.view());
    auto it = std::lower_bound(sorted->begin(), sorted->end(), path,
                               [](const Entry& e, std::string_view p) { return std::string_view(e.path) < p; });
    if (it == sorted->end() || it->path != path || it->type != EntryType::File || it->conflicted) {
      return std::nullopt;
    }
    struct stat info {};
    if (::lstat(file.path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    const Entry::Stat& s = it->stat;
    bool same = s.size == static_cast<std::uint32_t>(info.st_size) &&
                s.inode == static_cast<std::uint32_t>(info.st_ino) &&
                s.mtime_seconds == info.st_mtim.tv_sec &&
                s.mtime_nanoseconds == static_cast<std::uint32_t>(info.st_mtim.tv_nsec) &&
                s.ctime_seconds == info.st_ctim.tv_sec &&
                s.ctime_nanoseconds == static_cast<std::uint32_t>(info.st_ctim.tv_nsec) &&
                s.mtime_seconds < *index_written;
    if (!same) return std::nullopt;
    return hex_of(it->id);
  };
}

}  // namespace multilat::git
