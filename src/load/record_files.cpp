// Walks the kind folders without following directory links, so a link loop cannot trap it.
#include "load/record_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "i18n/tr.h"
#include "load/tree_policy.h"
#include "util/did_you_mean.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace fs = std::filesystem;
namespace {

bool is_record_extension(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

// The system's reason in the run's language for the usual cases; its own (English) words else.
std::string reason(const std::error_code& ec) {
  if (ec == std::errc::no_such_file_or_directory) return i18n::tr("load.os.no-such-file");
  if (ec == std::errc::permission_denied) return i18n::tr("load.os.permission-denied");
  if (ec == std::errc::too_many_symbolic_link_levels) return i18n::tr("load.os.link-loop");
  if (ec == std::errc::not_a_directory) return i18n::tr("load.os.not-a-directory");
  return ec.message();
}

std::string unlistable(const std::error_code& ec) {
  return i18n::tr("load.folder-unlistable", fmt::arg("reason", reason(ec)));
}

// The entry's own type (a link is not followed), from the directory listing when it gives one:
// no system call per file.
fs::file_status own_status(const fs::directory_entry& entry, std::error_code& ec) {
  if (entry.is_symlink(ec)) return fs::symlink_status(entry.path(), ec);
  if (entry.is_regular_file(ec)) return fs::file_status(fs::file_type::regular);
  if (entry.is_directory(ec)) return fs::file_status(fs::file_type::directory);
  return fs::symlink_status(entry.path(), ec);
}

}  // namespace

DisplayRoot::DisplayRoot(std::string_view display_root) {
  std::string normal = fs::path(display_root).lexically_normal().generic_string();
  while (!normal.empty() && normal.back() == '/') normal.pop_back();
  if (!normal.empty() && normal != ".") prefix_ = normal + "/";
}

namespace {

class Scanner {
 public:
  Scanner(const fs::path& root, const std::string& display_root, FileScan& out)
      : root_(root), display_root_(display_root), shown_(display_root), out_(out), policy_(root) {}

  void scan() {
    std::error_code ec;
    fs::directory_iterator it(root_, ec), end;
    if (ec) return report_root(ec);
    for (; it != end; it.increment(ec)) {
      if (ec) return report_root(ec);
      top_level(it->path());
    }
    std::sort(out_.records.begin(), out_.records.end(),
              [](const RecordFile& a, const RecordFile& b) { return a.display < b.display; });
  }

 private:
  // Made visible: a folder or file name is text from the merge request like any other.
  std::string display(const fs::path& path) const {
    // The walk gives paths that start with the root and hold no "." or "..": joining strings
    // gives what normalising the joined path would, at a fraction of the cost per file.
    const std::string& native = path.native();
    const std::string& root = root_.native();
    if (native.size() > root.size() + 1 && native.starts_with(root) && native[root.size()] == '/' &&
        path.is_absolute() == root_.is_absolute()) {
      return visible_text(shown_.path(std::string_view(native).substr(root.size() + 1)));
    }
    return visible_text(shown_.path(path.lexically_relative(root_).generic_string()));
  }

  void report(const fs::path& path, Severity severity, std::string rule, std::string message,
              std::string hint) {
    out_.diagnostics.push_back(
        {display(path), Loc{}, severity, std::move(rule), std::move(message), std::move(hint)});
  }

  void report_root(const std::error_code& ec) {
    out_.diagnostics.push_back(
        {display_root_, Loc{}, Severity::Error, "file-unreadable", unlistable(ec), ""});
  }

  // A link at the top level is judged before its name: one leading out is never followed.
  bool refused_link(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) return false;
    PathCheck check = policy_.check(path);
    if (check.verdict == PathVerdict::LinkOutside) return outside(path), true;
    if (check.verdict == PathVerdict::Folder) {
      report(path, Severity::Error, "file-not-regular", i18n::tr("load.link-to-directory"),
             i18n::tr("load.link-to-directory.hint"));
      return true;
    }
    return false;
  }

  void outside(const fs::path& path) {
    report(path, Severity::Error, "file-outside-root", i18n::tr("load.link-outside"),
           i18n::tr("load.link-outside.hint"));
  }

