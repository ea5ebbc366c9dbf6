// The arena behind Str. Each thread copies into its own chunk, without a lock. Short strings are
// interned, under one of 16 locks picked by hash: ids, statuses, roles and names repeat across
// thousands of records, and one copy of each is enough.
#include "model/str.h"

#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace multilat {
namespace {

constexpr std::size_t kChunkBytes = 256 * 1024;
// Longer strings get a block of their own rather than wasting the rest of a chunk.
constexpr std::size_t kOwnBlockBytes = kChunkBytes / 8;
// Longer strings are free text, seldom repeated word for word: not worth a lookup.
constexpr std::size_t kInternMaxBytes = 64;
constexpr int kShardBits = 4;
constexpr std::size_t kShards = std::size_t{1} << kShardBits;
constexpr std::size_t kMaxSlots = std::size_t{1} << 15;  // per shard: 512k slots, 4 MB in all

std::size_t hash_of(std::string_view text) { return std::hash<std::string_view>{}(text); }

std::string_view view_of(const char* data) {
  std::uint32_t n;
  std::memcpy(&n, data - sizeof n, sizeof n);
  return {data, n};
}

// An open-addressing set of arena strings; empty slots are nullptr.
class InternShard {
 public:
  // The stored copy of `text`, or nullptr (and `slot` set) when absent.
  const char* find(std::string_view text, std::size_t hash, std::size_t& slot) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (slot = hash & mask;; slot = (slot + 1) & mask) {
      const char* stored = slots_[slot];
      if (!stored) return nullptr;
      if (view_of(stored) == text) return stored;
    }
  }

  // Kept at most three quarters full: probes stay short, and at 100k records the table is a few
  // megabytes rather than twice that.
  bool needs_room() const { return (used_ + 1) * 4 > slots_.size() * 3; }
  // A shard stops growing at kMaxSlots: the strings that repeat (ids, statuses, roles, people's
  // names) are met early and are in by then; the many that never repeat (titles, free text) would
  // only make a table too large for the cache, and every lookup slower as the records grow.
  bool full() const { return slots_.size() >= kMaxSlots && needs_room(); }

  void grow() {
    std::vector<const char*> old(slots_.empty() ? 256 : slots_.size() * 2, nullptr);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const char* stored : old) {
      if (!stored) continue;
      std::size_t slot = (hash_of(view_of(stored)) >> kShardBits) & mask;
      while (slots_[slot]) slot = (slot + 1) & mask;
      slots_[slot] = stored;
    }
  }

  void insert_at(std::size_t slot, const char* stored) {
    slots_[slot] = stored;
    ++used_;
  }

  std::mutex mutex;

 private:
  std::vector<const char*> slots_;
  std::size_t used_ = 0;
};

struct Arena {
  std::mutex mutex;
  std::vector<std::unique_ptr<char[]>> blocks;
  std::array<InternShard, kShards> shards;

  char* allocate(std::size_t size) {
    auto block = std::make_unique_for_overwrite<char[]>(size);
    char* raw = block.get();
    std::lock_guard lock(mutex);
    blocks.push_back(std::move(block));
    return raw;
  }
};

// Never destroyed: Strs in static objects may outlive any destruction order. The pointer keeps
// the blocks reachable, so leak checkers do not report them.
Arena& arena() {
  static Arena* instance = new Arena;
  return *instance;
}

thread_local char* chunk_cursor = nullptr;
thread_local std::size_t chunk_left = 0;

// Copies `text` into the arena, with its length before it and a NUL after it.
const char* copy_in(std::string_view text) {
  const std::size_t need = sizeof(std::uint32_t) + text.size() + 1;
  char* out;
  if (need > kOwnBlockBytes) {
    out = arena().allocate(need);
  } else {
    if (need > chunk_left) {
      chunk_cursor = arena().allocate(kChunkBytes);
      chunk_left = kChunkBytes;
    }
    out = chunk_cursor;
    chunk_cursor += need;
    chunk_left -= need;
  }
  const auto size = static_cast<std::uint32_t>(text.size());
  std::memcpy(out, &size, sizeof size);
  std::memcpy(out + sizeof size, text.data(), text.size());
  out[sizeof size + text.size()] = '\0';
  return out + sizeof size;
}

const char* intern(std::string_view text) {
  const std::size_t hash = hash_of(text);
  // The low bits pick the shard; the slot uses the others, so that a shard's slots are all used.
  InternShard& shard = arena().shards[hash & (kShards - 1)];
  std::lock_guard lock(shard.mutex);
  std::size_t slot = 0;
  if (const char* stored = shard.find(text, hash >> kShardBits, slot)) return stored;
  if (shard.full()) return copy_in(text);
  if (shard.needs_room()) {
    shard.grow();
    shard.find(text, hash >> kShardBits, slot);
  }
  const char* stored = copy_in(text);
  shard.insert_at(slot, stored);
  return stored;
}

}  // namespace

const char* Str::store(std::string_view text) {
  if (text.empty()) return kEmpty + sizeof(std::uint32_t);
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("string too long for a record field");
  }
  return text.size() <= kInternMaxBytes ? intern(text) : copy_in(text);
}

std::ostream& operator<<(std::ostream& out, const Str& s) { return out << s.view(); }

}  // namespace multilat
