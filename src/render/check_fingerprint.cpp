// Fingerprints from the rule, the file and the field path, never from the line or the words.
#include "render/check_fingerprint.h"

#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

#include "load/yaml_tree.h"
#include "render/field_path.h"

namespace multilat {
namespace {

// FNV-1a, 64 bits: stable across runs, machines and versions, unlike std::hash.
std::string fnv1a(std::string_view key) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : key) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}", hash);
}

// The file's YAML as the lines quoted under diagnostics have it: the working tree, or the
// revision or index that was checked. Nothing when it does not parse.
std::optional<yaml::Node> parse_lines(const LineSource& lines, const std::string& path) {
  std::string text;
  for (std::uint32_t n = 1; auto line = lines(path, n); ++n) {
    text += *line;
    text += '\n';
  }
  return yaml::parse_document(text).root;
}

// Each file is parsed once, and only when a diagnostic points inside it.
class FieldFinder {
 public:
  explicit FieldFinder(const LineSource& lines) : lines_(lines) {}

  std::string field(const Diagnostic& d) {
    if (d.loc.line == 0) return "";
    auto [it, fresh] = trees_.try_emplace(d.path);
    if (fresh) it->second = parse_lines(lines_, d.path);
    return it->second ? field_path_at(*it->second, d.loc) : "";
  }

 private:
  const LineSource& lines_;
  std::map<std::string, std::optional<yaml::Node>, std::less<>> trees_;
};

}  // namespace

std::vector<std::string> check_fingerprints(const std::vector<Diagnostic>& diagnostics,
                                            const LineSource& lines, const PathMap& to_repository) {
  FieldFinder finder(lines);
  std::map<std::string, int, std::less<>> seen;  // occurrences of each rule, file and field
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    std::string key = fmt::format("{}\x1f{}\x1f{}", d.rule, to_repository(d.path), finder.field(d));
    out.push_back(fnv1a(fmt::format("{}\x1f{}", key, ++seen[key])));
  }
  return out;
}

}  // namespace multilat
