// Reads every file's bytes once (cheap) but parses only the neighbourhood of the change. Which
// files refer to an id is found by searching the bytes for it, then confirmed by parsing; which
// meetings share a delegate, by searching folded text for the delegate's folded name. A search
// finds a superset, and parsing trims it, so nothing the full check would tie is missed:
// tests/git/changed_property.py compares the result with the full check on random edits.
#include "check/changed_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "check/rules.h"
#include "load/record_files.h"
#include "load/record_parser.h"
#include "model/kind.h"
#include "util/fold.h"

namespace multilat {
namespace {

std::string stem_of(std::string_view path) {
  std::string_view name = path.substr(path.rfind('/') + 1);
  return std::string(name.substr(0, name.rfind('.')));
}

// Who a delegate is for the clash rule: the folded name, else the entity sent.
std::string traveller(const Delegate& d) {
  return d.person.empty() ? "entity:" + d.entity.value.str() : fold_for_comparison(d.person);
}

// Whether `text` holds one of `ids` as a whole token (letters, digits and hyphens): an id is
// always written so in a reference, and one pass with set lookups beats a search per id.
bool mentions_token(std::string_view text, const std::unordered_set<std::string_view>& ids) {
  auto is_id_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c >= 'A' && c <= 'Z') || c == '_';
  };
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_id_char(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && is_id_char(text[i])) ++i;
    if (i > start && ids.count(text.substr(start, i - start))) return true;
  }
  return false;
}

struct ChangedFiles {
  std::vector<std::string> paths;         // relative to the records root
  std::vector<std::string> old_meetings;  // changed meetings' content in the base
};

class Neighbourhood {
 public:
  Neighbourhood(CurrentFiles& current, std::size_t max_bytes) : scan_(current.scan) {
    FileScan& scan = current.scan;
    bytes_.resize(scan.records.size());
    for (std::size_t i = 0; i < scan.records.size(); ++i) {
      std::vector<Diagnostic> ignored;  // the load below reports them again, for the files it reads
      bytes_[i] = current.read(scan.records[i], max_bytes, ignored);
      by_stem_[scan.records[i].id.str()].push_back(i);
      by_display_[scan.records[i].display.str()] = i;
    }
    parsed_.resize(scan.records.size());
  }

  std::optional<std::size_t> index_of(const std::string& display) const {
    auto it = by_display_.find(display);
    return it == by_display_.end() ? std::nullopt : std::optional(it->second);
  }

  void add_stem(const std::string& id, std::set<std::size_t>& out) const {
    if (auto it = by_stem_.find(id); it != by_stem_.end()) out.insert(it->second.begin(), it->second.end());
  }

  // The ids a file refers to, and the travellers of a meeting.
  const std::vector<std::string>& references(std::size_t i) { return parse(i).references; }
  const std::set<std::string>& travellers(std::size_t i) { return parse(i).travellers; }
  bool is_meeting(std::size_t i) const { return scan_.records[i].kind == Kind::Meeting; }

  // Files that refer to one of `ids`.
  std::set<std::size_t> referrers(const std::set<std::string, std::less<>>& ids) {
    std::set<std::size_t> out;
    std::unordered_set<std::string_view> wanted(ids.begin(), ids.end());
    for (std::size_t i = 0; i < bytes_.size(); ++i) {
      if (!bytes_[i]) continue;
      if (!mentions_token(*bytes_[i], wanted)) continue;
      const auto& refs = references(i);
      if (std::any_of(refs.begin(), refs.end(), [&](const std::string& r) { return ids.find(r) != ids.end(); })) {
        out.insert(i);
      }
    }
    return out;
  }

  // Meetings with one of `keys` among their travellers: those whose folded text has the key's
  // longest word (an index of every meeting's words, built once), confirmed by parsing.
  std::set<std::size_t> sharing(const std::set<std::string>& keys) {
    std::set<std::size_t> out;
    if (keys.empty()) return out;
    if (!words_built_) build_word_index();
    std::set<std::size_t> candidates;
    for (const std::string& key : keys) {
      std::string_view needle = longest_word(key.starts_with("entity:") ? std::string_view(key).substr(7) : key);
      if (auto it = words_.find(std::string(needle)); it != words_.end()) {
        candidates.insert(it->second.begin(), it->second.end());
      }
    }
    for (std::size_t i : candidates) {
      const auto& mine = travellers(i);
      if (std::any_of(mine.begin(), mine.end(), [&](const std::string& k) { return keys.count(k) > 0; })) {
        out.insert(i);
      }
    }
    return out;
  }

  std::optional<std::string>& bytes(std::size_t i) { return bytes_[i]; }

