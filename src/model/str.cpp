// The arena behind Str: each thread fills its own chunk, so loading workers never contend.
#include "model/str.h"

#include <limits>
#include <memory>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace multilat {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
// Longer strings get a block of their own rather than wasting the rest of a chunk.
constexpr std::size_t kOwnBlockBytes = kChunkBytes / 8;

struct Arena {
  std::mutex mutex;
  std::vector<std::unique_ptr<char[]>> blocks;
  std::size_t bytes = 0;

  char* allocate(std::size_t size) {
    auto block = std::make_unique_for_overwrite<char[]>(size);
    char* raw = block.get();
    std::lock_guard lock(mutex);
    blocks.push_back(std::move(block));
    bytes += size;
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

}  // namespace

const char* Str::empty_data() noexcept {
  static constexpr char kEmpty[sizeof(std::uint32_t) + 1] = {};
  return kEmpty + sizeof(std::uint32_t);
}

const char* Str::store(std::string_view text) {
  if (text.empty()) return empty_data();
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("string too long for a record field");
  }
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

std::ostream& operator<<(std::ostream& out, const Str& s) { return out << s.view(); }

std::size_t Str::arena_bytes() {
  std::lock_guard lock(arena().mutex);
  return arena().bytes;
}

}  // namespace multilat
