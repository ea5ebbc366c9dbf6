// Tests of spelling suggestions.
#include "util/did_you_mean.h"

#include <doctest/doctest.h>

#include <array>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace multilat;

namespace {

constexpr std::array<std::string_view, 6> kKeys = {"name",    "acronym",     "website",
                                                   "founded", "secretariat", "members"};

}  // namespace

TEST_CASE("spelling_distance counts substitutions, insertions, deletions, transpositions") {
  CHECK(spelling_distance("", "") == 0);
  CHECK(spelling_distance("abc", "") == 3);
  CHECK(spelling_distance("", "abc") == 3);
  CHECK(spelling_distance("kitten", "sitting") == 3);
  CHECK(spelling_distance("name", "nmae") == 1);  // one transposition, not two substitutions
  CHECK(spelling_distance("ca", "abc") == 3);     // OSA, unlike full Damerau-Levenshtein (2)
  CHECK(spelling_distance("Name", "NAME") == 0);
  CHECK(spelling_distance("ÉTÉ", "été") == 0);
  CHECK(spelling_distance("entité", "entite") == 1);  // characters, not bytes
}

TEST_CASE("did_you_mean suggests the closest key") {
  CHECK(did_you_mean("nmae", kKeys) == "name");
  CHECK(did_you_mean("webiste", kKeys) == "website");
  CHECK(did_you_mean("acronim", kKeys) == "acronym");
  CHECK(did_you_mean("secretariet", kKeys) == "secretariat");
  CHECK(did_you_mean("member", kKeys) == "members");
  CHECK(did_you_mean("NAME", kKeys) == "name");  // case-insensitive, original spelling kept
}

TEST_CASE("did_you_mean stays silent when nothing is close enough") {
  CHECK_FALSE(did_you_mean("budget", kKeys));
  CHECK_FALSE(did_you_mean("", kKeys));
  CHECK_FALSE(did_you_mean("name", std::span<const std::string_view>{}));
  // max(1, 4 / 3) = 1 edit allowed for four characters: two are too many.
  CHECK_FALSE(did_you_mean("nmea", kKeys));
  // Seven characters allow two edits, not three.
  CHECK(did_you_mean("fonuded", kKeys) == "founded");
  CHECK(did_you_mean("fxxnded", kKeys) == "founded");
  CHECK_FALSE(did_you_mean("fxxded", kKeys));
}

TEST_CASE("did_you_mean breaks ties by candidate order") {
  constexpr std::array<std::string_view, 3> kNames = {"cat", "bat", "hat"};
  CHECK(did_you_mean("rat", kNames) == "cat");
  constexpr std::array<std::string_view, 3> kReversed = {"hat", "bat", "cat"};
  CHECK(did_you_mean("rat", kReversed) == "hat");
  constexpr std::array<std::string_view, 2> kTieLater = {"bat", "rats"};
  CHECK(did_you_mean("rat", kTieLater) == "bat");
  constexpr std::array<std::string_view, 2> kExactLater = {"bat", "rat"};
  CHECK(did_you_mean("rat", kExactLater) == "rat");
}

TEST_CASE("did_you_mean works over a vector of strings") {
  const std::vector<std::string> folders = {"organisations", "entities", "meetings", "prospects"};
  CHECK(did_you_mean("organizations", folders) == "organisations");
  CHECK(did_you_mean("meeting", folders) == "meetings");
  CHECK(did_you_mean("entites", folders) == "entities");
  CHECK_FALSE(did_you_mean("records", folders));
  CHECK_FALSE(did_you_mean("meetings", std::vector<std::string>{}));
}

// The pruning by length and the early stop must never change the answer.
TEST_CASE("did_you_mean agrees with comparing every candidate in full") {
  std::mt19937 random(42);
  auto word = [&](std::size_t max_length) {
    std::uniform_int_distribution<std::size_t> length(0, max_length);
    std::uniform_int_distribution<int> letter(0, 4);  // few letters: many near misses
    std::string out;
    for (std::size_t n = length(random); n > 0; --n) out += static_cast<char>('a' + letter(random));
    return out;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> candidates;
    for (int i = 0; i < 12; ++i) candidates.push_back(word(9));
    std::string typed = word(9);
    std::optional<std::string> expected;
    if (!typed.empty()) {
      std::size_t best = std::max<std::size_t>(1, typed.size() / 3) + 1;
      for (const std::string& candidate : candidates) {
        std::size_t distance = spelling_distance(typed, candidate);
        if (distance < best) {
          best = distance;
          expected = candidate;
        }
      }
    }
    INFO(typed);
    CHECK(did_you_mean(typed, candidates) == expected);
  }
}
