// The lines that say what happened to a record and to each of its fields, shared by `diff` and
// `changes`.
#include "render/diff_lines.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat {

using i18n::tr;

std::string_view kind_word(RecordChange::Kind kind) {
  switch (kind) {
    case RecordChange::Kind::Added:
      return "added";
    case RecordChange::Kind::Removed:
      return "removed";
    case RecordChange::Kind::Moved:
      return "moved";
    case RecordChange::Kind::Modified:
      break;
  }
  return "modified";
}

std::string_view field_word(FieldChange::Kind kind) {
  if (kind == FieldChange::Kind::Added) return "added";
  if (kind == FieldChange::Kind::Removed) return "removed";
  return "changed";
}

// A stage, a meeting status or New Caledonia's status in the reader's words, as `check` and
// the lists show them; any other value as written.
std::string value_words(const FieldChange& f, const std::string& value) {
  if (value.empty() || (f.key != "stage" && f.key != "status" && f.key != "nc-status")) return value;
  std::string key = fmt::format("value.{}.{}", f.key, value);
  std::string_view word = i18n::text(i18n::language(), key);
  return word == key ? value : std::string(word);
}

std::string days_note(const FieldChange& f) {
  if (!f.days || *f.days == 0) return "";
  auto n = static_cast<std::size_t>(*f.days > 0 ? *f.days : -*f.days);
  return i18n::trn(*f.days > 0 ? "diff.days-later" : "diff.days-earlier", n);
}

std::string record_headline(const RecordChange& c) {
  std::string kind = c.record_kind.empty() ? tr("diff.not-a-record")
                                          : tr(fmt::format("diff.kind.{}", c.record_kind));
  std::string what = tr(fmt::format("diff.{}", kind_word(c.kind)));
  if (c.kind == RecordChange::Kind::Moved && c.old_id != c.id) {
    what = tr("diff.renamed", fmt::arg("old", c.old_id));
  }
  std::string title = c.title.empty() ? "" : fmt::format(" · {}", c.title);
  return fmt::format("{} · {}{} · {}", visible_text(c.id), kind, title, what);
}

std::vector<std::string> change_notes(const RecordChange& c, const DiffEnds& ends) {
  std::vector<std::string> out;
  if (c.kind == RecordChange::Kind::Moved) {
    out.push_back(tr("diff.moved-from", fmt::arg("old", c.old_path), fmt::arg("new", c.new_path)));
  }
  if (!c.old_invalid.empty()) {
    out.push_back(tr("diff.invalid-at", fmt::arg("end", ends.from), fmt::arg("problem", c.old_invalid)));
  }
  if (!c.new_invalid.empty()) {
    out.push_back(tr("diff.invalid-at", fmt::arg("end", ends.to), fmt::arg("problem", c.new_invalid)));
  }
  if (!c.old_invalid.empty() && !c.new_invalid.empty()) out.push_back(tr("diff.invalid-both"));
  return out;
}

std::string change_line(const FieldChange& f) {
  std::string days = days_note(f);
  std::string suffix = days.empty() ? "" : fmt::format(" ({})", days);
  switch (f.kind) {
    case FieldChange::Kind::Added:
      return fmt::format("+ {} : {}", f.field, value_words(f, f.new_value));
    case FieldChange::Kind::Removed:
      return fmt::format("- {} : {}", f.field, value_words(f, f.old_value));
    case FieldChange::Kind::Changed:
      break;
  }
  return fmt::format("~ {} : {} → {}{}", f.field, value_words(f, f.old_value),
                     value_words(f, f.new_value), suffix);
}

}  // namespace multilat
