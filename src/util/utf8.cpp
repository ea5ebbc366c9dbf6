// UTF-8 decoding by the well-formed byte sequences of Unicode's Table 3-7.
#include "util/utf8.h"

#include <algorithm>

namespace multilat {

namespace {

constexpr CodePoint kInvalidByte = {U'\uFFFD', 1, false};

// What a lead byte announces: the sequence length and the allowed range of the second byte.
// Narrowed second-byte ranges are what exclude overlongs, surrogates and > U+10FFFF.
struct Lead {
  size_t length;
  unsigned char second_min;
  unsigned char second_max;
};

std::optional<Lead> lead_of(unsigned char byte) {
  if (byte < 0x80) return Lead{1, 0, 0};
  if (byte >= 0xC2 && byte <= 0xDF) return Lead{2, 0x80, 0xBF};
  if (byte == 0xE0) return Lead{3, 0xA0, 0xBF};  // below: overlong
  if (byte == 0xED) return Lead{3, 0x80, 0x9F};  // above: surrogates
  if (byte >= 0xE1 && byte <= 0xEF) return Lead{3, 0x80, 0xBF};
  if (byte == 0xF0) return Lead{4, 0x90, 0xBF};  // below: overlong
  if (byte >= 0xF1 && byte <= 0xF3) return Lead{4, 0x80, 0xBF};
  if (byte == 0xF4) return Lead{4, 0x80, 0x8F};  // above: beyond U+10FFFF
  return std::nullopt;  // continuation bytes, C0, C1 (always overlong), F5..FF
}

unsigned char byte_at(std::string_view bytes, size_t offset) {
  return static_cast<unsigned char>(bytes[offset]);
}

bool in_range(unsigned char byte, unsigned char low, unsigned char high) {
  return byte >= low && byte <= high;
}

}  // namespace

CodePoint decode_utf8_at(std::string_view bytes, size_t offset) {
  const unsigned char first = byte_at(bytes, offset);
  const auto lead = lead_of(first);
  if (!lead) return kInvalidByte;
  if (lead->length == 1) return {first, 1, true};
  if (lead->length > bytes.size() - offset) return kInvalidByte;  // truncated
  if (!in_range(byte_at(bytes, offset + 1), lead->second_min, lead->second_max)) {
    return kInvalidByte;
  }
  char32_t value = first & (0x7F >> lead->length);
  for (size_t i = 1; i < lead->length; ++i) {
    const unsigned char next = byte_at(bytes, offset + i);
    if (!in_range(next, 0x80, 0xBF)) return kInvalidByte;
    value = (value << 6) | (next & 0x3F);
  }
  return {value, lead->length, true};
}

std::optional<size_t> first_invalid_utf8(std::string_view bytes) {
  for (size_t offset = 0; offset < bytes.size();) {
    const CodePoint code_point = decode_utf8_at(bytes, offset);
    if (!code_point.valid) return offset;
    offset += code_point.length;
  }
  return std::nullopt;
}

std::pair<uint32_t, uint32_t> line_column_at(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  const size_t newline = before.rfind('\n');
  size_t column = 1;
  // Step whole characters so an offset inside one still names that character's column.
  for (size_t at = newline == std::string_view::npos ? 0 : newline + 1; at < offset; ++column) {
    at += decode_utf8_at(text, at).length;
  }
  return {static_cast<uint32_t>(line), static_cast<uint32_t>(column)};
}

size_t display_width(std::string_view utf8) {
  size_t width = 0;
  for (size_t offset = 0; offset < utf8.size(); ++width) {
    offset += decode_utf8_at(utf8, offset).length;
  }
  return width;
}

std::u32string to_code_points(std::string_view utf8) {
  std::u32string result;
  for (size_t offset = 0; offset < utf8.size();) {
    const CodePoint code_point = decode_utf8_at(utf8, offset);
    result.push_back(code_point.value);
    offset += code_point.length;
  }
  return result;
}

}  // namespace multilat

namespace multilat {

std::string pad_to_width(std::string_view utf8, size_t width) {
  size_t used = display_width(utf8);
  return std::string(utf8) + std::string(width > used ? width - used : 0, ' ');
}

std::string truncate_to_width(std::string_view utf8, size_t width) {
  if (width == 0) return {};
  if (display_width(utf8) <= width) return std::string(utf8);
  size_t offset = 0;
  for (size_t kept = 0; kept + 1 < width && offset < utf8.size(); ++kept) {
    offset += decode_utf8_at(utf8, offset).length;
  }
  return std::string(utf8.substr(0, offset)) + "…";
}

std::vector<std::string> wrap_to_width(std::string_view utf8, size_t width) {
  if (width == 0 || display_width(utf8) <= width) return {std::string(utf8)};
  std::vector<std::string> lines(1);
  size_t used = 0;  // code points on the last line
  auto add_word = [&](std::string_view word) {
    size_t length = display_width(word);
    if (used > 0 && used + 1 + length <= width) {
      lines.back().append(1, ' ').append(word);
      used += 1 + length;
      return;
    }
    if (used > 0) {
      lines.emplace_back();
      used = 0;
    }
    // A word longer than a line is split where the line ends.
    size_t offset = 0;
    while (display_width(word.substr(offset)) > width) {
      size_t end = offset;
      for (size_t kept = 0; kept < width; ++kept) end += decode_utf8_at(word, end).length;
      lines.back() = std::string(word.substr(offset, end - offset));
      lines.emplace_back();
      offset = end;
    }
    lines.back() = std::string(word.substr(offset));
    used = display_width(lines.back());
  };
  size_t start = 0;
  while (start < utf8.size()) {
    size_t space = utf8.find(' ', start);
    std::string_view word = utf8.substr(start, space == std::string_view::npos ? std::string_view::npos
                                                                                 : space - start);
    if (!word.empty()) add_word(word);
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return lines;
}

}  // namespace multilat
