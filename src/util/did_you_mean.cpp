// Spelling suggestions by edit distance, in the manner of ninja's SpellcheckString.
#include "util/did_you_mean.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "util/utf8.h"

namespace multilat {

namespace {

// ASCII and Latin-1 capitals (À..Þ but not ×): enough for French and English keys.
char32_t fold_case(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

std::u32string folded(std::string_view text) {
  std::u32string result = to_code_points(text);
  std::transform(result.begin(), result.end(), result.begin(), fold_case);
  return result;
}

// Optimal string alignment: Levenshtein plus transposition of two adjacent characters. Stops
// early with a value of at least `limit` once no alignment can come under it.
size_t osa_distance(const std::u32string& a, const std::u32string& b,
                    size_t limit = std::numeric_limits<size_t>::max()) {
  const size_t width = b.size() + 1;
  std::vector<size_t> d((a.size() + 1) * width);
  auto at = [&](size_t i, size_t j) -> size_t& { return d[i * width + j]; };
  std::iota(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(width), size_t{0});
  size_t previous_best = 0;  // the smallest value of the row before (row 0 starts at 0)
  for (size_t i = 1; i <= a.size(); ++i) {
    at(i, 0) = i;
    size_t row_best = at(i, 0);
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
      row_best = std::min(row_best, at(i, j));
    }
    // A transposition reaches back two rows, so stop only when two rows are past the limit.
    if (row_best >= limit && previous_best >= limit) return limit;
    previous_best = row_best;
  }
  return at(a.size(), b.size());
}

}  // namespace

size_t spelling_distance(std::string_view a, std::string_view b) {
  return osa_distance(folded(a), folded(b));
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string_view> candidates) {
  const std::u32string target = folded(word);
  if (target.empty()) return std::nullopt;
  // Longer words tolerate more typos; one edit is always allowed.
  size_t best_distance = std::max<size_t>(1, target.size() / 3) + 1;
  std::optional<std::string> best;
  for (std::string_view candidate : candidates) {
    const std::u32string other = folded(candidate);
    // The distance is at least the difference in length: skip what cannot win, so that a file
    // with thousands of unknown values costs no more than a file with a few.
    const size_t gap = other.size() > target.size() ? other.size() - target.size()
                                                    : target.size() - other.size();
    if (gap >= best_distance) continue;
    const size_t distance = osa_distance(target, other, best_distance);
    if (distance < best_distance) {  // strict: the earlier candidate keeps a tie
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  const std::vector<std::string_view> views(candidates.begin(), candidates.end());
  return did_you_mean(word, views);
}

}  // namespace multilat
