// Reads entries from a tree or the index; a link is followed through the same snapshot, and
// only while it stays inside the records folder, so that git and the working tree agree on it.
#include "git/git_source.h"

#include <fmt/format.h>

#include <filesystem>
#include <set>

#include "i18n/tr.h"
#include "load/record_files.h"
#include "util/visible_text.h"

namespace multilat::git {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxLinkHops = 40;             // as the system's own limit on links
constexpr std::size_t kMaxLinkBytes = 4096;  // a link's text is a path, never more

std::string parent_of(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? "" : std::string(path.substr(0, slash));
}

}  // namespace

std::string folder_in_repository(const Repository& repo, const fs::path& records_root) {
  std::error_code ec;
  fs::path root = fs::weakly_canonical(records_root, ec);
  fs::path top = fs::weakly_canonical(repo.workdir(), ec);
  fs::path relative = root.lexically_relative(top);
  std::string text = relative.generic_string();
  if (relative.empty() || text == ".." || text.starts_with("../")) {
    throw GitError(i18n::tr("git.records-outside", fmt::arg("path", visible_text(root.string())),
                            fmt::arg("repo", visible_text(top.string()))));
  }
  return text == "." ? "" : text;
}

GitSource::GitSource(const Repository& repo, std::string folder, TreePtr tree, bool staged)
    : repo_(&repo), folder_(std::move(folder)), tree_(std::move(tree)), staged_(staged) {}

GitSource GitSource::at_revision(const Repository& repo, std::string_view rev, std::string folder) {
  return GitSource(repo, std::move(folder), rev.empty() ? TreePtr() : repo.tree_at(rev), false);
}

GitSource GitSource::staged(const Repository& repo, std::string folder) {
  return GitSource(repo, std::move(folder), TreePtr(), true);
}

bool GitSource::has_folder() const {
  if (staged_ || folder_.empty()) return true;
  return tree_ && repo_->has_folder(*tree_, folder_);
}

std::string GitSource::top_path(std::string_view path) const {
  if (folder_.empty()) return std::string(path);
  return path.empty() ? folder_ : folder_ + "/" + std::string(path);
}

std::optional<Entry> GitSource::raw(std::string_view path) const {
  std::optional<Entry> entry;
  if (staged_) {
    entry = repo_->entry_in_index(top_path(path));
  } else if (tree_) {
    entry = repo_->entry_in_tree(*tree_, top_path(path));
  }
  if (entry) entry->path = std::string(path);
  return entry;
}

std::vector<Entry> GitSource::all_entries() const {
  if (staged_) return repo_->index_entries(folder_);
  if (!tree_) return {};
  return repo_->tree_entries(*tree_, folder_);
}

// git keeps a link as the text of its target: resolved against the link's folder, hop by hop,
// it must stay inside the records folder and end at a file of the same snapshot.
void GitSource::follow_link(Entry entry, SourceEntry& out) const {
  for (int hop = 0; hop < kMaxLinkHops; ++hop) {
    if (repo_->blob_size(entry.id) > kMaxLinkBytes) break;
    std::string target = repo_->read_blob(entry.id);
    fs::path joined = (fs::path(parent_of(entry.path)) / target).lexically_normal();
    std::string next_path = joined.generic_string();
    if (fs::path(target).is_absolute() || next_path == ".." || next_path.starts_with("../")) {
      out.shape = EntryShape::LinkOutside;
      return;
    }
    std::optional<Entry> next = raw(next_path);
    if (!next || next->conflicted) {
      out.shape = EntryShape::Unresolved;
      out.reason = i18n::tr("os.no-such-file");
      return;
    }
    if (next->type == EntryType::Folder) {
      out.shape = EntryShape::LinkToFolder;
      return;
    }
    if (next->type == EntryType::File) {
      out.locator = hex_of(next->id);
      return;
    }
    if (next->type == EntryType::Submodule) {
      out.shape = EntryShape::Special;
      return;
    }
    entry = std::move(*next);
  }
  out.shape = EntryShape::Unresolved;
  out.reason = i18n::tr("os.link-loop");
}

SourceEntry GitSource::shaped(const Entry& entry) const {
  SourceEntry out{entry.path, EntryShape::File, hex_of(entry.id), "", entry.type == EntryType::Link};
  if (entry.conflicted) {
    out.shape = EntryShape::Conflicted;
  } else if (entry.type == EntryType::Folder) {
    out.shape = EntryShape::Folder;
  } else if (entry.type == EntryType::Submodule) {
    out.shape = EntryShape::Submodule;
  } else if (entry.type == EntryType::Link) {
    follow_link(entry, out);
  }
  return out;
}

// git lists files only: their folders are given too, so that the scan judges a folder named
// like a record as it does in the working tree.
void GitSource::list(const std::function<void(SourceEntry&&)>& visit) const {
  std::set<std::string, std::less<>> folders;
  for (const Entry& entry : all_entries()) {
    for (std::string folder = parent_of(entry.path); !folder.empty(); folder = parent_of(folder)) {
      if (!folders.insert(folder).second) break;
    }
    visit(shaped(entry));
  }
  for (const std::string& folder : folders) visit(SourceEntry{folder, EntryShape::Folder, "", "", false});
}

std::optional<SourceEntry> GitSource::find(std::string_view path) const {
  std::optional<Entry> entry = raw(path);
  if (!entry) return std::nullopt;
  return shaped(*entry);
}

std::optional<std::string> GitSource::read(const RecordFile& file, std::size_t max_bytes,
                                           std::vector<Diagnostic>& out) const {
  git_oid id;
  if (git_oid_fromstr(&id, file.path.c_str()) < 0) return std::nullopt;
  if (repo_->blob_size(id) > max_bytes) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "file-too-large",
                   i18n::tr("load.file-too-large", fmt::arg("max", max_bytes)),
                   i18n::tr("load.file-too-large.hint")});
    return std::nullopt;
  }
  std::string bytes = repo_->read_blob(id);
  contents_[file.display.str()] = bytes;
  return bytes;
}

std::optional<std::string> GitSource::known_blob(const RecordFile& file) const { return file.path; }

}  // namespace multilat::git
