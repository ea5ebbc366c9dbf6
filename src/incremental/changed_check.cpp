// Finds what a change can affect from each file's facts (the ids it names, who a meeting sends,
// an organisation's acronyms), kept by blob id between runs, so that a file git's index knows
// unchanged is neither read nor parsed; then parses and checks only that neighbourhood.
// tests/git/changed_property.py compares the result with the full check on random edits.
#include "incremental/changed_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "check/rules.h"
#include "load/record_files.h"
#include "load/record_parser.h"
#include "model/kind.h"
#include "model/settings_file.h"
#include "util/fold.h"

namespace multilat {
namespace {

// Runs `work` for 0..n-1 on every core, when there is enough of it to be worth a thread.
void in_parallel(std::size_t n, const std::function<void(std::size_t)>& work) {
  unsigned threads = std::clamp<unsigned>(std::thread::hardware_concurrency(), 1,
                                          static_cast<unsigned>(n / 64 + 1));
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (std::size_t i = t; i < n; i += threads) work(i);
    });
  }
  for (std::thread& thread : pool) thread.join();
}

// Every file of the current side, read and hashed only when needed.
class Neighbourhood {
 public:
  Neighbourhood(const RecordsSource& current, FileScan& scan, const BaseRevision& base,
                FactsCache& cache, std::size_t max_bytes)
      : current_(current), scan_(scan), base_(base), cache_(cache), max_bytes_(max_bytes) {
    std::size_t n = scan_.records.size();
    bytes_.resize(n);
    read_tried_.resize(n);
    hashes_.resize(n);
    by_stem_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) by_stem_.emplace_back(scan_.records[i].id.view(), i);
    std::sort(by_stem_.begin(), by_stem_.end());
  }

  std::size_t size() const { return scan_.records.size(); }

  // A file by its displayed path; the scan has them sorted so.
  std::optional<std::size_t> index_of(const std::string& display) const {
    auto it = std::lower_bound(scan_.records.begin(), scan_.records.end(), display,
                               [](const RecordFile& f, const std::string& d) { return f.display < d; });
    if (it == scan_.records.end() || it->display != display) return std::nullopt;
    return static_cast<std::size_t>(it - scan_.records.begin());
  }

  // The files named `id`, in any folder. (A plain pair of iterators: clang 14 cannot use
  // libstdc++ 12's std::ranges::subrange, and the fuzz build is clang.)
  struct Files {
    std::vector<std::pair<std::string_view, std::size_t>>::const_iterator first, last;
    auto begin() const { return first; }
    auto end() const { return last; }
  };
  Files with_stem(std::string_view id) const {
    auto first = std::lower_bound(by_stem_.begin(), by_stem_.end(), std::pair(id, std::size_t{0}));
    return {first, std::upper_bound(first, by_stem_.end(), std::pair(id, SIZE_MAX))};
  }

  void add_stem(std::string_view id, std::set<std::size_t>& out) const {
    for (const auto& entry : with_stem(id)) out.insert(entry.second);
  }

  // The file's content; nothing when it cannot be read (the load reports why).
  std::optional<std::string>& bytes(std::size_t i) {
    if (!read_tried_[i]) {
      read_tried_[i] = true;
      std::vector<Diagnostic> ignored;  // the load reports them again, for the files it reads
      bytes_[i] = current_.read(scan_.records[i], max_bytes_, ignored);
    }
    return bytes_[i];
  }

  // The file's blob id, from the index when it vouches for the file, else from its bytes.
  const std::string& hash(std::size_t i) {
    if (hashes_[i]) return *hashes_[i];
    std::optional<std::string> known;
    if (!index_asked_) known = current_.known_blob(scan_.records[i]);
    if (!known && bytes(i)) known = base_.hash(*bytes(i));
    hashes_[i] = known.value_or("");
    return *hashes_[i];
  }

  // Every file's blob id. Asking the index is a system call per file, shared between threads;
  // reading and hashing the others stays on this one (reading the index's blobs is not
  // thread-safe).
  void compute_hashes() {
    in_parallel(size(), [&](std::size_t i) {
      if (auto known = current_.known_blob(scan_.records[i])) hashes_[i] = std::move(*known);
    });
    index_asked_ = true;  // the files it did not vouch for are read and hashed below
    for (std::size_t i = 0; i < size(); ++i) hash(i);
  }

  // Every file's facts, from the cache or by parsing, the parsing shared between threads.
  void gather_facts() {
    facts_.assign(size(), FactsView{});
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < size(); ++i) {
      const std::string& h = hash(i);
      if (h.empty()) continue;  // unreadable: no facts, and the load reports it
      if (auto known = cache_.find(scan_.records[i].kind, h)) {
        facts_[i] = *known;
      } else if (bytes(i)) {
        missing.push_back(i);
      }
    }
    in_parallel(missing.size(), [&](std::size_t k) {
      std::size_t i = missing[k];
      facts_[i] = cache_.put(scan_.records[i].kind, *hashes_[i], facts_of(*bytes_[i], scan_.records[i]));
    });
  }

  const FactsView& facts(std::size_t i) const { return facts_[i]; }
  bool is_meeting(std::size_t i) const { return scan_.records[i].kind == Kind::Meeting; }
  bool is_organisation(std::size_t i) const { return scan_.records[i].kind == Kind::Organisation; }

  // Files that refer to one of `ids`.
  std::set<std::size_t> referrers(const std::unordered_set<std::string_view>& ids) const {
    std::set<std::size_t> out;
    for (std::size_t i = 0; i < size(); ++i) {
      const EncodedList& refs = facts_[i].references;
      if (std::any_of(refs.begin(), refs.end(), [&](std::string_view r) { return ids.count(reference_parts(r).id) > 0; })) {
        out.insert(i);
      }
    }
    return out;
  }

  // Files with a reference that no file of its kind answers: its diagnostic's hint ("did you
  // mean", an organisation's acronym) depends on every id and acronym there is.
  std::set<std::size_t> unresolved() const {
    std::set<std::size_t> out;
    for (std::size_t i = 0; i < size(); ++i) {
      for (std::string_view r : facts_[i].references) {
        auto [target, id] = reference_parts(r);
        auto files = with_stem(id);
        bool answered = std::any_of(files.begin(), files.end(), [&, target = target](const auto& entry) {
          return scan_.records[entry.second].kind == target;
        });
        if (!answered) {
          out.insert(i);
          break;
        }
      }
    }
    return out;
  }

  // Meetings with one of `keys` among their travellers.
  std::set<std::size_t> sharing(const std::set<std::string, std::less<>>& keys) const {
    std::set<std::size_t> out;
    if (keys.empty()) return out;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!is_meeting(i)) continue;
      const EncodedList& mine = facts_[i].travellers;
      if (std::any_of(mine.begin(), mine.end(), [&](std::string_view k) { return keys.count(k) > 0; })) {
        out.insert(i);
      }
    }
    return out;
  }

  // The facts of a base file, from the cache when the base's blob was seen before.
  FactsView base_facts(const std::string& path, Kind kind) {
    auto it = base_.hashes.find(path);
    if (it == base_.hashes.end()) return {};
    if (auto known = cache_.find(kind, it->second)) return *known;
    auto old = base_.read(path);
    if (!old) return {};
    return cache_.put(kind, it->second, facts_of(*old, RecordFile{"", "old", kind, "old"}));
  }

 private:
  const RecordsSource& current_;
  FileScan& scan_;
  const BaseRevision& base_;
  FactsCache& cache_;
  std::size_t max_bytes_;
  std::vector<std::optional<std::string>> bytes_;
  std::vector<bool> read_tried_;
  std::vector<std::optional<std::string>> hashes_;
  bool index_asked_ = false;
  std::vector<FactsView> facts_;  // into the cache; none for an unreadable file
  std::vector<std::pair<std::string_view, std::size_t>> by_stem_;  // sorted; views of the scan's ids
};

}  // namespace

