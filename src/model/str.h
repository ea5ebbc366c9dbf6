// Immutable strings for the loaded records. A record holds many short strings (ids, names,
// statuses, roles); as std::string each costs 32 bytes plus a heap block. A Str is one pointer,
// and its characters live in a process-wide arena that is never freed, which is what keeps
// 100k records within the memory budget (docs/performance.md). What a command derives from the
// records once per run (deadlines, agenda entries) uses Str too, so it can point at them.
#pragma once

#include <fmt/format.h>

#include <compare>
#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>

namespace multilat {

class Str {
 public:
  Str() noexcept = default;
  // Copies the characters into the arena. Implicit, so that records read like plain structs.
  Str(std::string_view text) : data_(store(text)) {}  // NOLINT(google-explicit-constructor)
  Str(const std::string& text) : Str(std::string_view(text)) {}  // NOLINT
  Str(const char* text) : Str(std::string_view(text)) {}         // NOLINT

  std::string_view view() const noexcept { return {data_, size()}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }
  const char* data() const noexcept { return data_; }
  const char* c_str() const noexcept { return data_; }  // always NUL-terminated
  std::size_t size() const noexcept {
    std::uint32_t n;
    std::memcpy(&n, data_ - sizeof n, sizeof n);
    return n;
  }
  bool empty() const noexcept { return size() == 0; }
  const char* begin() const noexcept { return data_; }
  const char* end() const noexcept { return data_ + size(); }

  friend bool operator==(const Str& a, const Str& b) noexcept { return a.view() == b.view(); }
  friend std::strong_ordering operator<=>(const Str& a, const Str& b) noexcept {
    return a.view() <=> b.view();
  }
  template <class T>
  requires(!std::is_same_v<T, Str> && std::is_convertible_v<const T&, std::string_view>) friend bool
  operator==(const Str& a, const T& b) noexcept {
    return a.view() == std::string_view(b);
  }
  template <class T>
  requires(!std::is_same_v<T, Str> &&
           std::is_convertible_v<const T&, std::string_view>) friend std::strong_ordering
  operator<=>(const Str& a, const T& b) noexcept {
    return a.view() <=> std::string_view(b);
  }

 private:
  static const char* store(std::string_view text);

  // The empty string, with its zero length before it like every stored string.
  static constexpr char kEmpty[sizeof(std::uint32_t) + 1] = {};
  const char* data_ = kEmpty + sizeof(std::uint32_t);
};

std::ostream& operator<<(std::ostream& out, const Str& s);

}  // namespace multilat

template <>
struct std::hash<multilat::Str> {
  std::size_t operator()(const multilat::Str& s) const noexcept {
    return std::hash<std::string_view>{}(s.view());
  }
};

template <>
struct fmt::formatter<multilat::Str> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const multilat::Str& s, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(s.view(), ctx);
  }
};
