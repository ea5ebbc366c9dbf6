// Parallel loading: each worker takes the next file; results keep file order for stable output.
#include "load/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <thread>

#include "i18n/tr.h"
#include "load/record_files.h"
#include "load/record_parser.h"
#include "load/worktree_source.h"
#include "model/settings_file.h"

namespace multilat {
namespace {

// Each file's place in its kind's vector, fixed before parsing, so that workers move each
// record into the store as soon as it is bound: no second copy of every record is ever held.
std::vector<std::size_t> assign_slots(const std::vector<RecordFile>& files, Store& store) {
  std::size_t counts[4] = {0, 0, 0, 0};
  std::vector<std::size_t> slots;
  slots.reserve(files.size());
  for (const RecordFile& file : files) slots.push_back(counts[static_cast<int>(file.kind)]++);
  store.organisations.resize(counts[static_cast<int>(Kind::Organisation)]);
  store.entities.resize(counts[static_cast<int>(Kind::Entity)]);
  store.meetings.resize(counts[static_cast<int>(Kind::Meeting)]);
  store.prospects.resize(counts[static_cast<int>(Kind::Prospect)]);
  return slots;
}

void place(AnyRecord&& record, std::size_t slot, Store& store) {
  std::visit(
      [&](auto&& r) {
        using T = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<T, Organisation>) store.organisations[slot] = std::move(r);
        if constexpr (std::is_same_v<T, Entity>) store.entities[slot] = std::move(r);
        if constexpr (std::is_same_v<T, Meeting>) store.meetings[slot] = std::move(r);
        if constexpr (std::is_same_v<T, Prospect>) store.prospects[slot] = std::move(r);
      },
      std::move(record));
}

// Files that gave no record leave an empty slot (no id); drop them, keeping file order. So do
// files whose name is not a valid id: they are reported (id-invalid) and take part in nothing
// else, so that no rule and no list names a record by an id that cannot be referred to.
void drop_empty_slots(Store& store) {
  auto empty = [](const auto& record) {
    return record.header.id.empty() || !is_valid_id(record.header.id);
  };
  std::erase_if(store.organisations, empty);
  std::erase_if(store.entities, empty);
  std::erase_if(store.meetings, empty);
  std::erase_if(store.prospects, empty);
}

// Workers take files from a shared counter and write to distinct slots, so no lock is needed.
// Each file's path (or bytes) is released once read: at 100k files they take megabytes.
template <class Read>
std::vector<std::vector<Diagnostic>> parse_all(std::vector<RecordFile>& files, unsigned threads,
                                               Store& store, Read read) {
  std::vector<std::size_t> slots = assign_slots(files, store);
  std::vector<std::vector<Diagnostic>> diagnostics(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      ParsedRecord parsed = read(i);
      std::string().swap(files[i].path);
      if (parsed.record) place(std::move(*parsed.record), slots[i], store);
      diagnostics[i] = std::move(parsed.diagnostics);
    }
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, files.size() / 8 + 1));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  drop_empty_slots(store);
  return diagnostics;
}

// For each file, the first file in display order with the same id (the file itself when it is
// the first), and for a first file the next one with its id (itself when there is none). A sort
// rather than a hash map, which would cost ten times the memory at 100k files.
struct SameId {
  std::vector<std::uint32_t> first, next;
};
SameId files_with_same_id(const std::vector<RecordFile>& files) {
  std::vector<std::uint32_t> order(files.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return files[a].id < files[b].id; });
  SameId same{std::vector<std::uint32_t>(files.size()), std::vector<std::uint32_t>(files.size())};
  for (std::size_t k = 0; k < order.size(); ++k) {
    bool repeated = k > 0 && files[order[k]].id == files[order[k - 1]].id;
    same.first[order[k]] = repeated ? same.first[order[k - 1]] : order[k];
    same.next[order[k]] = order[k];
    if (repeated && same.next[same.first[order[k]]] == same.first[order[k]]) same.next[same.first[order[k]]] = order[k];
  }
  return same;
}

// A duplicate is reported on every file that has the id, the first one included, so that the
// file a change adds is named whichever of the two sorts first.
void check_identity(const RecordFile& file, const RecordFile& first, const RecordFile& next,
                    std::vector<Diagnostic>& out) {
  if (!is_valid_id(file.id)) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "id-invalid",
                   i18n::tr("load.not-a-valid-id", fmt::arg("id", file.id)),
                   i18n::tr("load.file-id-invalid.hint")});
  }
  if (&first != &file) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "id-duplicate",
                   i18n::tr("load.id-duplicate", fmt::arg("id", file.id),
                            fmt::arg("path", first.display.view())),
                   i18n::tr("load.id-duplicate.hint")});
  } else if (&next != &file) {
    out.push_back({file.display.str(), Loc{}, Severity::Error, "id-duplicate",
                   i18n::tr("load.id-duplicate-first", fmt::arg("id", file.id),
                            fmt::arg("path", next.display.view())),
                   i18n::tr("load.id-duplicate.hint")});
  }
}

