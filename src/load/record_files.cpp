// Classifies a source's entries by path and shape alone, so that the working tree, the index
// and a revision agree on what is a record.
#include "load/record_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "i18n/tr.h"
#include "model/settings_file.h"
#include "util/did_you_mean.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

bool has_hidden_part(std::string_view path) {
  for (std::size_t start = 0; start < path.size();) {
    if (path[start] == '.') return true;
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

std::string_view file_name(std::string_view path) { return path.substr(path.rfind('/') + 1); }

class Scanner {
 public:
  Scanner(const std::string& display_root, FileScan& out)
      : display_root_(display_root), shown_(display_root), out_(out) {}

  void add(SourceEntry&& e) {
    if (e.path.empty()) return root_problem(e);
    if (has_hidden_part(e.path)) return;
    if (e.shape == EntryShape::Conflicted) {
      return report(e.path, Severity::Error, "file-unreadable", "load.git-conflict", "load.git-conflict.hint");
    }
    std::size_t slash = e.path.find('/');
    if (slash == std::string::npos) return top_level(std::move(e));
    std::string_view folder = std::string_view(e.path).substr(0, slash);
    if (auto kind = kind_from_folder(folder)) return in_kind_folder(std::move(e), *kind);
    if (e.shape != EntryShape::Folder) misplaced(e.path, folder);
  }

 private:
  // Made visible: a folder or file name is text from the merge request like any other.
  std::string display(std::string_view relative) const { return visible_text(shown_.path(relative)); }

  void report_text(std::string_view path, Severity severity, std::string rule, std::string message,
                   std::string hint) {
    out_.diagnostics.push_back(
        {display(path), Loc{}, severity, std::move(rule), std::move(message), std::move(hint)});
  }

  void report(std::string_view path, Severity severity, std::string rule, const char* message,
              const char* hint) {
    report_text(path, severity, std::move(rule), i18n::tr(message), hint ? i18n::tr(hint) : "");
  }

  void root_problem(const SourceEntry& e) {
    out_.diagnostics.push_back({display_root_, Loc{}, Severity::Error, "file-unreadable",
                                i18n::tr("load.folder-unlistable", fmt::arg("reason", e.reason)), ""});
  }

  void top_level(SourceEntry&& e) {
    if (e.shape == EntryShape::Folder) return;  // a kind folder, or one whose files are reported
    bool settings_name = is_settings_file(e.path);
    if (settings_name && e.shape == EntryShape::File) {
      out_.settings = RecordFile{std::move(e.locator), display(e.path), Kind::Organisation, "multilat"};
      return;
    }
    if (settings_name || e.shape == EntryShape::LinkOutside || e.shape == EntryShape::LinkToFolder) {
      return not_a_file(e);
    }
    report(e.path, Severity::Error, "file-misplaced", "load.file-misplaced", "load.file-misplaced.hint");
  }

  void misplaced(std::string_view path, std::string_view folder) {
    std::array<std::string_view, kAllKinds.size()> folders;
    std::transform(kAllKinds.begin(), kAllKinds.end(), folders.begin(), kind_folder);
    auto guess = did_you_mean(folder, folders);
    std::string hint = guess ? i18n::tr("load.folder-guess", fmt::arg("guess", *guess))
                             : i18n::tr("load.file-misplaced.hint");
    report_text(path, Severity::Error, "file-misplaced",
                i18n::tr("load.not-kind-folder", fmt::arg("name", visible_text(folder))), hint);
  }

  // Whatever is not a readable file, said the same way for every source.
  void not_a_file(const SourceEntry& e) {
    switch (e.shape) {
      case EntryShape::LinkOutside:
        return report(e.path, Severity::Error, "file-outside-root", "load.link-outside", "load.link-outside.hint");
      case EntryShape::LinkToFolder:
        return report(e.path, Severity::Error, "file-not-regular", "load.link-to-directory",
                      "load.link-to-directory.hint");
      case EntryShape::Unresolved:
        return report_text(e.path, Severity::Error, "file-unreadable",
                           i18n::tr("load.cannot-read", fmt::arg("reason", e.reason)),
                           e.link ? i18n::tr("load.dangling-link.hint") : "");
      case EntryShape::Special:
        return report(e.path, Severity::Error, "file-not-regular", "load.not-regular", "load.not-regular.hint");
      case EntryShape::Submodule:
        return report(e.path, Severity::Error, "file-not-regular", "load.git-submodule", "load.git-submodule.hint");
      case EntryShape::Unlistable:
        return report_text(e.path, Severity::Error, "file-unreadable",
                           i18n::tr("load.folder-unlistable", fmt::arg("reason", e.reason)), "");
      case EntryShape::Folder:
        if (is_record_extension(e.path)) {
          report(e.path, Severity::Error, "file-not-regular", "load.directory-not-record",
                 "load.directory-not-record.hint");
        }
        return;
      case EntryShape::File:
      case EntryShape::Conflicted:
        return;
    }
  }

  void in_kind_folder(SourceEntry&& e, Kind kind) {
    if (e.shape != EntryShape::File) return not_a_file(e);
    if (!is_record_extension(e.path)) {
      return report(e.path, Severity::Warning, "file-extension", "load.not-yaml", "load.not-yaml.hint");
    }
    // A name that could drive a terminal is refused whole: its record would carry it into
    // every output that names files.
    if (auto unsafe = first_unsafe_char(e.path)) {
      std::size_t length = decode_utf8_at(e.path, unsafe->offset).length;
      std::string shown = visible_text(std::string_view(e.path).substr(unsafe->offset, length));
      return report_text(e.path, Severity::Error, "text-control-char",
                         i18n::tr("load.path-control-char", fmt::arg("char", shown)),
                         i18n::tr("load.path-control-char.hint"));
    }
    out_.records.push_back(RecordFile{std::move(e.locator), display(e.path), kind, stem_of(e.path)});
  }

  const std::string& display_root_;
  DisplayRoot shown_;
  FileScan& out_;
};

}  // namespace

std::string stem_of(std::string_view path) {
  std::string_view name = file_name(path);
  return std::string(name.substr(0, name.rfind('.')));
}

bool is_settings_file(std::string_view path) {
  std::string_view name = file_name(path);
  return name == kSettingsFileNames[0] || name == kSettingsFileNames[1];
}

bool is_record_extension(std::string_view path) {
  return std::any_of(kRecordExtensions.begin(), kRecordExtensions.end(),
                     [path](std::string_view extension) { return path.ends_with(extension); });
}

DisplayRoot::DisplayRoot(std::string_view display_root) {
  std::string normal = std::filesystem::path(display_root).lexically_normal().generic_string();
  while (!normal.empty() && normal.back() == '/') normal.pop_back();
  if (!normal.empty() && normal != ".") prefix_ = normal + "/";
}

FileScan scan_records(const RecordsSource& source, const std::string& display_root) {
  FileScan out;
  Scanner scanner(display_root, out);
  source.list([&](SourceEntry&& entry) { scanner.add(std::move(entry)); });
  std::sort(out.records.begin(), out.records.end(),
            [](const RecordFile& a, const RecordFile& b) { return a.display < b.display; });
  return out;
}

FileScan scan_entry(SourceEntry entry, const std::string& display_root) {
  FileScan out;
  Scanner(display_root, out).add(std::move(entry));
  return out;
}

}  // namespace multilat
