// Where a value came from in its record file, so every message can point back to it.
#pragma once

#include <cstdint>

namespace multilat {

// 1-based line and column; 0 means unknown. length is the width of the token, for carets.
struct Loc {
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t length = 0;
};

template <class T>
struct Located {
  T value{};
  Loc loc{};
};

}  // namespace multilat
