// Walks the parsed tree for secret-looking keys and values.
#include "load/secret_scan.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "i18n/tr.h"
#include "util/fold.h"

namespace multilat {
namespace {

bool is_secret_key(std::string_view key) {
  static const std::set<std::string, std::less<>> kWords = {
      "password", "passwd", "pwd", "mdp", "secret", "token", "apikey", "passphrase"};
  std::string folded = fold_for_comparison(key);
  if (folded.find("mot-de-passe") != std::string::npos ||
      folded.find("mot de passe") != std::string::npos ||
      folded.find("motdepasse") != std::string::npos) {
    return true;
  }
  std::string word;
  for (char c : folded + "-") {
    if (c == '-' || c == '_' || c == ' ' || c == '.') {
      if (kWords.count(word)) return true;
      word.clear();
    } else {
      word += c;
    }
  }
  return folded.find("api-key") != std::string::npos || folded.find("api_key") != std::string::npos;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// "password: x", "mdp = x", "api key: x": a secret's name as a whole word, then ':' or '=',
// then something. Compared folded, so "Mot de passe" and "MOT DE PASSE" are alike.
bool is_secret_text(const std::string& text) {
  static constexpr std::string_view kNames[] = {"password", "passwd", "pwd",     "mdp",
                                                "mot de passe", "token", "api key", "api-key",
                                                "api_key",  "apikey", "secret"};
  // Most text has neither separator: it is passed over without being folded, which matters at
  // 100k records, where every scalar comes through here.
  if (text.find_first_of(":=") == std::string::npos) return false;
  std::string folded = fold_for_comparison(text);
  for (std::string_view name : kNames) {
    for (std::size_t at = folded.find(name); at != std::string::npos;
         at = folded.find(name, at + 1)) {
      std::size_t end = at + name.size();
      if ((at > 0 && is_word_char(folded[at - 1])) ||
          (end < folded.size() && is_word_char(folded[end]))) {
        continue;
      }
      std::size_t next = folded.find_first_not_of(' ', end);
      if (next == std::string::npos || (folded[next] != ':' && folded[next] != '=')) continue;
      if (folded.find_first_not_of(' ', next + 1) != std::string::npos) return true;
    }
  }
  return false;
}

void walk(const yaml::Node& node, std::set<std::uint32_t>& lines) {
  if (node.is_scalar() && is_secret_text(node.scalar)) lines.insert(node.loc.line);
  for (const yaml::Node& item : node.items) walk(item, lines);
  for (const yaml::Entry& entry : node.entries) {
    if (is_secret_key(entry.key)) lines.insert(entry.key_loc.line);
    walk(entry.node(), lines);
  }
}

}  // namespace

void report_secrets(const yaml::Node& root, std::string_view path,
                    std::vector<Diagnostic>& diagnostics) {
  std::set<std::uint32_t> lines;
  walk(root, lines);
  if (lines.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return d.path == path && lines.count(d.loc.line) > 0;
  });
  for (std::uint32_t line : lines) {
    diagnostics.push_back({std::string(path), Loc{}, Severity::Error, "secret-in-records",
                           i18n::tr("load.secret", fmt::arg("line", line)),
                           i18n::tr("load.secret.hint")});
  }
}

}  // namespace multilat
