// Each change says what a reviewer needs first: which record, what happened to it, then the
// fields, with dates moved given in days and stages and statuses in the reader's words.
#include "render/diff_render.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>

#include "i18n/tr.h"
#include "render/cell_text.h"
#include "render/diff_lines.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using i18n::tr;

std::string count_line(const std::vector<RecordChange>& changes, const DiffEnds& ends) {
  if (changes.empty()) return tr("diff.nothing", fmt::arg("from", ends.from), fmt::arg("to", ends.to));
  return i18n::trn("diff.count", changes.size(), fmt::arg("from", ends.from), fmt::arg("to", ends.to));
}

}  // namespace

void render_diff_text(std::ostream& out, const std::vector<RecordChange>& changes, const DiffEnds& ends,
                      bool with_count) {
  for (const RecordChange& c : changes) {
    out << terminal_safe(record_headline(c)) << '\n';
    out << "  " << terminal_safe(c.new_path.empty() ? c.old_path : c.new_path) << '\n';
    for (const std::string& note : change_notes(c, ends)) out << "  " << terminal_safe(note) << '\n';
    for (const FieldChange& f : c.fields) out << "  " << terminal_safe(change_line(f)) << '\n';
    out << '\n';
  }
  if (with_count) out << count_line(changes, ends) << '\n';
}

void render_diff_markdown(std::ostream& out, const std::vector<RecordChange>& changes,
                          const DiffEnds& ends) {
  out << "#### multilat · " << markdown_text(count_line(changes, ends)) << "\n";
  for (const RecordChange& c : changes) {
    out << "\n**" << markdown_text(record_headline(c)) << "**  \n`"
        << markdown_cell(c.new_path.empty() ? c.old_path : c.new_path) << "`\n";
    for (const std::string& note : change_notes(c, ends)) out << "\n- " << markdown_text(note) << '\n';
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
