// Claiming the output folder, writing pages that changed, and removing those that went.
#include "site/site_folder.h"

#include <fmt/format.h>

#include <optional>
#include <system_error>

#include "i18n/tr.h"
#include "util/atomic_file.h"
#include "util/file_error.h"
#include "util/visible_text.h"

namespace multilat::site {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMarkerHeading = "multilat site: the files below are the site's own\n";

// What the site writes: only such files are ever removed from a site folder, and only by a
// relative path that stays inside it, whatever a marker file edited by hand says.
bool is_site_file(std::string_view relative) {
  fs::path path(relative);
  std::string ext = path.extension().string();
  bool inside = !relative.empty() && relative.front() != '/' && relative.find("..") == std::string_view::npos;
  return inside && (ext == ".html" || ext == ".ics" || ext == ".js" || ext == ".css");
}

// Whether any folder or file on the way from `folder` to `relative` is a symbolic link: the
// site writes and removes only inside its folder, never through a link to elsewhere.
bool through_a_link(const fs::path& folder, const std::string& relative) {
  fs::path path = folder;
  std::error_code ec;
  for (const fs::path& part : fs::path(relative)) {
    path /= part;
    if (fs::is_symlink(fs::symlink_status(path, ec))) return true;
  }
  return false;
}

// The signature every page and feed of the site carries near its start.
bool written_by_a_site(std::string_view content) {
  std::string_view start = content.substr(0, 4096);
  return start.find("<meta name=\"generator\" content=\"multilat\">") != std::string_view::npos ||
         start.find("PRODID:-//multilat//") != std::string_view::npos ||
         start.starts_with("window.MULTILAT_INDEX = ") || start.starts_with("/* multilat site: ");
}

SiteFiles files_listed(const std::string& marker) {
  SiteFiles files;
  std::size_t start = marker.find('\n');
  while (start != std::string::npos && start + 1 < marker.size()) {
    std::size_t end = marker.find('\n', start + 1);
    std::string line = marker.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
    if (is_site_file(line)) files.insert(line);
    start = end;
  }
  return files;
}

}  // namespace

void check_site_folder(const fs::path& folder, bool force) {
  std::error_code ec;
  bool exists = fs::exists(folder, ec);
  if (exists && !fs::is_directory(folder, ec)) {
    throw NotASiteFolder(i18n::tr("site.not-a-folder", fmt::arg("path", visible_text(folder.string()))));
  }
  bool marked = exists && fs::is_regular_file(fs::symlink_status(folder / kMarkerFile, ec));
  if (exists && !force && !marked && !fs::is_empty(folder, ec)) {
    throw NotASiteFolder(i18n::tr("site.not-a-site", fmt::arg("path", visible_text(folder.string()))));
  }
}

SiteFiles claim_site_folder(const fs::path& folder, bool force) {
  check_site_folder(folder, force);
  fs::path marker = folder / kMarkerFile;
  std::error_code ec;
  std::optional<std::string> listed = fs::exists(folder, ec) ? read_file_if_exists(marker) : std::nullopt;
  std::error_code created;
  fs::create_directories(folder, created);
  if (created) throw FileError(FileProblem::CannotWrite, folder, created);
  if (!listed) write_file_atomically(marker, kMarkerHeading, true, Durability::Synced);
  return listed ? files_listed(*listed) : SiteFiles{};
}

WriteResult write_site_file(const fs::path& folder, const std::string& relative, std::string_view content,
                            const SiteFiles& owned, bool force) {
  fs::path path = folder / relative;
  if (through_a_link(folder, relative)) {
    throw NotASiteFolder(i18n::tr("site.through-a-link", fmt::arg("path", visible_text(path.string()))));
  }
  FileMatch match = compare_file(path, content);
  // A file the marker does not list is the desk's, even where a page would go and even with the
  // page's very bytes (a layout may drop the signature), unless it says it is a page of the site
  // (a run cut short before it could list what it wrote).
  if (match != FileMatch::Missing && !owned.count(relative) && !force) {
    std::optional<std::string> existing = read_file_if_exists(path);
    if (existing && !written_by_a_site(*existing)) {
      throw NotASiteFolder(i18n::tr("site.not-own-file", fmt::arg("path", visible_text(path.string()))));
    }
  }
  if (match == FileMatch::Same) return WriteResult::Unchanged;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) throw FileError(FileProblem::CannotWrite, path.parent_path(), ec);
  write_file_atomically(path, content, true, Durability::Unsynced);
  return WriteResult::Written;
}

std::size_t finish_site_folder(const fs::path& folder, const SiteFiles& before, const SiteFiles& now) {
  std::size_t removed = 0;
  std::error_code ec;
  for (const std::string& relative : before) {
    if (now.count(relative)) continue;
    fs::path path = folder / relative;
    // Not through a link: the marker is the site's word for a file in the folder, nothing else.
    if (through_a_link(folder, relative) || !fs::is_regular_file(path, ec)) continue;
    removed += fs::remove(path, ec) ? 1 : 0;
  }
  remember_site_files(folder, now);
  return removed;
}

void remember_site_files(const fs::path& folder, const SiteFiles& files) {
  std::string listing(kMarkerHeading);
  for (const std::string& relative : files) listing += relative + "\n";
  if (read_file_if_exists(folder / kMarkerFile) != listing) {
    write_file_atomically(folder / kMarkerFile, listing, true, Durability::Synced);
  }
}

}  // namespace multilat::site
