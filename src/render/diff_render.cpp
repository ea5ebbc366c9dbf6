// Each change says what a reviewer needs first: which record, what happened to it, then the
// fields, with dates moved given in days and stages and statuses in the reader's words.
#include "render/diff_render.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

#include "i18n/tr.h"
#include "render/cell_text.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

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

std::string headline(const RecordChange& c) {
  std::string kind = c.record_kind.empty() ? tr("diff.not-a-record")
                                          : tr(fmt::format("diff.kind.{}", c.record_kind));
  std::string what = tr(fmt::format("diff.{}", kind_word(c.kind)));
  if (c.kind == RecordChange::Kind::Moved && c.old_id != c.id) {
    what = tr("diff.renamed", fmt::arg("old", c.old_id));
  }
  std::string title = c.title.empty() ? "" : fmt::format(" · {}", c.title);
  return fmt::format("{} · {}{} · {}", visible_text(c.id), kind, title, what);
}

std::vector<std::string> notes(const RecordChange& c, const DiffEnds& ends) {
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

std::string count_line(const std::vector<RecordChange>& changes, const DiffEnds& ends) {
  if (changes.empty()) return tr("diff.nothing", fmt::arg("from", ends.from), fmt::arg("to", ends.to));
  return i18n::trn("diff.count", changes.size(), fmt::arg("from", ends.from), fmt::arg("to", ends.to));
}

}  // namespace

void render_diff_text(std::ostream& out, const std::vector<RecordChange>& changes, const DiffEnds& ends,
                      bool with_count) {
  for (const RecordChange& c : changes) {
    out << terminal_safe(headline(c)) << '\n';
    out << "  " << terminal_safe(c.new_path.empty() ? c.old_path : c.new_path) << '\n';
    for (const std::string& note : notes(c, ends)) out << "  " << terminal_safe(note) << '\n';
    for (const FieldChange& f : c.fields) out << "  " << terminal_safe(change_line(f)) << '\n';
    out << '\n';
  }
  if (with_count) out << count_line(changes, ends) << '\n';
}

void render_diff_markdown(std::ostream& out, const std::vector<RecordChange>& changes,
                          const DiffEnds& ends) {
  out << "#### multilat · " << markdown_text(count_line(changes, ends)) << "\n";
  for (const RecordChange& c : changes) {
    out << "\n**" << markdown_text(headline(c)) << "**  \n`"
        << markdown_cell(c.new_path.empty() ? c.old_path : c.new_path) << "`\n";
    for (const std::string& note : notes(c, ends)) out << "\n- " << markdown_text(note) << '\n';
    if (c.fields.empty()) continue;
    out << "\n| " << tr("diff.label.field") << " | " << tr("diff.label.before") << " | "
        << tr("diff.label.after") << " |\n| --- | --- | --- |\n";
    for (const FieldChange& f : c.fields) {
      std::string days = days_note(f);
      std::string after = value_words(f, f.new_value);
      if (!days.empty()) after += fmt::format(" ({})", days);
      out << "| `" << markdown_cell(f.field) << "` | " << markdown_cell(value_words(f, f.old_value))
          << " | " << markdown_cell(after) << " |\n";
    }
  }
}

void render_diff_json(std::ostream& out, const std::vector<RecordChange>& changes, const DiffEnds& ends) {
  using Json = nlohmann::json;
  Json list = Json::array();
  auto or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  for (const RecordChange& c : changes) {
    Json fields = Json::array();
    for (const FieldChange& f : c.fields) {
      Json field = {{"field", f.field}, {"change", field_word(f.kind)},
                    {"old", or_null(f.old_value)}, {"new", or_null(f.new_value)}};
      if (f.days) field["days"] = *f.days;
      fields.push_back(std::move(field));
    }
    list.push_back({{"change", kind_word(c.kind)},
                    {"id", c.id},
                    {"old_id", c.old_id},
                    {"kind", or_null(c.record_kind)},
                    {"title", or_null(c.title)},
                    {"old_path", or_null(c.old_path)},
                    {"new_path", or_null(c.new_path)},
                    {"old_invalid", or_null(c.old_invalid)},
                    {"new_invalid", or_null(c.new_invalid)},
                    {"fields", fields}});
  }
  Json doc = {{"from", ends.from}, {"to", ends.to}, {"changes", list}};
  out << json_safe(doc.dump(2)) << '\n';
}

}  // namespace multilat
