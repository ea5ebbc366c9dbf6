// Claiming the output folder, writing pages that changed, and removing those that went.
#include "site/site_folder.h"

#include <fmt/format.h>

#include <system_error>
#include <vector>

#include "i18n/tr.h"
#include "util/atomic_file.h"
#include "util/visible_text.h"

namespace multilat::site {
namespace {

namespace fs = std::filesystem;

// What the site writes: only such files are ever removed from a site folder.
bool is_site_file(const fs::path& path) {
  std::string ext = path.extension().string();
  return ext == ".html" || ext == ".ics" || ext == ".js" || ext == ".css";
}

}  // namespace

void claim_site_folder(const fs::path& folder, bool force) {
  std::error_code ec;
  fs::path marker = folder / kMarkerFile;
  bool exists = fs::exists(folder, ec);
  if (exists && !fs::is_directory(folder, ec)) {
    throw NotASiteFolder(i18n::tr("site.not-a-folder", fmt::arg("path", visible_text(folder.string()))));
  }
  if (exists && !force && !fs::exists(marker, ec) && !fs::is_empty(folder, ec)) {
    throw NotASiteFolder(i18n::tr("site.not-a-site", fmt::arg("path", visible_text(folder.string()))));
  }
  fs::create_directories(folder);
  if (!fs::exists(marker, ec)) {
    write_file_atomically(marker, "multilat site\n", true, Durability::Unsynced);
  }
}

WriteResult write_site_file(const fs::path& folder, const std::string& relative, std::string_view content) {
  fs::path path = folder / relative;
  if (auto existing = read_file_if_exists(path); existing && *existing == content) {
    return WriteResult::Unchanged;
  }
  fs::create_directories(path.parent_path());
  write_file_atomically(path, content, true, Durability::Unsynced);
  return WriteResult::Written;
}

std::size_t remove_stale_files(const fs::path& folder, const std::set<std::string>& kept) {
  std::vector<fs::path> stale;
  std::error_code ec;
  // Links are not followed: a link in the site folder to elsewhere is never walked into.
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    if (entry.is_symlink(ec) || !entry.is_regular_file(ec) || !is_site_file(entry.path())) continue;
    if (!kept.count(entry.path().lexically_relative(folder).generic_string())) stale.push_back(entry.path());
  }
  std::size_t removed = 0;
  for (const fs::path& path : stale) removed += fs::remove(path, ec) ? 1 : 0;
  return removed;
}

}  // namespace multilat::site
