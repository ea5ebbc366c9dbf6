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

// What `check` says of the file from its document: a record's or the settings' diagnostics,
// none for another file.
std::vector<Diagnostic> check_diagnostics(const yaml::ParseResult& document, const std::string& path,
                                          const PathParts& parts) {
  RecordFile file{"", path, parts.kind.value_or(Kind::Organisation), parts.id};
  if (parts.kind) return parse_record(document, file).diagnostics;
  if (parts.settings) return parse_settings(document, file).diagnostics;
  return {};
}

std::string first_error(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::Error) continue;
    return d.loc.line ? fmt::format("{}:{}: {}", d.loc.line, d.loc.column, d.message) : d.message;
  }
  return "";
}

std::string first_error(const std::vector<yaml::ParseIssue>& issues) {
  for (const yaml::ParseIssue& issue : issues) {
    if (!issue.warning) return issue.message;
  }
  return "";
}

// Parsed once: the tree to compare, and the diagnostics that say whether the side is invalid.
// A side not read (over its end's size limit) is invalid for the reason it was not.
Side read_side(const std::optional<std::string>& bytes, const std::string& unread, const std::string& path,
               const PathParts& parts) {
  Side side;
  side.invalid = unread;
  if (!bytes) return side;
  yaml::ParseResult document = yaml::parse_document(*bytes);
  side.invalid = first_error(check_diagnostics(document, path, parts));
  if (!document.root && side.invalid.empty()) side.invalid = first_error(document.issues);
  side.root = std::move(document.root);
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

// The change's paths, id and kind; nothing for a file that is a records file at neither end.
std::optional<RecordChange> identify(const FileVersions& f, const PathParts& old_parts,
                                     const PathParts& new_parts) {
  RecordChange change;
  change.old_path = f.old_path;
  change.new_path = f.new_path;
  const PathParts& parts = f.new_path.empty() ? old_parts : new_parts;
  change.id = parts.id;
  change.old_id = f.old_path.empty() ? parts.id : old_parts.id;
  // A file moved out of (or into) the kind folders keeps the kind it had on the other side.
  std::optional<Kind> kind = new_parts.kind ? new_parts.kind : old_parts.kind;
  bool settings = new_parts.settings || old_parts.settings;
  if (!kind && !settings) return std::nullopt;
  change.record_kind = settings ? "settings" : std::string(kind_name(*kind));
  return change;
}

// An added or removed record says what it is by its key facts; a kept one, by its changed fields.
void compare_trees(const Side& before, const Side& after, RecordChange& change) {
  if (change.old_path.empty()) {
    change.kind = RecordChange::Kind::Added;
    if (after.root) change.facts = key_facts(change.record_kind, *after.root);
  } else if (change.new_path.empty()) {
    change.kind = RecordChange::Kind::Removed;
    if (before.root) change.facts = key_facts(change.record_kind, *before.root);
  } else {
    change.kind = change.old_path == change.new_path ? RecordChange::Kind::Modified : RecordChange::Kind::Moved;
    if (before.root && after.root) change.fields = diff_records(*before.root, *after.root);
    change.layout_only = change.kind == RecordChange::Kind::Modified && change.fields.empty() &&
                         before.root && after.root;
  }
}

std::optional<RecordChange> describe_change(const FileVersions& f, Language language) {
  PathParts old_parts = parts_of(f.old_path, f.old_kind, f.old_settings);
  PathParts new_parts = parts_of(f.new_path, f.new_kind, f.new_settings);
  std::optional<RecordChange> change = identify(f, old_parts, new_parts);
  if (!change) return std::nullopt;  // not a records file at either end: git's business
  Side before = read_side(f.old_bytes, f.old_unread, f.old_path, old_parts);
  Side after = read_side(f.new_bytes, f.new_unread, f.new_path, new_parts);
  change->old_invalid = before.invalid;
  change->new_invalid = after.invalid;
  change->title = title_of(after.root ? after.root : before.root, language);
  compare_trees(before, after, *change);
  // A conflict in the index is neither the old file kept nor a new one: a merge to finish.
  if (f.unmerged) change->kind = RecordChange::Kind::Unmerged;
  return change;
}

// By the path at the new end, or at the old end for a removed file; the settings after the
// records, which they are not one of.
void sort_by_path(std::vector<RecordChange>& changes) {
  std::sort(changes.begin(), changes.end(), [](const RecordChange& a, const RecordChange& b) {
    const std::string& pa = a.new_path.empty() ? a.old_path : a.new_path;
    const std::string& pb = b.new_path.empty() ? b.old_path : b.new_path;
    if (a.is_settings() != b.is_settings()) return b.is_settings();
    return pa < pb;
  });
}

}  // namespace

std::vector<RecordChange> describe_changes(const std::vector<FileVersions>& files, Language language) {
  std::vector<RecordChange> out;
  for (const FileVersions& f : files) {
    if (std::optional<RecordChange> change = describe_change(f, language)) out.push_back(std::move(*change));
  }
  sort_by_path(out);
  return out;
}

}  // namespace multilat