namespace {

// One run's shared state, phase by phase: the settings, what changed, what is reported, what
// their diagnostics depend on, then the load and the check of that neighbourhood alone.
class ChangedRun {
 public:
  ChangedRun(const RecordsSource& current, const std::string& display_root, const BaseRevision& base)
      : current_(current), display_root_(display_root), shown_(display_root), base_(base),
        scan_(scan_records(current, display_root)) {}

  // The settings as they are now; false when they changed, which can alter every diagnostic.
  bool settings_unchanged() {
    SourceSettings now = read_source_settings(current_, scan_);
    settings_ = std::move(now.settings);
    settings_bytes_ = std::move(now.bytes);
    if (!scan_.settings) {
      return std::none_of(kSettingsFileNames.begin(), kSettingsFileNames.end(),
                          [&](std::string_view name) { return base_.hashes.count(std::string(name)); });
    }
    return settings_bytes_ && base_.hash(*settings_bytes_) == base_hash(relative(scan_.settings->display));
  }

  ChangedCheck run(FactsCache& cache, const std::function<Date(const Settings&)>& today) {
    Neighbourhood hood(current_, scan_, base_, cache, settings_.max_file_size);
    find_changed(hood);
    hood.gather_facts();
    std::set<std::size_t> reported = reported_files(hood);
    std::set<std::size_t> loaded = dependencies(hood, reported);
    return load_and_check(hood, reported, loaded, today);
  }

