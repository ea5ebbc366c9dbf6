// The format: a header line naming the format and the program version (facts from another
// version may have been extracted differently), then the entries sorted by key. Every string is
// written as its length, a colon and its bytes, so that no text needs escaping: an entry is its
// key and its body; a body is three lists (references, travellers, acronyms); a list is a string
// whose bytes are its items.
#include "incremental/facts_cache.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "util/atomic_file.h"

namespace multilat {
namespace {

constexpr std::string_view kHeader = "multilat record facts 3 " MULTILAT_VERSION "\n";

std::string key_of(Kind kind, std::string_view hash) {
  std::string key(kind_name(kind));
  key += ':';
  key += hash;
  return key;
}

void write_string(std::string& out, std::string_view s) {
  out += std::to_string(s.size());
  out += ':';
  out += s;
}

std::string encode_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) write_string(out, s);
  return out;
}

// Takes one length-prefixed string off the front of `rest`; nothing when `rest` holds none.
std::optional<std::string_view> take(std::string_view& rest) {
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), n);
  std::size_t digits = static_cast<std::size_t>(end - rest.data());
  if (ec != std::errc() || digits == rest.size() || *end != ':' || n > rest.size() - digits - 1) {
    return std::nullopt;
  }
  std::string_view s = rest.substr(digits + 1, n);
  rest.remove_prefix(digits + 1 + n);
  return s;
}

bool is_list(std::string_view bytes) {
  while (!bytes.empty()) {
    if (!take(bytes)) return false;
  }
  return true;
}

// The three lists of a body, when it is well formed.
std::optional<FactsView> view_of(std::string_view body) {
  FactsView view;
  for (EncodedList* list : {&view.references, &view.travellers, &view.acronyms}) {
    auto bytes = take(body);
    if (!bytes || !is_list(*bytes)) return std::nullopt;
    *list = EncodedList(*bytes);
  }
  if (!body.empty()) return std::nullopt;
  return view;
}

}  // namespace

void EncodedList::iterator::advance() {
  if (rest_.empty()) {
    at_end_ = true;
    rest_ = {};
    return;
  }
  at_end_ = false;
  current_ = *take(rest_);  // checked when the list was loaded or written
}

bool EncodedList::contains(std::string_view s) const {
  return std::find(begin(), end(), s) != end();
}

FactsCache FactsCache::parse(std::string bytes) {
  FactsCache cache;
  if (!std::string_view(bytes).starts_with(kHeader)) return cache;
  cache.bytes_ = std::move(bytes);
  std::string_view rest = std::string_view(cache.bytes_).substr(kHeader.size());
  while (!rest.empty()) {
    auto key = take(rest);
    auto body = key ? take(rest) : std::nullopt;
    // A body is checked when it is looked up: most are never needed.
    if (!body || (!cache.loaded_.empty() && cache.loaded_.back().key >= *key)) {
      return {};  // damaged: start again
    }
    cache.loaded_.push_back({*key, *body, false});
  }
  return cache;
}

FactsCache FactsCache::load(const std::filesystem::path& file) {
  try {
    if (auto bytes = read_file_if_exists(file)) return parse(std::move(*bytes));
  } catch (const std::runtime_error&) {
  }
  return {};
}

std::optional<FactsView> FactsCache::find(Kind kind, std::string_view hash) {
  std::string key = key_of(kind, hash);
  std::lock_guard lock(*mutex_);
  auto it = std::lower_bound(loaded_.begin(), loaded_.end(), key,
                             [](const Loaded& entry, const std::string& k) { return entry.key < k; });
  if (it != loaded_.end() && it->key == key) {
    auto view = view_of(it->body);
    it->used = view.has_value();  // a damaged entry is dropped, and its file parsed again
    return view;
  }
  if (auto added = added_.find(key); added != added_.end()) return view_of(added->second);
  return std::nullopt;
}

FactsView FactsCache::put(Kind kind, std::string_view hash, const RecordFacts& facts) {
  std::string body;
  for (const auto* list : {&facts.references, &facts.travellers, &facts.acronyms}) {
    write_string(body, encode_list(*list));
  }
  std::string key = key_of(kind, hash);
  std::lock_guard lock(*mutex_);
  // A map node keeps its bytes where they are; the same blob put twice (two files with the same
  // content) keeps the first bytes, which another file's view may already point into.
  auto [it, fresh] = added_.try_emplace(std::move(key), std::move(body));
  return *view_of(it->second);
}

std::string FactsCache::serialise() const {
  std::lock_guard lock(*mutex_);
  std::vector<std::pair<std::string_view, std::string_view>> kept;
  for (const Loaded& entry : loaded_) {
    if (entry.used && !added_.count(entry.key)) kept.emplace_back(entry.key, entry.body);
  }
  for (const auto& [key, body] : added_) kept.emplace_back(key, body);
  std::sort(kept.begin(), kept.end());
  std::string out(kHeader);
  for (const auto& [key, body] : kept) {
    write_string(out, key);
    write_string(out, body);
  }
  return out;
}

void FactsCache::save(const std::filesystem::path& file) const {
  bool changed = false;
  {
    std::lock_guard lock(*mutex_);
    changed = !added_.empty() ||
              std::any_of(loaded_.begin(), loaded_.end(), [](const Loaded& e) { return !e.used; });
  }
  if (!changed) return;
  try {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    write_file_atomically(file, serialise(), true);
  } catch (const std::runtime_error&) {
  }
}

}  // namespace multilat
