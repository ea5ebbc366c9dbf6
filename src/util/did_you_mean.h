// "Did you mean ...?" suggestions for mistyped keys, values and names.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace multilat {

// The candidate closest to `word` by optimal string alignment distance (Damerau-Levenshtein
// with adjacent transpositions), compared case-insensitively and by character, if that
// distance is at most max(1, characters in word / 3); ties go to the earliest candidate.
// An empty word gets no suggestion.
std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string_view> candidates);
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

// The optimal string alignment distance between two texts, compared as above.
size_t spelling_distance(std::string_view a, std::string_view b);

}  // namespace multilat
