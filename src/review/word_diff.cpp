// A longest-common-subsequence of words, after the common start and end are set aside, so
// that the usual edit of a long note (a few words somewhere) costs little.
#include "review/word_diff.h"

#include <algorithm>
#include <cstdint>

namespace multilat {
namespace {

// Above this many cells the table would cost too much memory: the middle is then shown as
// removed whole and added whole, which is still right, only coarser.
constexpr std::size_t kMaxCells = 4'000'000;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Words, runs of spaces, and each line break alone, so that lines stay anchored.
std::vector<std::string_view> tokens_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i + 1;
    if (text[i] != '\n') {
      bool blank = is_blank(text[i]);
      while (end < text.size() && text[end] != '\n' && is_blank(text[end]) == blank) ++end;
    }
    out.push_back(text.substr(i, end - i));
    i = end;
  }
  return out;
}

using Tokens = std::vector<std::string_view>;

// One stretch of the stream: kept text, or what was removed and added in its place.
struct Stretch {
  bool same = false;
  std::string kept, removed, added;
};

void add_token(std::vector<Stretch>& out, WordPiece::Kind kind, std::string_view token) {
  bool same = kind == WordPiece::Kind::Same;
  if (out.empty() || out.back().same != same) out.push_back({same, "", "", ""});
  Stretch& s = out.back();
  (same ? s.kept : kind == WordPiece::Kind::Removed ? s.removed : s.added) += token;
}

// The middle a[0..n) against b[0..m): a table of common lengths from the end, then one walk.
void align_middle(const Tokens& a, const Tokens& b, std::vector<Stretch>& out) {
  std::size_t n = a.size(), m = b.size();
  if (n * m > kMaxCells) {
    for (auto t : a) add_token(out, WordPiece::Kind::Removed, t);
    for (auto t : b) add_token(out, WordPiece::Kind::Added, t);
    return;
  }
  std::vector<std::uint32_t> common((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return common[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      add_token(out, WordPiece::Kind::Same, a[i++]);
      ++j;
    } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
      add_token(out, WordPiece::Kind::Removed, a[i++]);
    } else {
      add_token(out, WordPiece::Kind::Added, b[j++]);
    }
  }
}

bool lone_space(const Stretch& s) {
  return s.same && std::all_of(s.kept.begin(), s.kept.end(), is_blank);
}

// "[-a-] [-b-]" reads worse than "[-a b-]": a space alone between two changes joins them,
// when both sides of the joined change then have words.
std::vector<Stretch> join_changes(std::vector<Stretch> in) {
  std::vector<Stretch> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    bool between = i + 1 < in.size() && !out.empty() && !out.back().same && !in[i + 1].same;
    if (between && lone_space(in[i])) {
      Stretch& prev = out.back();
      const Stretch& next = in[i + 1];
      bool words_both_sides =
          !(prev.removed + next.removed).empty() && !(prev.added + next.added).empty();
      if (words_both_sides) {
        prev.removed += in[i].kept + next.removed;
        prev.added += in[i].kept + next.added;
        ++i;
        continue;
      }
    }
    out.push_back(std::move(in[i]));
  }
  return out;
}

std::vector<WordPiece> pieces_of(const std::vector<Stretch>& stretches) {
  std::vector<WordPiece> out;
  for (const Stretch& s : stretches) {
    if (s.same) out.push_back({WordPiece::Kind::Same, s.kept});
    if (!s.removed.empty()) out.push_back({WordPiece::Kind::Removed, s.removed});
    if (!s.added.empty()) out.push_back({WordPiece::Kind::Added, s.added});
  }
  return out;
}

}  // namespace

std::vector<WordPiece> word_diff(std::string_view before, std::string_view after) {
  Tokens a = tokens_of(before), b = tokens_of(after);
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  std::vector<Stretch> stretches;
  for (std::size_t i = 0; i < head; ++i) add_token(stretches, WordPiece::Kind::Same, a[i]);
  align_middle(Tokens(a.begin() + head, a.end() - tail), Tokens(b.begin() + head, b.end() - tail),
               stretches);
  for (std::size_t i = a.size() - tail; i < a.size(); ++i)
    add_token(stretches, WordPiece::Kind::Same, a[i]);
  return pieces_of(join_changes(std::move(stretches)));
}

namespace {

bool has_change(const WordLine& line) {
  return std::any_of(line.pieces.begin(), line.pieces.end(),
                     [](const WordPiece& p) { return p.kind != WordPiece::Kind::Same; });
}

bool is_blank_line(const WordLine& line) {
  return std::all_of(line.pieces.begin(), line.pieces.end(), [](const WordPiece& p) {
    return std::all_of(p.text.begin(), p.text.end(), is_blank);
  });
}

// Every line of the stream, a piece that spans a line break split in two.
std::vector<WordLine> all_lines(const std::vector<WordPiece>& pieces) {
  std::vector<WordLine> lines(1);
  for (const WordPiece& p : pieces) {
    std::size_t start = 0;
    for (std::size_t end; (end = p.text.find('\n', start)) != std::string::npos; start = end + 1) {
      // A change that ends at a line break (an empty piece) still marks its line as changed.
      if (end > start || p.kind != WordPiece::Kind::Same) {
        lines.back().pieces.push_back({p.kind, p.text.substr(start, end - start)});
      }
      lines.emplace_back();
    }
    if (start < p.text.size()) lines.back().pieces.push_back({p.kind, p.text.substr(start)});
  }
  return lines;
}

}  // namespace

std::vector<WordLine> changed_lines(const std::vector<WordPiece>& pieces) {
  std::vector<WordLine> out;
  bool skipped = false;  // unchanged lines with words in them were passed over
  for (WordLine& line : all_lines(pieces)) {
    if (!has_change(line)) {
      skipped = skipped || !is_blank_line(line);
      continue;
    }
    if (skipped) out.push_back({{}, true});
    skipped = false;
    out.push_back(std::move(line));
  }
  if (skipped && !out.empty()) out.push_back({{}, true});
  return out;
}

}  // namespace multilat
