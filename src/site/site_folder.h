// The folder a site is written to. It is the site's own: a marker file says so, and only then
// may files the new site no longer has be removed. A folder that holds anything else is refused,
// so that `site -o ~/Documents` never deletes a document.
#pragma once

#include <cstddef>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace multilat::site {

inline constexpr std::string_view kMarkerFile = ".multilat-site";

// The folder holds files and is not a site (no marker): what it holds is not ours to replace.
struct NotASiteFolder : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What the site wrote last time, as its marker file lists it (paths relative to the folder).
using SiteFiles = std::set<std::string>;

// Throws NotASiteFolder as claim_site_folder() does, and changes nothing: a command checks its
// destination before the work of reading the records.
void check_site_folder(const std::filesystem::path& folder, bool force);

// Makes `folder` (and its parents) and marks it as a site. Throws NotASiteFolder, naming the
// folder, when it holds anything and no marker, unless `force`; FileError on a system error.
// Returns the files the marker says the site wrote last time (none in a folder new to it).
SiteFiles claim_site_folder(const std::filesystem::path& folder, bool force);

// How a write went: a page whose bytes did not change is not touched, so that its time stamp
// stays and rsync or a CI cache moves only what changed.
enum class WriteResult { Written, Unchanged };

// `relative` is a path inside the site made by the site itself ("fr/organisations/spc.html").
// An existing file there that `owned` (what the marker lists) does not name is the desk's: it is
// replaced only with `force`, else NotASiteFolder is thrown.
WriteResult write_site_file(const std::filesystem::path& folder, const std::string& relative,
                            std::string_view content, const SiteFiles& owned, bool force);

// Removes the files the site wrote last time (`before`) that it did not write now (`now`), so
// that a deleted record's page does not linger, then lists `now` in the marker. Only the site's
// own files are ever removed: never one the desk put in the folder, even with --force.
std::size_t finish_site_folder(const std::filesystem::path& folder, const SiteFiles& before,
                               const SiteFiles& now);

// Lists `files` in the marker, removing nothing: after a run that failed half way, the pages it
// wrote are still the site's own, to be replaced or removed by the next run.
void remember_site_files(const std::filesystem::path& folder, const SiteFiles& files);

}  // namespace multilat::site
