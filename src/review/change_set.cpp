// Parses each side with the records' own parser and validator, so that "invalid" means what
// `check` means by it, then compares the trees.
#include "review/change_set.h"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/tr.h"
#include "load/record_files.h"
#include "load/record_parser.h"
#include "load/yaml_tree.h"
#include "model/kind.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

// What one side of a file is, as the scanner classified it; the id is the file's name.
struct PathParts {
  std::optional<Kind> kind;
  bool settings = false;
  std::string id;
};

PathParts parts_of(std::string_view path, std::optional<Kind> kind, bool settings) {
  return {kind, settings, stem_of(path)};
}

struct Side {
  std::optional<yaml::Node> root;
  std::string invalid;
};

Side read_side(const std::optional<std::string>& bytes, bool too_large, const std::string& path,
               const PathParts& parts) {
  Side side;
  if (too_large) {
    side.invalid = i18n::tr("load.file-too-large", fmt::arg("max", Settings{}.max_file_size));
    return side;
  }
  if (!bytes) return side;
  yaml::ParseResult parsed = yaml::parse_document(*bytes);
  side.root = std::move(parsed.root);
  std::vector<Diagnostic> diagnostics;
  RecordFile file{"", path, parts.kind.value_or(Kind::Organisation), parts.id};
  if (parts.kind) {
    diagnostics = parse_record(*bytes, file).diagnostics;
  } else if (parts.settings) {
    diagnostics = parse_settings(*bytes, file).diagnostics;
  }
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::Error) {
      side.invalid = d.loc.line ? fmt::format("{}:{}: {}", d.loc.line, d.loc.column, d.message) : d.message;
      break;
    }
  }
  if (!side.root && side.invalid.empty()) {
    for (const yaml::ParseIssue& issue : parsed.issues) {
      if (!issue.warning) {
        side.invalid = issue.message;
        break;
      }
    }
  }
  return side;
}

std::string title_of(const std::optional<yaml::Node>& root, Language language) {
  if (!root || !root->is_map()) return "";
  for (std::string_view key : {"title", "name"}) {
    const yaml::Entry* e = root->find(key);
    if (!e) continue;
    const yaml::Node& n = e->node();
    if (n.is_scalar()) return visible_text(n.scalar);
    if (n.is_map()) {
      for (std::string_view lang : {language_code(language), language_code(language == Language::Fr ? Language::En : Language::Fr)}) {
        if (const yaml::Entry* t = n.find(lang); t && t->node().is_scalar()) return visible_text(t->node().scalar);
      }
    }
  }
  return "";
}

}  // namespace

std::vector<RecordChange> describe_changes(const std::vector<FileVersions>& files, Language language) {
  std::vector<RecordChange> out;
  for (const FileVersions& f : files) {
    RecordChange change;
    change.old_path = f.old_path;
    change.new_path = f.new_path;
    PathParts old_parts = parts_of(f.old_path, f.old_kind, f.old_settings);
    PathParts new_parts = parts_of(f.new_path, f.new_kind, f.new_settings);
    const PathParts& parts = f.new_path.empty() ? old_parts : new_parts;
    change.id = parts.id;
    change.old_id = f.old_path.empty() ? parts.id : old_parts.id;
    // A file moved out of (or into) the kind folders keeps the kind it had on the other side.
    std::optional<Kind> kind = new_parts.kind ? new_parts.kind : old_parts.kind;
    bool settings = new_parts.settings || old_parts.settings;
    if (!kind && !settings) continue;  // not a records file at either end: git's business
    change.record_kind = settings ? "settings" : std::string(kind_name(*kind));
    Side before = read_side(f.old_bytes, f.old_too_large, f.old_path, old_parts);
    Side after = read_side(f.new_bytes, f.new_too_large, f.new_path, new_parts);
    change.old_invalid = before.invalid;
    change.new_invalid = after.invalid;
    change.title = title_of(after.root ? after.root : before.root, language);
    if (f.old_path.empty()) {
      change.kind = RecordChange::Kind::Added;
      if (after.root) change.facts = key_facts(change.record_kind, *after.root);
    } else if (f.new_path.empty()) {
      change.kind = RecordChange::Kind::Removed;
      if (before.root) change.facts = key_facts(change.record_kind, *before.root);
    } else {
      change.kind = f.old_path == f.new_path ? RecordChange::Kind::Modified : RecordChange::Kind::Moved;
      if (before.root && after.root) change.fields = diff_records(*before.root, *after.root);
      change.layout_only = change.kind == RecordChange::Kind::Modified && change.fields.empty() &&
                           before.root && after.root;
    }
    out.push_back(std::move(change));
  }
  std::sort(out.begin(), out.end(), [](const RecordChange& a, const RecordChange& b) {
    const std::string& pa = a.new_path.empty() ? a.old_path : a.new_path;
    const std::string& pb = b.new_path.empty() ? b.old_path : b.new_path;
    return pa < pb;
  });
  return out;
}

}  // namespace multilat
