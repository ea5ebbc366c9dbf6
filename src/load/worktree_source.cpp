// Walks the working tree without following folder links, so that a link loop cannot trap it,
// and judges every link by the tree's policy before anything is opened.
#include "load/worktree_source.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

#include "i18n/error_text.h"
#include "i18n/tr.h"

namespace multilat {
namespace fs = std::filesystem;
namespace {

// The entry's own type (a link is not followed), from the directory listing when it gives one:
// no system call per file.
fs::file_status own_status(const fs::directory_entry& entry, std::error_code& ec) {
  if (entry.is_symlink(ec)) return fs::symlink_status(entry.path(), ec);
  if (entry.is_regular_file(ec)) return fs::file_status(fs::file_type::regular);
  if (entry.is_directory(ec)) return fs::file_status(fs::file_type::directory);
  return fs::symlink_status(entry.path(), ec);
}

std::string joined(const std::string& folder, const fs::path& name) {
  return folder.empty() ? name.string() : folder + "/" + name.string();
}

}  // namespace

WorkingTreeSource::WorkingTreeSource(const fs::path& root) : root_(root), policy_(root) {}

SourceEntry WorkingTreeSource::entry_at(const fs::path& full, std::string relative,
                                        fs::file_status own) const {
  SourceEntry e{std::move(relative), EntryShape::File, full.native(), "", fs::is_symlink(own)};
  if (fs::is_directory(own)) {
    e.shape = EntryShape::Folder;
    return e;
  }
  // A plain file needs no resolving: the walk never follows a folder link, so every folder on
  // its way is a real one inside the root.
  if (fs::is_regular_file(own)) return e;
  switch (policy_.check(full).verdict) {
    case PathVerdict::File: break;
    case PathVerdict::Folder: e.shape = e.link ? EntryShape::LinkToFolder : EntryShape::Folder; break;
    case PathVerdict::LinkOutside: e.shape = EntryShape::LinkOutside; break;
    case PathVerdict::Special: e.shape = EntryShape::Special; break;
    case PathVerdict::Unresolved: {
      std::error_code ec;
      (void)fs::status(full, ec);  // only for the reason: the target does not resolve
      e.shape = EntryShape::Unresolved;
      e.reason = system_reason(ec);
      break;
    }
  }
  return e;
}

// Folder by folder, with a stack rather than recursion (a tree may nest deeply), so that one
// folder that cannot be listed is reported and its siblings are still walked.
void WorkingTreeSource::list(const std::function<void(SourceEntry&&)>& visit) const {
  std::vector<std::string> folders{""};
  while (!folders.empty()) {
    std::string folder = std::move(folders.back());
    folders.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder.empty() ? root_ : root_ / folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      fs::path name = it->path().filename();
      if (name.native().front() == '.') continue;  // hidden: .git, .gitkeep, an editor's files
      std::error_code entry_ec;  // one entry that cannot be examined is reported by the policy
      fs::file_status own = own_status(*it, entry_ec);
      SourceEntry e = entry_at(it->path(), joined(folder, name), own);
      if (e.shape == EntryShape::Folder && !e.link) folders.push_back(e.path);
      visit(std::move(e));
    }
    if (ec) visit(SourceEntry{folder, EntryShape::Unlistable, "", system_reason(ec), false});
  }
}

std::optional<SourceEntry> WorkingTreeSource::find(std::string_view path) const {
  fs::path full = root_ / fs::path(path);
  std::error_code ec;
  fs::file_status own = fs::symlink_status(full, ec);
  if (ec || !fs::exists(own)) return std::nullopt;
  return entry_at(full, std::string(path), own);
}

std::optional<std::string> WorkingTreeSource::read(const RecordFile& file, std::size_t max_bytes,
                                                   std::vector<Diagnostic>& out) const {
  return read_bounded(file, max_bytes, out);
}

std::optional<std::string> read_bounded(const RecordFile& file, std::size_t max_bytes,
                                        std::vector<Diagnostic>& out) {
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "file-unreadable",
                   i18n::tr("load.cannot-open"), i18n::tr("load.cannot-open.hint")});
    return std::nullopt;
  }
  // Sized from the file, plus one byte to notice a file that grew past the limit.
  in.seekg(0, std::ios::end);
  auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
  in.seekg(0, std::ios::beg);
  std::string bytes(std::min(size, max_bytes) + 1, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad()) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "file-unreadable",
                   i18n::tr("load.read-failed"), ""});
    return std::nullopt;
  }
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (bytes.size() > max_bytes) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "file-too-large",
                   i18n::tr("load.file-too-large", fmt::arg("max", max_bytes)),
                   i18n::tr("load.file-too-large.hint")});
    return std::nullopt;
  }
  return bytes;
}

}  // namespace multilat
