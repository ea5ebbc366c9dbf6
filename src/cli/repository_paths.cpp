// Displayed paths mapped to paths from the repository's top, for CI annotations.
#include "cli/repository_paths.h"

#include <filesystem>
#include <memory>
#include <optional>

#include "git/repository.h"

namespace multilat::cli {
namespace {

namespace fs = std::filesystem;

// The top of the repository's working tree with its links resolved, as the files' folders will
// be; nothing outside a repository (or in one git refuses to read), where paths stay as shown.
std::optional<fs::path> repository_top(const RecordsRoot& root) {
  try {
    std::error_code ec;
    fs::path top = fs::canonical(git::Repository::discover(root.path, "check").workdir(), ec);
    if (!ec) return top;
  } catch (const git::GitError&) {
  }
  return std::nullopt;
}

// Only the folder's links are resolved: a record that is itself a link keeps its own name.
std::string from_top(const fs::path& top, const std::string& shown) {
  std::error_code ec;
  fs::path file = fs::absolute(shown, ec).lexically_normal();
  if (!file.has_filename()) file = file.parent_path();
  fs::path folder = fs::weakly_canonical(file.parent_path(), ec);
  if (ec) return shown;
  fs::path relative = (folder / file.filename()).lexically_relative(top);
  if (relative.empty() || *relative.begin() == "..") return shown;
  return relative.generic_string();
}

}  // namespace

PathMap repository_paths(const RecordsRoot& root) {
  // The repository is looked for on the first path mapped: only the CI formats map paths, and
  // a check printed as text need not open git at all.
  auto top = std::make_shared<std::optional<std::optional<fs::path>>>();
  return [root, top](const std::string& shown) {
    if (!*top) *top = repository_top(root);
    return **top ? from_top(***top, shown) : shown;
  };
}

}  // namespace multilat::cli
