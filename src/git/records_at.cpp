// Classifies a snapshot's entries as the working tree's scan classifies files, then reads each
// record's blob once its size is known to be within the limit.
#include "git/records_at.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "i18n/tr.h"
#include "load/record_parser.h"
#include "util/did_you_mean.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat::git {
namespace {

namespace fs = std::filesystem;

bool is_record_extension(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

bool has_hidden_part(std::string_view path) {
  std::size_t start = 0;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    if (path[start] == '.') return true;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return false;
}

std::string stem_of(std::string_view path) {
  std::string_view name = path.substr(path.rfind('/') + 1);
  return std::string(name.substr(0, name.rfind('.')));
}

struct Scan {
  DisplayRoot shown;
  FileScan out;

  // As the working tree's scan shows the same file.
  std::string display(std::string_view path) const { return visible_text(shown.path(path)); }

  void report(std::string_view path, Severity severity, std::string rule, std::string message,
              std::string hint) {
    out.diagnostics.push_back(
        {display(path), Loc{}, severity, std::move(rule), std::move(message), std::move(hint)});
  }

  void entry(const Entry& e, std::size_t index) {
    std::string_view path = e.path;
    if (has_hidden_part(path)) return;
    if (e.conflicted) {
      return report(path, Severity::Error, "file-unreadable", i18n::tr("load.git-conflict"),
                    i18n::tr("load.git-conflict.hint"));
    }
    std::size_t slash = path.find('/');
    if (slash == std::string_view::npos) return top_level(e, index);
    std::string_view folder = path.substr(0, slash);
    auto kind = kind_from_folder(folder);
    if (!kind) return misplaced(path, folder);
    if (e.type != EntryType::File) return not_followed(path, e.type);
    if (!is_record_extension(path)) {
      return report(path, Severity::Warning, "file-extension", i18n::tr("load.not-yaml"),
                    i18n::tr("load.not-yaml.hint"));
    }
    if (auto unsafe = first_unsafe_char(path)) {
      std::size_t length = decode_utf8_at(path, unsafe->offset).length;
      std::string shown = visible_text(path.substr(unsafe->offset, length));
      return report(path, Severity::Error, "text-control-char",
                    i18n::tr("load.path-control-char", fmt::arg("char", shown)),
                    i18n::tr("load.path-control-char.hint"));
    }
    // The blob's id travels in `path`, which the working tree's files use for their own path.
    out.records.push_back(RecordFile{std::to_string(index), display(path), *kind, stem_of(path)});
  }

  void top_level(const Entry& e, std::size_t index) {
    if (e.path == "multilat.yaml" || e.path == "multilat.yml") {
      if (e.type != EntryType::File) return not_followed(e.path, e.type);
      out.settings = RecordFile{std::to_string(index), display(e.path), Kind::Organisation, "multilat"};
      return;
    }
    report(e.path, Severity::Error, "file-misplaced", i18n::tr("load.file-misplaced"),
           i18n::tr("load.file-misplaced.hint"));
  }

  void misplaced(std::string_view path, std::string_view folder) {
    static constexpr std::array<std::string_view, 4> kFolders = {"organisations", "entities",
                                                                 "meetings", "prospects"};
    auto guess = did_you_mean(folder, kFolders);
    std::string hint = guess ? i18n::tr("load.folder-guess", fmt::arg("guess", *guess))
                             : i18n::tr("load.file-misplaced.hint");
    report(path, Severity::Error, "file-misplaced",
           i18n::tr("load.not-kind-folder", fmt::arg("name", visible_text(folder))), hint);
  }

  // git keeps a link as the link's text and a submodule as a commit id: neither is a record,
  // and a link is never followed, wherever it points.
  void not_followed(std::string_view path, EntryType type) {
    bool link = type == EntryType::Link;
    report(path, Severity::Error, "file-not-regular",
           i18n::tr(link ? "load.git-link" : "load.git-submodule"),
           i18n::tr(link ? "load.git-link.hint" : "load.git-submodule.hint"));
  }
};

// The bytes of the blob, or a diagnostic when it is larger than the settings allow.
std::optional<std::string> bounded_blob(const Repository& repo, const Entry& e, const RecordFile& file,
                                        std::size_t max_bytes, std::vector<Diagnostic>& out) {
  if (repo.blob_size(e.id) > max_bytes) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "file-too-large",
                   i18n::tr("load.file-too-large", fmt::arg("max", max_bytes)),
                   i18n::tr("load.file-too-large.hint")});
    return std::nullopt;
  }
  return repo.read_blob(e.id);
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

FileScan scan_entries(const std::vector<Entry>& entries, const std::string& display_root) {
  Scan scan{DisplayRoot(display_root), {}};
  for (std::size_t i = 0; i < entries.size(); ++i) scan.entry(entries[i], i);
  std::sort(scan.out.records.begin(), scan.out.records.end(),
            [](const RecordFile& a, const RecordFile& b) { return a.display < b.display; });
  return std::move(scan.out);
}

SnapshotLoad load_snapshot(const Repository& repo, const std::string& folder,
                           const std::string& display_root, const Snapshot& snapshot) {
  SnapshotLoad result;
  std::vector<Entry> entries;
  if (snapshot.staged) {
    entries = repo.index_entries(folder);
  } else {
    TreePtr tree = repo.tree_at(snapshot.rev);
    if (!repo.has_folder(*tree, folder)) {
      result.missing_folder = true;
      result.loaded = load_records(FilesInMemory{});
      return result;
    }
    entries = repo.tree_entries(*tree, folder);
  }
  FilesInMemory files;
  files.scan = scan_entries(entries, display_root);
  auto entry_of = [&](const RecordFile& file) -> const Entry& {
    return entries[std::stoul(file.path)];
  };
  std::size_t max_bytes = Settings{}.max_file_size;
  if (files.scan.settings) {
    // The settings are read first: they may allow larger files than the default.
    files.settings_bytes = bounded_blob(repo, entry_of(*files.scan.settings), *files.scan.settings,
                                        max_bytes, files.scan.diagnostics);
    if (files.settings_bytes) {
      result.contents.emplace(files.scan.settings->display.str(), *files.settings_bytes);
      max_bytes = parse_settings(*files.settings_bytes, *files.scan.settings).settings.max_file_size;
    }
  }
  std::vector<RecordFile> readable;
  for (RecordFile& file : files.scan.records) {
    auto bytes = bounded_blob(repo, entry_of(file), file, max_bytes, files.scan.diagnostics);
    if (!bytes) continue;
    result.contents.emplace(file.display.str(), *bytes);
    files.record_bytes.push_back(std::move(*bytes));
    readable.push_back(std::move(file));
  }
  files.scan.records = std::move(readable);
  result.loaded = load_records(std::move(files));
  return result;
}

}  // namespace multilat::git
