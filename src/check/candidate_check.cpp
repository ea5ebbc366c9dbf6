#include "check/candidate_check.h"

#include <algorithm>
#include <set>

#include "check/rules.h"
#include "load/loader.h"
#include "load/record_files.h"
#include "load/record_parser.h"

namespace multilat {

std::vector<Diagnostic> check_candidate(const std::filesystem::path& root, const std::string& display_root,
                                        const std::string& relative, const std::string& bytes,
                                        const std::function<Date(const Settings&)>& today) {
  FilesInMemory files;
  files.scan = scan_records(root, display_root);
  Settings defaults;
  if (files.scan.settings) {
    std::vector<Diagnostic> ignored;  // the load reports them
    files.settings_bytes = read_bounded(*files.scan.settings, defaults.max_file_size, ignored);
  }
  // A file that cannot be read is left out: only the candidate's own diagnostics are wanted.
  std::vector<RecordFile> readable;
  for (const RecordFile& file : files.scan.records) {
    std::vector<Diagnostic> problems;
    if (auto content = read_bounded(file, defaults.max_file_size, problems)) {
      readable.push_back(file);
      files.record_bytes.push_back(std::move(*content));
    }
  }
  files.scan.records = std::move(readable);
  std::string display = display_root + "/" + relative;
  std::filesystem::path path = root / relative;
  auto kind = kind_from_folder(relative.substr(0, relative.find('/')));
  std::string stem = path.stem().string();
  RecordFile candidate{path.native(), display, kind.value_or(Kind::Organisation), stem};
  auto at = std::lower_bound(files.scan.records.begin(), files.scan.records.end(), candidate,
                             [](const RecordFile& a, const RecordFile& b) { return a.display < b.display; });
  std::size_t index = static_cast<std::size_t>(at - files.scan.records.begin());
  files.scan.records.insert(at, candidate);
  files.record_bytes.insert(files.record_bytes.begin() + static_cast<std::ptrdiff_t>(index), bytes);
  LoadResult loaded = load_records(std::move(files));
  std::set<std::string, std::less<>> wanted{display};
  std::vector<Diagnostic> all = run_checks(loaded.store, Context{today(loaded.store.settings), &wanted}, loaded.diagnostics);
  std::erase_if(all, [&](const Diagnostic& d) { return d.path != display; });
  return all;
}

}  // namespace multilat