 private:
  std::string_view relative(std::string_view display) const { return shown_.relative(display); }
  std::string_view base_hash(std::string_view path) const {
    auto it = base_.hashes.find(path);
    return it == base_.hashes.end() ? std::string_view() : std::string_view(it->second);
  }

  // Files whose content differs from the base's, files the base has and the current side has
  // not, and whatever the scan reports that the base does not have.
  void find_changed(Neighbourhood& hood) {
    hood.compute_hashes();
    present_.reserve(scan_.records.size());
    for (std::size_t i = 0; i < scan_.records.size(); ++i) {
      std::string_view path = relative(scan_.records[i].display);
      present_.insert(path);
      const std::string& hash = hood.hash(i);
      if (hash.empty() || hash != base_hash(path)) changed_.emplace_back(path);
    }
    for (const auto& [path, hash] : base_.hashes) {
      if (present_.count(path) || is_settings_file(path)) continue;
      changed_.push_back(path);
    }
    for (const Diagnostic& d : scan_.diagnostics) {
      std::string_view path = relative(d.path);
      if (d.path != display_root_ && !path.empty() && !base_.hashes.count(path)) changed_.emplace_back(path);
    }
  }

  // The changed files, those that share or name an id a changed file had or has, the meetings
  // sharing a delegate with a changed meeting before or after the change, and, when ids or
  // acronyms changed, every reference left unanswered (its hint depends on all of them).
  std::set<std::size_t> reported_files(Neighbourhood& hood) {
    std::set<std::string, std::less<>> changed_ids, keys;
    std::set<std::size_t> reported;
    for (const std::string& path : changed_) {
      std::string display = shown_.path(path);
      changed_display_.insert(display);
      changed_ids.insert(stem_of(path));
      if (auto i = hood.index_of(display)) {
        reported.insert(*i);
        if (hood.is_meeting(*i)) {
          for (std::string_view k : hood.facts(*i).travellers) keys.emplace(k);
        }
      }
      if (path.starts_with("meetings/")) {  // a clash its old delegates had may be gone
        for (std::string_view k : hood.base_facts(path, Kind::Meeting).travellers) keys.emplace(k);
      }
    }
    for (const std::string& id : changed_ids) hood.add_stem(id, reported);
    for (std::size_t i : hood.referrers({changed_ids.begin(), changed_ids.end()})) reported.insert(i);
    for (std::size_t i : hood.sharing(keys)) reported.insert(i);
    bool ids_changed = std::any_of(changed_.begin(), changed_.end(), [&](const std::string& path) {
      return path.starts_with("organisations/") || !present_.count(path) || !base_.hashes.count(path);
    });
    if (ids_changed) {
      for (std::size_t i : hood.unresolved()) reported.insert(i);
    }
    return reported;
  }

