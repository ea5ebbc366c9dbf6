// Walks the kind folders without following directory links, so a link loop cannot trap it.
#include "load/record_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "util/did_you_mean.h"

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

class Scanner {
 public:
  Scanner(const fs::path& root, const std::string& display_root, FileScan& out)
      : root_(root), display_root_(display_root), out_(out) {}

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
  std::string display(const fs::path& path) const {
    return (fs::path(display_root_) / path.lexically_relative(root_)).lexically_normal().generic_string();
  }

  void report(const fs::path& path, Severity severity, std::string rule, std::string message,
              std::string hint) {
    out_.diagnostics.push_back(
        {display(path), Loc{}, severity, std::move(rule), std::move(message), std::move(hint)});
  }

  void report_root(const std::error_code& ec) {
    out_.diagnostics.push_back({display_root_, Loc{}, Severity::Error, "file-unreadable",
                                fmt::format("cannot list the folder: {}", ec.message()), ""});
  }

  void top_level(const fs::path& path) {
    if (is_hidden(path)) return;
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
      report(path, Severity::Error, "file-misplaced", "file outside the kind folders",
             "records go under organisations/, entities/, meetings/ or prospects/");
    }
  }

  void misplaced_folder(const fs::path& folder) {
    static constexpr std::array<std::string_view, 4> kFolders = {"organisations", "entities",
                                                                 "meetings", "prospects"};
    std::string name = folder.filename().string();
    auto guess = did_you_mean(name, kFolders);
    std::string hint = guess
                           ? fmt::format("did you mean the folder '{}'?", *guess)
                           : "records go under organisations/, entities/, meetings/ or prospects/";
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) {
        report(it->path(), Severity::Error, "file-misplaced",
               fmt::format("'{}' is not a kind folder", name), hint);
      }
    }
  }

  void walk(const fs::path& folder, Kind kind) {
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, ec), end;
    if (ec)
      return report(folder, Severity::Error, "file-unreadable",
                    fmt::format("cannot list the folder: {}", ec.message()), "");
    for (; it != end; it.increment(ec)) {
      if (ec) {
        report(folder, Severity::Error, "file-unreadable",
               fmt::format("cannot list the folder: {}", ec.message()), "");
        break;
      }
      if (is_hidden(it->path())) {
        it.disable_recursion_pending();
        continue;
      }
      entry(it->path(), kind);
    }
  }

  void entry(const fs::path& path, Kind kind) {
    std::error_code ec;
    fs::file_status link = fs::symlink_status(path, ec);
    if (fs::is_directory(link)) {
      if (is_record_extension(path)) {
        report(path, Severity::Error, "file-not-regular", "a directory, not a record file",
               "rename the folder so it does not end in .yaml");
      }
      return;
    }
    fs::file_status target = fs::status(path, ec);
    if (ec) {
      return report(path, Severity::Error, "file-unreadable",
                    fmt::format("cannot read: {}", ec.message()),
                    fs::is_symlink(link) ? "the link points nowhere usable; fix or remove it" : "");
    }
    if (fs::is_directory(target)) {
      return report(path, Severity::Error, "file-not-regular",
                    "a link to a directory; links to folders are not followed",
                    "move the records into the folder itself");
    }
    if (!is_record_extension(path)) {
      return report(path, Severity::Warning, "file-extension",
                    "not a .yaml file, so not read as a record",
                    "rename it to .yaml, or move it out of the records folder");
    }
    if (!fs::is_regular_file(target)) {
      return report(path, Severity::Error, "file-not-regular", "not a regular file",
                    "a record is a plain text file");
    }
    out_.records.push_back(RecordFile{path.native(), display(path), kind, path.stem().native()});
  }

  const fs::path& root_;
  const std::string& display_root_;
  FileScan& out_;
};

}  // namespace

FileScan scan_records(const fs::path& root, const std::string& display_root) {
  FileScan out;
  Scanner(root, display_root, out).scan();
  return out;
}

}  // namespace multilat
