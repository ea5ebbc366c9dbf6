// The repository's own settings through libgit2; an emptied section's header is taken out of
// the file as text, since libgit2 only removes settings.
#include "git/local_config.h"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "i18n/tr.h"
#include "util/atomic_file.h"
#include "util/visible_text.h"

namespace multilat::git {
namespace {

namespace fs = std::filesystem;
using ConfigPtr = std::unique_ptr<git_config, Deleter<git_config, git_config_free>>;
using EntryPtr =
    std::unique_ptr<git_config_entry, Deleter<git_config_entry, git_config_entry_free>>;
using IteratorPtr =
    std::unique_ptr<git_config_iterator, Deleter<git_config_iterator, git_config_iterator_free>>;

[[noreturn]] void fail(std::string_view what) {
  const git_error* e = git_error_last();
  std::string detail = e && e->message ? visible_text(e->message) : "?";
  throw GitError(i18n::tr("git.error", fmt::arg("what", what), fmt::arg("detail", detail)));
}

ConfigPtr all_levels(git_repository* repo) {
  git_config* raw = nullptr;
  if (git_repository_config(&raw, repo) < 0) fail("config");
  return ConfigPtr(raw);
}

ConfigPtr local_level(git_repository* repo) {
  ConfigPtr config = all_levels(repo);
  git_config* raw = nullptr;
  if (git_config_open_level(&raw, config.get(), GIT_CONFIG_LEVEL_LOCAL) < 0) fail("config");
  return ConfigPtr(raw);
}

std::optional<ConfigValue> entry_of(git_config* config, const std::string& name) {
  git_config_entry* raw = nullptr;
  int code = git_config_get_entry(&raw, config, name.c_str());
  if (code == GIT_ENOTFOUND) return std::nullopt;
  if (code < 0) fail(name);
  EntryPtr entry(raw);
  return ConfigValue{entry->value ? entry->value : "", entry->level >= GIT_CONFIG_LEVEL_LOCAL};
}

// Without libgit2's regex functions: through pcre2 they leak under LeakSanitizer.
std::vector<std::string> names_starting(git_config* config, const std::string& prefix) {
  git_config_iterator* raw = nullptr;
  if (git_config_iterator_new(&raw, config) < 0) fail("config");
  IteratorPtr iterator(raw);
  std::vector<std::string> names;
  git_config_entry* entry = nullptr;
  while (git_config_next(&entry, iterator.get()) == 0) {
    std::string name = entry->name;
    bool fresh = std::find(names.begin(), names.end(), name) == names.end();
    if (name.rfind(prefix, 0) == 0 && fresh) names.push_back(name);
  }
  return names;
}

// A name set more than once (a multivar) is removed whole, through the regex it takes.
void remove_name(git_config* config, const std::string& name) {
  if (git_config_delete_entry(config, name.c_str()) == 0) return;
  if (git_config_delete_multivar(config, name.c_str(), ".*") < 0) fail(name);
}

// Spaces and tabs around a line, as git ignores them around a section header.
std::string trimmed(const std::string& line) {
  std::size_t first = line.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return line.substr(first, line.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line + '\n');
  if (!text.empty() && text.back() != '\n') lines.back().pop_back();
  return lines;
}

// Whether nothing but blank lines and comments lie between line `i` and the next header.
bool section_is_empty(const std::vector<std::string>& lines, std::size_t i) {
  for (std::size_t j = i + 1; j < lines.size(); ++j) {
    std::string line = trimmed(lines[j]);
    if (!line.empty() && line[0] == '[') return true;
    if (!line.empty() && line[0] != '#' && line[0] != ';') return false;
  }
  return true;
}

}  // namespace

std::string without_empty_section(const std::string& text, const std::string& section,
                                  const std::string& subsection) {
  std::string header = fmt::format("[{} \"{}\"]", section, subsection);
  std::vector<std::string> lines = lines_of(text);
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    bool drop = trimmed(lines[i]) == header && section_is_empty(lines, i);
    if (!drop) out += lines[i];
  }
  return out;
}

// From the git folder rather than the working tree, which may hold no .git (GIT_DIR set apart).
LocalConfig::LocalConfig(const Repository& repo) {
  git_repository* raw = nullptr;
  std::string git_dir = repo.git_dir().string();
  if (git_repository_open_ext(&raw, git_dir.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) < 0) {
    fail(visible_text(git_dir));
  }
  repo_.reset(raw);
}

std::optional<ConfigValue> LocalConfig::lookup(const std::string& name) const {
  return entry_of(all_levels(repo_.get()).get(), name);
}

std::optional<std::string> LocalConfig::local(const std::string& name) const {
  auto entry = entry_of(local_level(repo_.get()).get(), name);
  return entry ? std::optional<std::string>(entry->value) : std::nullopt;
}

void LocalConfig::set(const std::string& name, const std::string& value) const {
  if (git_config_set_string(local_level(repo_.get()).get(), name.c_str(), value.c_str()) < 0) {
    fail(name);
  }
}

std::size_t LocalConfig::remove_section(const std::string& section,
                                        const std::string& subsection) const {
  ConfigPtr local = local_level(repo_.get());
  auto names = names_starting(local.get(), fmt::format("{}.{}.", section, subsection));
  for (const std::string& name : names) remove_name(local.get(), name);
  fs::path file = common_dir() / "config";
  std::string text = read_file_if_exists(file).value_or("");
  std::string kept = without_empty_section(text, section, subsection);
  if (kept != text) write_file_atomically(file, kept, true);
  return names.size();
}

fs::path LocalConfig::common_dir() const { return fs::path(git_repository_commondir(repo_.get())); }

}  // namespace multilat::git
