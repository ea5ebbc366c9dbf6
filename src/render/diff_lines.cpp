// The lines that say what happened to a record and to each of its fields, shared by `diff` and
// `changes`.
#include "render/diff_lines.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "render/cell_text.h"
#include "render/value_words.h"
#include "render/word_marks.h"
#include "review/record_diff.h"
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
    case RecordChange::Kind::Unmerged:
      return "unmerged";
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

std::string days_note(const FieldChange& f) {
  if (!f.days || *f.days == 0) return "";
  auto n = static_cast<std::size_t>(*f.days > 0 ? *f.days : -*f.days);
  return i18n::trn(*f.days > 0 ? "diff.days-later" : "diff.days-earlier", n);
}

std::string language_note(const FieldChange& f) {
  if (f.unchanged_language.empty()) return "";
  return tr(fmt::format("diff.same-language.{}", f.unchanged_language));
}

std::string change_word(const RecordChange& c) {
  if (c.kind == RecordChange::Kind::Moved && c.old_id != c.id)
    return tr("diff.renamed", fmt::arg("old", c.old_id));
  if (c.layout_only) return tr("diff.layout-only");
  // The settings ("réglages") take the plural where a record ("fiche") takes the singular.
  return tr(fmt::format("diff.{}{}", c.is_settings() ? "settings." : "", kind_word(c.kind)));
}

std::string record_headline(const RecordChange& c) {
  if (c.is_settings()) return fmt::format("{} · {}", tr("diff.kind.settings"), change_word(c));
  std::string kind = c.record_kind.empty() ? tr("diff.not-a-record")
                                           : tr(fmt::format("diff.kind.{}", c.record_kind));
  std::string title = c.title.empty() ? "" : fmt::format(" · {}", c.title);
  return fmt::format("{} · {}{} · {}", visible_text(c.id), kind, title, change_word(c));
}

namespace {

// "organisation : spc · acronym : CESAP · status : prévue"
std::string facts_line(const RecordChange& c) {
  std::string out;
  for (const RecordFact& fact : c.facts) {
    if (!out.empty()) out += " · ";
    out += fmt::format("{} : {}", visible_text(fact.key),
                       visible_text(fact_words(c.record_kind, fact.key, fact.value)));
  }
  return out;
}

}  // namespace

std::vector<std::string> change_notes(const RecordChange& c, const DiffEnds& ends) {
  std::vector<std::string> out;
  if (!c.facts.empty()) out.push_back(facts_line(c));
  if (c.kind == RecordChange::Kind::Moved) {
    out.push_back(tr("diff.moved-from", fmt::arg("old", c.old_path), fmt::arg("new", c.new_path)));
  }
  if (!c.old_invalid.empty()) {
    out.push_back(
        tr("diff.invalid-at", fmt::arg("end", ends.from), fmt::arg("problem", c.old_invalid)));
  }
  if (!c.new_invalid.empty()) {
    out.push_back(
        tr("diff.invalid-at", fmt::arg("end", ends.to), fmt::arg("problem", c.new_invalid)));
  }
  if (!c.old_invalid.empty() && !c.new_invalid.empty()) out.push_back(tr("diff.invalid-both"));
  return out;
}

namespace {

constexpr std::string_view kWarning = "⚠ ";

// "+ field : value", or "+ notes :" alone when the words follow on their own lines.
StyledLine one_side_line(std::string_view sign, Tone tone, const FieldChange& f,
                         std::string_view record_kind, const std::string& value) {
  std::string shown =
      f.words.empty() ? fmt::format(" {}", value_words(record_kind, f.field, value)) : "";
  return {0, {{tone, fmt::format("{} {} :{}", sign, f.field, shown)}}};
}

// The first line: the sign, the field, and the values unless the words follow.
StyledLine field_line(const FieldChange& f, std::string_view record_kind) {
  if (f.kind == FieldChange::Kind::Added)
    return one_side_line("+", Tone::Added, f, record_kind, f.new_value);
  if (f.kind == FieldChange::Kind::Removed)
    return one_side_line("-", Tone::Removed, f, record_kind, f.old_value);
  if (!f.words.empty()) return {0, {{Tone::Plain, fmt::format("~ {} :", f.field)}}};
  std::string days = days_note(f), language = language_note(f);
  std::string suffix = days.empty() ? "" : fmt::format(" ({})", days);
  if (!language.empty()) suffix += fmt::format("  {}{}", kWarning, language);
  return {0,
          {{Tone::Plain, fmt::format("~ {} : ", f.field)},
           {Tone::Removed, value_words(record_kind, f.field, f.old_value)},
           {Tone::Plain, " → "},
           {Tone::Added, value_words(record_kind, f.field, f.new_value)},
           {Tone::Plain, suffix}}};
}

}  // namespace

std::vector<StyledLine> change_lines(const FieldChange& f, std::string_view record_kind) {
  std::vector<StyledLine> out{field_line(f, record_kind)};
  if (f.words.empty()) return out;
  for (StyledLine& line : text_word_lines(f.words)) {
    line.indent = 4;
    out.push_back(std::move(line));
  }
  if (std::string language = language_note(f); !language.empty()) {
    out.push_back({2, {{Tone::Plain, fmt::format("{}{}", kWarning, language)}}});
  }
  return out;
}

std::vector<std::string> markdown_text_change(const FieldChange& f) {
  std::vector<std::string> out;
  std::vector<std::string> lines = markdown_word_lines(f.words);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out.push_back(fmt::format("> {}{}", lines[i], i + 1 < lines.size() ? "  " : ""));
  }
  if (std::string language = language_note(f); !language.empty()) {
    out.push_back("");
    out.push_back(fmt::format("{}{}", kWarning, markdown_text(language)));
  }
  return out;
}

}  // namespace multilat