  // What their diagnostics depend on: the records they refer to, by id or by an organisation's
  // acronym ("cps" for spc, named in the hint), the meetings they share a delegate with, and
  // every file with the same id as any of these.
  std::set<std::size_t> dependencies(const Neighbourhood& hood, const std::set<std::size_t>& reported) const {
    std::set<std::size_t> loaded = reported;
    std::set<std::string, std::less<>> their_keys, named;
    for (std::size_t i : reported) {
      for (std::string_view ref : hood.facts(i).references) {
        std::string_view id = reference_parts(ref).id;
        hood.add_stem(id, loaded);
        named.insert(fold_for_comparison(id));
      }
      if (hood.is_meeting(i)) {
        for (std::string_view k : hood.facts(i).travellers) their_keys.emplace(k);
      }
    }
    for (std::size_t i : hood.sharing(their_keys)) loaded.insert(i);
    for (std::size_t i = 0; i < hood.size(); ++i) {
      if (!hood.is_organisation(i)) continue;
      const EncodedList& acronyms = hood.facts(i).acronyms;
      if (std::any_of(acronyms.begin(), acronyms.end(), [&](std::string_view a) { return named.count(a) > 0; })) {
        loaded.insert(i);
      }
    }
    std::set<std::size_t> with_same_id = loaded;
    for (std::size_t i : loaded) hood.add_stem(scan_.records[i].id.str(), with_same_id);
    return with_same_id;
  }

  ChangedCheck load_and_check(Neighbourhood& hood, const std::set<std::size_t>& reported,
                              const std::set<std::size_t>& loaded,
                              const std::function<Date(const Settings&)>& today) {
    ChangedCheck result;
    result.loaded = load_records(in_memory(hood, loaded));
    suggest_among_all(result.loaded.store);
    result.today = today(result.loaded.store.settings);
    std::set<std::string, std::less<>> wanted(changed_display_.begin(), changed_display_.end());
    for (std::size_t i : reported) wanted.insert(scan_.records[i].display.str());
    std::vector<Diagnostic> all = run_checks(result.loaded.store, Context{result.today, &wanted},
                                             result.loaded.diagnostics);
    for (Diagnostic& d : all) {
      if (wanted.count(d.path)) result.diagnostics.push_back(std::move(d));
    }
    return result;
  }

  // The neighbourhood's bytes, in display order as the full scan has them (a set is sorted).
  FilesInMemory in_memory(Neighbourhood& hood, const std::set<std::size_t>& loaded) {
    FilesInMemory files;
    files.scan.settings = scan_.settings;
    files.settings_bytes = settings_bytes_;
    files.scan.diagnostics = scan_.diagnostics;
    for (std::size_t i : loaded) {
      if (!hood.bytes(i)) {
        // Unreadable or too large: the full load reports it; reading it again here does too.
        current_.read(scan_.records[i], settings_.max_file_size, files.scan.diagnostics);
        continue;
      }
      files.scan.records.push_back(scan_.records[i]);
      files.record_bytes.push_back(std::move(*hood.bytes(i)));
    }
    return files;
  }

  // Suggestions ("did you mean") come from every record's id, as in the full check.
  void suggest_among_all(Store& store) const {
    std::map<Kind, std::vector<std::string>> ids_by_kind;
    for (const RecordFile& file : scan_.records) {
      if (is_valid_id(file.id)) ids_by_kind[file.kind].push_back(file.id.str());
    }
    for (auto& [kind, ids] : ids_by_kind) {
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      store.suggest_among(kind, std::move(ids));
    }
  }

  const RecordsSource& current_;
  const std::string& display_root_;
  DisplayRoot shown_;
  const BaseRevision& base_;
  FileScan scan_;
  Settings settings_;
  std::optional<std::string> settings_bytes_;
  std::vector<std::string> changed_;  // paths relative to the records root
  std::unordered_set<std::string_view> present_;  // views of the scan's paths
  std::set<std::string> changed_display_;
};

}  // namespace

std::optional<ChangedCheck> check_changed(const RecordsSource& current, const std::string& display_root,
                                          const BaseRevision& base,
                                          const std::function<Date(const Settings&)>& today,
                                          FactsCache& cache) {
  ChangedRun run(current, display_root, base);
  if (!run.settings_unchanged()) return std::nullopt;
  return run.run(cache, today);
}

}  // namespace multilat