 private:
  struct Parsed {
    bool done = false;
    std::vector<std::string> references;
    std::set<std::string> travellers;
  };

  Parsed& parse(std::size_t i) {
    Parsed& p = parsed_[i];
    if (p.done || !bytes_[i]) return p;
    p.done = true;
    ParsedRecord record = parse_record(*bytes_[i], scan_.records[i]);
    if (!record.record) return p;
    std::visit([&](const auto& r) {
      for (const Reference& ref : r.header.references) p.references.push_back(ref.id.str());
      if constexpr (std::is_same_v<std::decay_t<decltype(r)>, Meeting>) {
        for (const Delegate& d : r.delegation) p.travellers.insert(traveller(d));
      }
    }, *record.record);
    return p;
  }

  static bool is_word_byte(char c) {
    auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || std::isalnum(b) || c == '-' || c == '_';
  }

  static std::string_view longest_word(std::string_view text) {
    std::string_view best;
    for (std::size_t i = 0; i < text.size();) {
      while (i < text.size() && !is_word_byte(text[i])) ++i;
      std::size_t start = i;
      while (i < text.size() && is_word_byte(text[i])) ++i;
      if (i - start > best.size()) best = text.substr(start, i - start);
    }
    return best;
  }

  void build_word_index() {
    words_built_ = true;
    for (std::size_t i = 0; i < bytes_.size(); ++i) {
      if (!bytes_[i] || !is_meeting(i)) continue;
      std::string folded = fold_for_comparison(*bytes_[i]);
      for (std::size_t k = 0; k < folded.size();) {
        while (k < folded.size() && !is_word_byte(folded[k])) ++k;
        std::size_t start = k;
        while (k < folded.size() && is_word_byte(folded[k])) ++k;
        if (k > start) {
          auto& files = words_[folded.substr(start, k - start)];
          if (files.empty() || files.back() != i) files.push_back(i);
        }
      }
    }
  }

  FileScan& scan_;
  std::vector<std::optional<std::string>> bytes_;
  std::vector<Parsed> parsed_;
  std::map<std::string, std::vector<std::size_t>> by_stem_;
  std::map<std::string, std::size_t> by_display_;
  bool words_built_ = false;
  std::unordered_map<std::string, std::vector<std::size_t>> words_;  // folded word -> meetings
};

// The travellers of a meeting file's old content (before the change).
std::set<std::string> old_travellers(const std::string& bytes) {
  std::set<std::string> out;
  ParsedRecord record = parse_record(bytes, RecordFile{"", "old", Kind::Meeting, "old"});
  if (record.record) {
    if (const Meeting* m = std::get_if<Meeting>(&*record.record)) {
      for (const Delegate& d : m->delegation) out.insert(traveller(d));
    }
  }
  return out;
}

}  // namespace

CurrentFiles working_tree_files(const std::filesystem::path& root, const std::string& display_root) {
  return {scan_records(root, display_root), [](const RecordFile& file, std::size_t max_bytes,
                                               std::vector<Diagnostic>& out) {
            return read_bounded(file, max_bytes, out);
          }};
}

