#include "git/revision_guess.h"

#include <algorithm>

#include "util/did_you_mean.h"

namespace multilat::git {
namespace {

// A name the given one starts, or else the closest spelling; `names` sorted.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& names) {
  if (name.empty()) return std::nullopt;
  auto prefixed = std::find_if(names.begin(), names.end(),
                               [&](const std::string& candidate) { return candidate.starts_with(name); });
  if (prefixed != names.end()) return *prefixed;
  return did_you_mean(name, names);
}

}  // namespace

std::optional<std::string> revision_guess(std::string_view rev, const std::vector<std::string>& names) {
  std::string_view name = rev.substr(0, rev.find_first_of("~^@:"));
  std::vector<std::string> sorted = names;
  std::sort(sorted.begin(), sorted.end());
  std::optional<std::string> guess = closest_name(name, sorted);
  if (!guess) return std::nullopt;
  *guess += rev.substr(name.size());
  if (*guess == rev) return std::nullopt;
  return guess;
}

}  // namespace multilat::git
