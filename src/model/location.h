// Where a value came from in its record file, so every message can point back to it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace multilat {

// 1-based line and column; 0 means unknown. length is the width of the token, for carets.
// Eight bytes, because every located value of 100k records carries one: the column and the
// length saturate at 65535, which only a line longer than 64 KB reaches.
struct Loc {
  static constexpr std::size_t kMaxColumn = UINT16_MAX;

  std::uint32_t line = 0;
  std::uint16_t column = 0;
  std::uint16_t length = 0;

  constexpr Loc() = default;
  constexpr Loc(std::uint32_t line, std::size_t column, std::size_t length = 0)
      : line(line), column(saturated(column)), length(saturated(length)) {}

  static constexpr std::uint16_t saturated(std::size_t n) {
    return static_cast<std::uint16_t>(std::min(n, kMaxColumn));
  }
};

template <class T>
struct Located {
  T value{};
  Loc loc{};
};

}  // namespace multilat
