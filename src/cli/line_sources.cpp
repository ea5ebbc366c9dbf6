// Where the excerpts under a diagnostic come from.
#include "cli/line_sources.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "load/tree_policy.h"

namespace multilat::cli {

// Reads quoted lines from the working tree, each file once, and only what the records tree's
// policy allows: the excerpt must never show a byte from outside the root.
LineSource file_lines(const RecordsRoot& root) {
  auto cache = std::make_shared<std::unordered_map<std::string, std::vector<std::string>>>();
  auto policy = std::make_shared<TreePolicy>(root.path);
  return [cache, policy](const std::string& path, uint32_t line) -> std::optional<std::string> {
    auto [it, fresh] = cache->try_emplace(path);
    if (fresh && policy->may_read(path)) {
      std::ifstream in(path, std::ios::binary);
      for (std::string text; std::getline(in, text);) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        it->second.push_back(std::move(text));
      }
    }
    if (line == 0 || line > it->second.size()) return std::nullopt;
    return it->second[line - 1];
  };
}

// Quoted lines from the files as a git revision or the index holds them.
LineSource snapshot_lines(const std::map<std::string, std::string, std::less<>>& files) {
  auto cache = std::make_shared<std::unordered_map<std::string, std::vector<std::string>>>();
  return [cache, &files](const std::string& path, uint32_t line) -> std::optional<std::string> {
    auto [it, fresh] = cache->try_emplace(path);
    if (auto file = files.find(path); fresh && file != files.end()) {
      std::istringstream in(file->second);
      for (std::string text; std::getline(in, text);) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        it->second.push_back(std::move(text));
      }
    }
    if (line == 0 || line > it->second.size()) return std::nullopt;
    return it->second[line - 1];
  };
}

}  // namespace multilat::cli