// The trees LoadOptions::trees_of asks for, gathered from every worker.
struct KeptTrees {
  std::string_view id;
  std::map<std::string, yaml::Node, std::less<>>& trees;
  std::mutex mutex;
};

// A file whose tree is wanted is parsed through its document, which is then kept; the others
// keep nothing.
ParsedRecord parse_keeping_tree(std::string_view bytes, const RecordFile& file, KeptTrees& kept) {
  if (kept.id.empty() || file.id.view() != kept.id) return parse_record(bytes, file);
  yaml::ParseResult document = yaml::parse_document(bytes);
  ParsedRecord parsed = parse_record(document, file);
  std::lock_guard lock(kept.mutex);
  if (document.root) kept.trees.emplace(file.display.str(), std::move(*document.root));
  return parsed;
}

void take_settings(ParsedSettings settings, LoadResult& result) {
  result.store.settings = std::move(settings.settings);
  for (Diagnostic& d : settings.diagnostics) result.diagnostics.push_back(std::move(d));
  ++result.files_read;
}

// What both sources share once every file is parsed: identities, diagnostics in file order.
void finish(FileScan& scan, std::vector<std::vector<Diagnostic>> parsed, LoadResult& result) {
  SameId same = files_with_same_id(scan.records);
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    check_identity(scan.records[i], scan.records[same.first[i]], scan.records[same.next[i]], result.diagnostics);
    for (Diagnostic& d : parsed[i]) result.diagnostics.push_back(std::move(d));
  }
  result.files_read += scan.records.size();
  result.store.build_index();
}

}  // namespace

SourceSettings read_source_settings(const RecordsSource& source, const FileScan& scan) {
  SourceSettings out;
  if (!scan.settings) return out;
  out.file = scan.settings;
  // Within the default limit: the settings cannot raise the limit that reads them.
  out.bytes = source.read(*scan.settings, Settings{}.max_file_size, out.diagnostics);
  if (!out.bytes) return out;
  ParsedSettings parsed = parse_settings(*out.bytes, *scan.settings);
  out.settings = std::move(parsed.settings);
  for (Diagnostic& d : parsed.diagnostics) out.diagnostics.push_back(std::move(d));
  return out;
}

LoadResult load_records(const RecordsSource& source, const std::string& display_root, const LoadOptions& options) {
  LoadResult result;
  FileScan scan = scan_records(source, display_root);
  result.diagnostics = std::move(scan.diagnostics);
  if (scan.settings) {
    SourceSettings settings = read_source_settings(source, scan);
    take_settings({std::move(settings.settings), std::move(settings.diagnostics)}, result);
  }
  std::size_t max_bytes = result.store.settings.max_file_size;
  KeptTrees kept{options.trees_of, result.trees, {}};
  // A source that cannot be read from several threads is read first, in order, and parsed in
  // parallel after.
  std::vector<std::optional<std::string>> early(source.reads_in_parallel() ? 0 : scan.records.size());
  std::vector<std::vector<Diagnostic>> early_problems(early.size());
  for (std::size_t i = 0; i < early.size(); ++i) {
    early[i] = source.read(scan.records[i], max_bytes, early_problems[i]);
  }
  auto read = [&](std::size_t i) {
    ParsedRecord out;
    std::optional<std::string> bytes;
    if (early.empty()) {
      bytes = source.read(scan.records[i], max_bytes, out.diagnostics);
    } else {
      bytes = std::move(early[i]);
      out.diagnostics = std::move(early_problems[i]);
    }
    if (!bytes) return out;
    ParsedRecord parsed = parse_keeping_tree(*bytes, scan.records[i], kept);
    for (Diagnostic& d : parsed.diagnostics) out.diagnostics.push_back(std::move(d));
    out.record = std::move(parsed.record);
    return out;
  };
  auto parsed = parse_all(scan.records, options.threads, result.store, read);
  finish(scan, std::move(parsed), result);
  return result;
}

LoadResult load_records(FilesInMemory files, unsigned threads) {
  LoadResult result;
  FileScan& scan = files.scan;
  result.diagnostics = std::move(scan.diagnostics);
  if (scan.settings && files.settings_bytes) take_settings(parse_settings(*files.settings_bytes, *scan.settings), result);
  auto parsed = parse_all(scan.records, threads, result.store, [&](std::size_t i) {
    ParsedRecord record = parse_record(files.record_bytes[i], scan.records[i]);
    std::string().swap(files.record_bytes[i]);
    return record;
  });
  finish(scan, std::move(parsed), result);
  return result;
}

Settings settings_of(const RecordsSource& source) {
  FileScan scan;
  for (std::string_view name : kSettingsFileNames) {
    if (auto entry = source.find(name)) scan = scan_entry(std::move(*entry), "");
    if (scan.settings) break;
  }
  return read_source_settings(source, scan).settings;
}

Language settings_language(const std::filesystem::path& root) {
  return settings_of(WorkingTreeSource(root)).language;
}

}  // namespace multilat
