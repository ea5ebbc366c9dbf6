// Record facts kept between `check --changed` runs, by kind and blob id, in one file under the
// repository's git folder: a run then parses only the files whose content it has not seen, and
// the pre-commit hook stays fast. The file is only ever a shortcut: a missing, unreadable,
// damaged or older-format file is ignored and rewritten.
//
// Facts are kept encoded, as the file has them, and read in place: a run looks at every file's
// facts once, and decoding ten thousand of them into strings would cost more than the rest.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "incremental/record_facts.h"
#include "model/kind.h"

namespace multilat {

// A list of strings as the cache file writes it: each one's length, a colon, its bytes.
class EncodedList {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;
    iterator() = default;
    explicit iterator(std::string_view rest) : rest_(rest) { advance(); }
    std::string_view operator*() const { return current_; }
    iterator& operator++() { return advance(), *this; }
    void operator++(int) { advance(); }
    bool operator==(const iterator& other) const { return at_end_ == other.at_end_ && rest_.data() == other.rest_.data(); }

   private:
    void advance();
    std::string_view rest_, current_;
    bool at_end_ = true;
  };

  EncodedList() = default;
  explicit EncodedList(std::string_view bytes) : bytes_(bytes) {}
  iterator begin() const { return iterator(bytes_); }
  iterator end() const { return {}; }
  bool empty() const { return bytes_.empty(); }
  bool contains(std::string_view s) const;

 private:
  std::string_view bytes_;  // already checked when the cache was loaded or written
};

struct FactsView {
  EncodedList references, travellers, acronyms;
};

class FactsCache {
 public:
  FactsCache() = default;
  // The cache stored at `file`; empty when there is none or it cannot be used.
  static FactsCache load(const std::filesystem::path& file);

  // The facts of a file of `kind` whose blob id is `hash`, if known; `put` stores them. Both are
  // safe from several threads, and what they return lives as long as the cache.
  std::optional<FactsView> find(Kind kind, std::string_view hash);
  FactsView put(Kind kind, std::string_view hash, const RecordFacts& facts);

  // Writes the entries found or put since loading, atomically, when anything was added or
  // dropped. Failing to write is not an error: the next run parses again.
  void save(const std::filesystem::path& file) const;

  // The bytes `save` writes, and what `load` accepts, exposed for tests.
  std::string serialise() const;
  static FactsCache parse(std::string bytes);

  std::size_t size() const { return loaded_.size() + added_.size(); }

 private:
  struct Loaded {
    std::string_view key, body;
    bool used = false;
  };
  // The file as loaded; `loaded_` points into it. Moving the cache moves the buffer, not the
  // bytes (the header alone is too long for the short-string buffer), so the views hold.
  std::string bytes_;
  std::vector<Loaded> loaded_;   // sorted by key, as written
  std::map<std::string, std::string, std::less<>> added_;  // key -> body, put this run
  std::unique_ptr<std::mutex> mutex_ = std::make_unique<std::mutex>();  // movable
};

}  // namespace multilat