  void top_level(const fs::path& path) {
    if (is_hidden(path) || refused_link(path)) return;
    std::string name = path.filename().string();
    std::error_code ec;
    bool is_dir = fs::is_directory(fs::symlink_status(path, ec));
    if (!is_dir && (name == "multilat.yaml" || name == "multilat.yml")) {
      out_.settings = RecordFile{path.native(), display(path), Kind::Organisation, "multilat"};
    } else if (auto kind = kind_from_folder(name); kind && is_dir) {
      walk(path, *kind);
    } else if (is_dir) {
      misplaced_folder(path);
    } else {
      report(path, Severity::Error, "file-misplaced", i18n::tr("load.file-misplaced"),
             i18n::tr("load.file-misplaced.hint"));
    }
  }

  void misplaced_folder(const fs::path& folder) {
    static constexpr std::array<std::string_view, 4> kFolders = {"organisations", "entities",
                                                                 "meetings", "prospects"};
    std::string name = folder.filename().string();
    auto guess = did_you_mean(name, kFolders);
    std::string hint = guess ? i18n::tr("load.folder-guess", fmt::arg("guess", *guess))
                             : i18n::tr("load.file-misplaced.hint");
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) {
        report(it->path(), Severity::Error, "file-misplaced",
               i18n::tr("load.not-kind-folder", fmt::arg("name", name)), hint);
      }
    }
  }

  void walk(const fs::path& folder, Kind kind) {
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, ec), end;
    if (ec) return report(folder, Severity::Error, "file-unreadable", unlistable(ec), "");
    for (; it != end; it.increment(ec)) {
      if (ec) {
        report(folder, Severity::Error, "file-unreadable", unlistable(ec), "");
        break;
      }
      if (is_hidden(it->path())) {
        it.disable_recursion_pending();
        continue;
      }
      entry(it->path(), own_status(*it, ec), kind);
    }
  }

  void entry(const fs::path& path, fs::file_status link, Kind kind) {
    std::error_code ec;
    if (fs::is_directory(link)) {
      if (is_record_extension(path)) {
        report(path, Severity::Error, "file-not-regular", i18n::tr("load.directory-not-record"),
               i18n::tr("load.directory-not-record.hint"));
      }
      return;
    }
    // Judged by the policy before anything is opened: a link leading out of the root is
    // reported and its target never read, whatever it is. A plain file needs no resolving: the
    // walk never follows a folder link, and the kind folders are never links (see top_level), so
    // every folder on its way is a real one inside the root.
    PathCheck check = fs::is_regular_file(link) ? PathCheck{PathVerdict::File, false} : policy_.check(path);
    switch (check.verdict) {
      case PathVerdict::LinkOutside:
        return outside(path);
      case PathVerdict::Unresolved:
        (void)fs::status(path, ec);  // only for the reason: the target does not resolve
        return report(path, Severity::Error, "file-unreadable",
                      i18n::tr("load.cannot-read", fmt::arg("reason", reason(ec))),
                      fs::is_symlink(link) ? i18n::tr("load.dangling-link.hint") : "");
      case PathVerdict::Folder:
        return report(path, Severity::Error, "file-not-regular", i18n::tr("load.link-to-directory"),
                      i18n::tr("load.link-to-directory.hint"));
      case PathVerdict::Special:
        return report(path, Severity::Error, "file-not-regular", i18n::tr("load.not-regular"),
                      i18n::tr("load.not-regular.hint"));
      case PathVerdict::File:
        break;
    }
    if (!is_record_extension(path)) {
      return report(path, Severity::Warning, "file-extension", i18n::tr("load.not-yaml"),
                    i18n::tr("load.not-yaml.hint"));
    }
    // A name that could drive a terminal is refused whole: its record would carry it into
    // every output that names files.
    std::string relative = path.lexically_relative(root_).generic_string();
    if (auto unsafe = first_unsafe_char(relative)) {
      std::size_t length = decode_utf8_at(relative, unsafe->offset).length;
      std::string shown = visible_text(std::string_view(relative).substr(unsafe->offset, length));
      return report(path, Severity::Error, "text-control-char",
                    i18n::tr("load.path-control-char", fmt::arg("char", shown)),
                    i18n::tr("load.path-control-char.hint"));
    }
    out_.records.push_back(RecordFile{path.native(), display(path), kind, path.stem().native()});
  }

  const fs::path& root_;
  const std::string& display_root_;
  DisplayRoot shown_;
  FileScan& out_;
  TreePolicy policy_;
};

}  // namespace

FileScan scan_records(const fs::path& root, const std::string& display_root) {
  FileScan out;
  Scanner(root, display_root, out).scan();
  return out;
}

}  // namespace multilat