std::optional<ChangedCheck> check_changed(CurrentFiles current, const std::string& display_root,
                                          const BaseRevision& base,
                                          const std::function<Date(const Settings&)>& today) {
  FileScan& scan = current.scan;
  auto relative = [&](const Str& display) { return display.str().substr(display_root.size() + 1); };
  auto base_hash = [&](const std::string& path) {
    auto it = base.hashes.find(path);
    return it == base.hashes.end() ? std::string() : it->second;
  };
  Settings settings;
  std::optional<std::string> settings_bytes;
  if (scan.settings) {
    std::vector<Diagnostic> ignored;
    settings_bytes = current.read(*scan.settings, settings.max_file_size, ignored);
    if (settings_bytes) settings = parse_settings(*settings_bytes, *scan.settings).settings;
    std::string path = relative(scan.settings->display);
    if (!settings_bytes || base.hash(*settings_bytes) != base_hash(path)) return std::nullopt;
  } else if (base.hashes.count("multilat.yaml") || base.hashes.count("multilat.yml")) {
    return std::nullopt;
  }
  Neighbourhood hood(current, settings.max_file_size);

  // What changed: files whose content differs from the base's, files the base has and the working
  // tree has not, and whatever the scan reports that the base does not have.
  ChangedFiles changed;
  std::set<std::string> present;
  for (std::size_t i = 0; i < scan.records.size(); ++i) {
    std::string path = relative(scan.records[i].display);
    present.insert(path);
    auto& bytes = hood.bytes(i);
    if (!bytes || base.hash(*bytes) != base_hash(path)) changed.paths.push_back(path);
  }
  for (const auto& [path, hash] : base.hashes) {
    if (present.count(path) || path == "multilat.yaml" || path == "multilat.yml") continue;
    changed.paths.push_back(path);
  }
  for (const Diagnostic& d : scan.diagnostics) {
    if (d.path.size() > display_root.size() && !base.hashes.count(d.path.substr(display_root.size() + 1))) {
      changed.paths.push_back(d.path.substr(display_root.size() + 1));
    }
  }
  for (const std::string& path : changed.paths) {
    if (!path.starts_with("meetings/") || !base.hashes.count(path)) continue;
    if (auto old = base.read(path)) changed.old_meetings.push_back(std::move(*old));
  }

  // What is reported.
  std::set<std::string, std::less<>> changed_ids;
  std::set<std::string> changed_display;
  std::set<std::size_t> reported;
  std::set<std::string> keys;
  for (const std::string& path : changed.paths) {
    std::string display = display_root + "/" + path;
    changed_display.insert(display);
    changed_ids.insert(stem_of(path));
    if (auto i = hood.index_of(display)) {
      reported.insert(*i);
      if (hood.is_meeting(*i)) {
        for (const std::string& k : hood.travellers(*i)) keys.insert(k);
      }
    }
  }
  for (const std::string& old : changed.old_meetings) {
    for (const std::string& k : old_travellers(old)) keys.insert(k);
  }
  for (const std::string& id : changed_ids) hood.add_stem(id, reported);
  for (std::size_t i : hood.referrers(changed_ids)) reported.insert(i);
  for (std::size_t i : hood.sharing(keys)) reported.insert(i);

  // What their diagnostics depend on: the records they refer to, the meetings they share a
  // delegate with, and every file with the same id as any of these.
  std::set<std::size_t> loaded = reported;
  std::set<std::string> their_keys;
  for (std::size_t i : reported) {
    for (const std::string& ref : hood.references(i)) hood.add_stem(ref, loaded);
    if (hood.is_meeting(i)) {
      for (const std::string& k : hood.travellers(i)) their_keys.insert(k);
    }
  }
  for (std::size_t i : hood.sharing(their_keys)) loaded.insert(i);
  // Every organisation is loaded too, whatever the change: a reference written as an acronym
  // ("cps" for spc) is answered with the organisation whose acronym it is.
  for (std::size_t i = 0; i < scan.records.size(); ++i) {
    if (scan.records[i].kind == Kind::Organisation) loaded.insert(i);
  }
  std::set<std::size_t> with_same_id = loaded;
  for (std::size_t i : loaded) hood.add_stem(scan.records[i].id.str(), with_same_id);

  FilesInMemory files;
  files.scan.settings = scan.settings;
  files.settings_bytes = settings_bytes;
  files.scan.diagnostics = scan.diagnostics;
  std::set<std::string> reported_display = changed_display;
  for (std::size_t i : reported) reported_display.insert(scan.records[i].display.str());
  for (std::size_t i : with_same_id) {  // a set: in display order, as the full scan has them
    if (!hood.bytes(i)) {
      // Unreadable or too large: the full load reports it; reading it again here does too.
      std::vector<Diagnostic> problems;
      current.read(scan.records[i], settings.max_file_size, problems);
      for (Diagnostic& d : problems) files.scan.diagnostics.push_back(std::move(d));
      continue;
    }
    files.scan.records.push_back(scan.records[i]);
    files.record_bytes.push_back(std::move(*hood.bytes(i)));
  }
  ChangedCheck result;
  result.loaded = load_records(std::move(files));
  // Suggestions ("did you mean") come from every record's id, as in the full check.
  std::map<Kind, std::set<std::string>> ids_by_kind;
  for (const RecordFile& file : scan.records) {
    if (is_valid_id(file.id)) ids_by_kind[file.kind].insert(file.id.str());
  }
  for (auto& [kind, ids] : ids_by_kind) {
    result.loaded.store.suggest_among(kind, std::vector<std::string>(ids.begin(), ids.end()));
  }
  result.today = today(result.loaded.store.settings);
  std::set<std::string, std::less<>> wanted(reported_display.begin(), reported_display.end());
  std::vector<Diagnostic> all = run_checks(result.loaded.store, Context{result.today, &wanted},
                                           result.loaded.diagnostics);
  for (Diagnostic& d : all) {
    if (reported_display.count(d.path)) result.diagnostics.push_back(std::move(d));
  }
  return result;
}

}  // namespace multilat
