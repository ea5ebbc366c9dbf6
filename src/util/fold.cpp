// Case and accent folding for comparing names and words typed by people.
#include "util/fold.h"

#include <array>
#include <utility>

#include "util/utf8.h"

namespace multilat {
namespace {

// The accented letters of French (and a few neighbours), upper and lower case, and the macron
// vowels of Māori, Tongan and Samoan names.
constexpr std::array<std::pair<char32_t, std::string_view>, 54> kFolds = {{
    {U'à', "a"}, {U'â', "a"}, {U'ä', "a"}, {U'á', "a"}, {U'À', "a"}, {U'Â', "a"}, {U'Ä', "a"},
    {U'Á', "a"}, {U'ç', "c"}, {U'Ç', "c"}, {U'é', "e"}, {U'è', "e"}, {U'ê', "e"}, {U'ë', "e"},
    {U'É', "e"}, {U'È', "e"}, {U'Ê', "e"}, {U'Ë', "e"}, {U'î', "i"}, {U'ï', "i"}, {U'í', "i"},
    {U'Î', "i"}, {U'Ï', "i"}, {U'ô', "o"}, {U'ö', "o"}, {U'ó', "o"}, {U'Ô', "o"}, {U'Ö', "o"},
    {U'ù', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ú', "u"}, {U'Ù', "u"}, {U'Û', "u"}, {U'Ü', "u"},
    {U'ÿ', "y"}, {U'ñ', "n"}, {U'Ñ', "n"}, {U'œ', "oe"}, {U'Œ', "oe"}, {U'æ', "ae"}, {U'Æ', "ae"},
    {U'ā', "a"}, {U'ē', "e"}, {U'ī', "i"}, {U'ō', "o"}, {U'ū', "u"}, {U'Ā', "a"}, {U'Ē', "e"},
    {U'Ī', "i"}, {U'Ō', "o"}, {U'Ū', "u"}, {U'’', "'"}, {U'\u00a0', " "},
}};

// A name typed on a Mac arrives decomposed (NFD: "E" then U+0301); folding drops the accent
// either way, so dropping the combining marks makes NFC and NFD spellings compare equal.
bool is_combining_mark(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F);
}

std::string_view fold_of(char32_t c) {
  for (const auto& [from, to] : kFolds) {
    if (from == c) return to;
  }
  return {};
}

}  // namespace

std::string fold_for_comparison(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t offset = 0; offset < text.size();) {
    auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {  // ASCII, most of the text: no decoding, no table
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
      ++offset;
      continue;
    }
    CodePoint point = decode_utf8_at(text, offset);
    if (point.valid && is_combining_mark(point.value)) {
      offset += point.length;
      continue;
    }
    std::string_view folded = point.valid ? fold_of(point.value) : std::string_view();
    if (!folded.empty()) {
      out += folded;
    } else if (point.length == 1 && text[offset] >= 'A' && text[offset] <= 'Z') {
      out += static_cast<char>(text[offset] - 'A' + 'a');
    } else {
      out += text.substr(offset, point.length);
    }
    offset += point.length;
  }
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

}  // namespace multilat
