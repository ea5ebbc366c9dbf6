// Parallel loading: each worker takes the next file; results keep file order for stable output.
#include "load/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>

#include "load/record_files.h"
#include "load/record_parser.h"

namespace multilat {
namespace {

std::vector<ParsedRecord> parse_all(const std::vector<RecordFile>& files, std::size_t max_bytes,
                                    unsigned threads) {
  std::vector<ParsedRecord> results(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      results[i] = read_record(files[i], max_bytes);
    }
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, files.size() / 8 + 1));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  return results;
}

void check_identity(const RecordFile& file,
                    std::unordered_map<std::string, std::string>& first_path,
                    std::vector<Diagnostic>& out) {
  if (!is_valid_id(file.id)) {
    out.push_back({file.display, Loc{}, Severity::Error, "id-invalid",
                   fmt::format("'{}' is not a valid id", file.id),
                   "rename the file: lowercase letters, digits and hyphens, like crga-55.yaml"});
  }
  auto [it, inserted] = first_path.try_emplace(file.id, file.display);
  if (!inserted) {
    out.push_back({file.display, Loc{}, Severity::Error, "id-duplicate",
                   fmt::format("id '{}' is already used by {}", file.id, it->second),
                   "ids are unique across all kinds; rename one of the files"});
  }
}

void add_to_store(AnyRecord&& record, Store& store) {
  std::visit(
      [&](auto&& r) {
        using T = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<T, Organisation>) store.organisations.push_back(std::move(r));
        if constexpr (std::is_same_v<T, Entity>) store.entities.push_back(std::move(r));
        if constexpr (std::is_same_v<T, Meeting>) store.meetings.push_back(std::move(r));
        if constexpr (std::is_same_v<T, Prospect>) store.prospects.push_back(std::move(r));
      },
      std::move(record));
}

// Growing the store's vectors by doubling would briefly hold twice the records.
void reserve_by_kind(const std::vector<RecordFile>& files, Store& store) {
  std::size_t counts[4] = {0, 0, 0, 0};
  for (const RecordFile& file : files) ++counts[static_cast<int>(file.kind)];
  store.organisations.reserve(counts[static_cast<int>(Kind::Organisation)]);
  store.entities.reserve(counts[static_cast<int>(Kind::Entity)]);
  store.meetings.reserve(counts[static_cast<int>(Kind::Meeting)]);
  store.prospects.reserve(counts[static_cast<int>(Kind::Prospect)]);
}

}  // namespace

LoadResult load_records(const LoadOptions& options) {
  LoadResult result;
  FileScan scan = scan_records(options.root, options.display_root);
  result.diagnostics = std::move(scan.diagnostics);
  if (scan.settings) {
    ParsedSettings settings = read_settings(*scan.settings);
    result.store.settings = std::move(settings.settings);
    for (Diagnostic& d : settings.diagnostics) result.diagnostics.push_back(std::move(d));
    ++result.files_read;
  }
  std::vector<ParsedRecord> parsed =
      parse_all(scan.records, result.store.settings.max_file_size, options.threads);
  reserve_by_kind(scan.records, result.store);
  std::unordered_map<std::string, std::string> first_path;
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    check_identity(scan.records[i], first_path, result.diagnostics);
    for (Diagnostic& d : parsed[i].diagnostics) result.diagnostics.push_back(std::move(d));
    if (parsed[i].record) add_to_store(std::move(*parsed[i].record), result.store);
    parsed[i] = {};  // frees the moved-from record and the diagnostics at once
  }
  result.files_read += scan.records.size();
  result.store.build_index();
  return result;
}

}  // namespace multilat
