// Each change says what a reviewer needs first: which record, what happened to it, then the
// fields, with dates moved given in days and stages and statuses in the reader's words.
#include "render/diff_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "i18n/tr.h"
#include "render/cell_text.h"
#include "render/change_json.h"
#include "render/check_change.h"
#include "render/diff_lines.h"
#include "render/value_words.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using i18n::tr;

// The records counted, the settings said apart: they are not a record.
std::string count_line(const std::vector<RecordChange>& changes, const DiffEnds& ends) {
  auto records = static_cast<std::size_t>(
      std::count_if(changes.begin(), changes.end(), [](const RecordChange& c) { return !c.is_settings(); }));
  bool settings = records < changes.size();
  if (records == 0) {
    return tr(settings ? "diff.nothing-but-settings" : "diff.nothing", fmt::arg("from", ends.from),
              fmt::arg("to", ends.to));
  }
  std::string count = i18n::trn("diff.count", records, fmt::arg("from", ends.from), fmt::arg("to", ends.to));
  return settings ? tr("diff.settings-too", fmt::arg("count", count)) : count;
}

// After what names a change: what every change says, then its consequences.
void add_change_and_check(OrderedJson& out, const RecordChange& c) {
  add_change_json(out, c);
  out["check"] = consequences_json(c.check);
}

bool has_long_text(const FieldChange& f) { return !f.words.empty(); }

// The short changes as a table: field, before, after.
void markdown_table(std::ostream& out, const RecordChange& c) {
  const std::vector<FieldChange>& fields = c.fields;
  if (std::all_of(fields.begin(), fields.end(), has_long_text)) return;
  out << "\n| " << tr("diff.label.field") << " | " << tr("diff.label.before") << " | "
      << tr("diff.label.after") << " |\n| --- | --- | --- |\n";
  for (const FieldChange& f : fields) {
    if (has_long_text(f)) continue;
    std::string after = value_words(c.record_kind, f.field, f.new_value);
    if (std::string days = days_note(f); !days.empty()) after += fmt::format(" ({})", days);
    if (std::string language = language_note(f); !language.empty()) {
      after += fmt::format(" ⚠ {}", language);
    }
    out << "| " << markdown_code_cell(f.field) << " | "
        << markdown_text(value_words(c.record_kind, f.field, f.old_value)) << " | "
        << markdown_text(after)
        << " |\n";
  }
}

// The long texts after the table, each as a quote of its changed lines.
void markdown_long_texts(std::ostream& out, const std::vector<FieldChange>& fields) {
  for (const FieldChange& f : fields) {
    if (!has_long_text(f)) continue;
    out << "\n" << markdown_code(f.field) << " :\n\n";
    for (const std::string& line : markdown_text_change(f)) out << line << '\n';
  }
}

// What the change does to `check`, as a list.
void markdown_consequences(std::ostream& out, const Consequences& c) {
  if (c.empty()) return;
  out << '\n';
  for (const StyledLine& line : consequence_lines(c)) out << "- " << markdown_text(plain(line)) << '\n';
}

}  // namespace

void render_diff_text(std::ostream& out, const std::vector<RecordChange>& changes,
                      const DiffEnds& ends, bool with_count, bool color,
                      const std::map<std::string, Consequences>& elsewhere) {
  for (const RecordChange& c : changes) {
    out << painted({0, {{Tone::Heading, record_headline(c)}}}, color) << '\n';
    out << "  " << terminal_safe(c.new_path.empty() ? c.old_path : c.new_path) << '\n';
    for (const std::string& note : change_notes(c, ends))
      out << "  " << terminal_safe(note) << '\n';
    for (const FieldChange& f : c.fields) {
      for (const StyledLine& line : change_lines(f, c.record_kind))
        out << "  " << painted(line, color) << '\n';
    }
    for (const StyledLine& line : consequence_lines(c.check)) out << "  " << painted(line, color) << '\n';
    out << '\n';
  }
  if (!elsewhere.empty()) {
    out << painted({0, {{Tone::Heading, elsewhere_heading()}}}, color) << '\n';
    for (const auto& [path, c] : elsewhere) {
      out << "  " << terminal_safe(path) << '\n';
      for (const StyledLine& line : consequence_lines(c)) out << "    " << painted(line, color) << '\n';
    }
    out << '\n';
  }
  if (with_count) out << count_line(changes, ends) << '\n';
}

void render_diff_markdown(std::ostream& out, const std::vector<RecordChange>& changes,
                          const DiffEnds& ends, const std::map<std::string, Consequences>& elsewhere) {
  out << "#### multilat · " << markdown_text(count_line(changes, ends)) << "\n";
  for (const RecordChange& c : changes) {
    out << "\n**" << markdown_text(record_headline(c)) << "**  \n"
        << markdown_code(c.new_path.empty() ? c.old_path : c.new_path) << "\n";
    for (const std::string& note : change_notes(c, ends))
      out << "\n- " << markdown_text(note) << '\n';
    markdown_table(out, c);
    markdown_long_texts(out, c.fields);
    markdown_consequences(out, c.check);
  }
  if (elsewhere.empty()) return;
  out << "\n**" << markdown_text(elsewhere_heading()) << "**\n";
  for (const auto& [path, c] : elsewhere) {
    out << "\n" << markdown_code(path) << "\n";
    markdown_consequences(out, c);
  }
}

void render_diff_json(std::ostream& out, const std::vector<RecordChange>& changes,
                      const DiffEnds& ends, const DiffEnds& commits,
                      const std::map<std::string, Consequences>& elsewhere) {
  OrderedJson list = OrderedJson::array();
  OrderedJson settings = nullptr;  // the settings are not a record: under their own key
  for (const RecordChange& c : changes) {
    if (c.is_settings()) {
      settings = {{"change", kind_word(c.kind)}};
      add_change_and_check(settings, c);
      continue;
    }
    OrderedJson change = {{"change", kind_word(c.kind)},
                          {"id", c.id},
                          {"old_id", c.old_id},
                          {"kind", or_null(c.record_kind)},
                          {"title", or_null(c.title)}};
    add_change_and_check(change, c);
    list.push_back(std::move(change));
  }
  OrderedJson doc = {{"version", 1},
                     {"from", ends.from},
                     {"from_commit", or_null(commits.from)},
                     {"to", ends.to},
                     {"to_commit", or_null(commits.to)},
                     {"changes", list},
                     {"settings", settings},
                     {"check_elsewhere", elsewhere_json(elsewhere)}};
  out << json_text(doc) << '\n';
}

const FormatTable<DiffOutput>& diff_formats() {
  static const FormatTable<DiffOutput> formats{
      {"text",
       [](std::ostream& out, const DiffOutput& o) {
         render_diff_text(out, o.changes, o.ends, true, o.color, o.elsewhere);
       }},
      {"md", [](std::ostream& out, const DiffOutput& o) { render_diff_markdown(out, o.changes, o.ends, o.elsewhere); }},
      {"json",
       [](std::ostream& out, const DiffOutput& o) {
         render_diff_json(out, o.changes, o.ends, o.commits, o.elsewhere);
       }},
  };
  return formats;
}

}  // namespace multilat
