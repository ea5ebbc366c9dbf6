// Each record once, then its commits oldest first, each with what it changed.
#include "render/changes_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "i18n/tr.h"
#include "render/cell_text.h"
#include "render/change_json.h"
#include "render/diff_lines.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using i18n::tr;

std::string story_headline(const RecordStory& s) {
  if (s.is_settings()) return tr("diff.kind.settings");
  std::string kind =
      s.kind.empty() ? tr("diff.not-a-record") : tr(fmt::format("diff.kind.{}", s.kind));
  return s.title.empty() ? fmt::format("{} · {}", s.id, kind)
                         : fmt::format("{} · {} · {}", s.id, kind, s.title);
}

std::string commit_line(const Step& step) {
  std::string what = change_word(step.change);
  return tr(step.commit.merge ? "changes.commit-merge" : "changes.commit",
            fmt::arg("date", step.commit.date), fmt::arg("id", step.commit.id),
            fmt::arg("author", step.commit.author), fmt::arg("summary", step.commit.summary),
            fmt::arg("what", what));
}

// The records counted, the settings said apart: they are not a record.
std::string period_line(const std::vector<RecordStory>& stories, const StoryPeriod& period) {
  auto records = static_cast<std::size_t>(
      std::count_if(stories.begin(), stories.end(), [](const RecordStory& s) { return !s.is_settings(); }));
  bool settings = records < stories.size();
  if (period.unborn) return tr("changes.unborn");
  std::string commits = i18n::trn("changes.commits", period.commits);
  if (records == 0) {
    return settings ? tr("changes.nothing-but-settings", fmt::arg("since", period.since), fmt::arg("commits", commits))
                    : tr("changes.nothing", fmt::arg("since", period.since));
  }
  std::string count =
      i18n::trn("changes.count", records, fmt::arg("since", period.since), fmt::arg("commits", commits));
  return settings ? tr("changes.settings-too", fmt::arg("count", count)) : count;
}

// Within one commit, the two ends are the commit's parent and the commit itself.

DiffEnds ends_of(const Step& step) {
  return {tr("changes.before", fmt::arg("id", step.commit.id)), step.commit.id};
}

// A field under its commit: a short change on one line, a long text followed by its quote.
void markdown_field(std::ostream& out, const FieldChange& f, std::string_view record_kind) {
  out << "  - " << markdown_text(plain(change_lines(f, record_kind).front())) << '\n';
  if (f.words.empty()) return;
  for (const std::string& line : markdown_text_change(f))
    out << (line.empty() ? "" : "    ") << line << '\n';
}

// One commit of a story: the commit (its full id, and the short one people read), then the
// change it made.
OrderedJson step_json(const Step& step) {
  OrderedJson out = {{"commit", step.commit.hex},
                     {"short_commit", step.commit.id},
                     {"author", step.commit.author},
                     {"date", step.commit.date},
                     {"summary", step.commit.summary},
                     {"merge", step.commit.merge},
                     {"change", kind_word(step.change.kind)}};
  add_change_json(out, step.change);
  return out;
}

}  // namespace

void render_changes_text(std::ostream& out, const std::vector<RecordStory>& stories,
                         const StoryPeriod& period, bool color) {
  for (const RecordStory& s : stories) {
    out << painted({0, {{Tone::Heading, story_headline(s)}}}, color) << "\n  "
        << terminal_safe(s.path) << '\n';
    for (const Step& step : s.steps) {
      out << "  " << terminal_safe(commit_line(step)) << '\n';
      for (const std::string& note : change_notes(step.change, ends_of(step)))
        out << "    " << terminal_safe(note) << '\n';
      for (const FieldChange& f : step.change.fields) {
        for (const StyledLine& line : change_lines(f, step.change.record_kind))
          out << "    " << painted(line, color) << '\n';
      }
    }
    out << '\n';
  }
  out << period_line(stories, period) << '\n';
}

void render_changes_markdown(std::ostream& out, const std::vector<RecordStory>& stories,
                             const StoryPeriod& period) {
  out << "#### multilat · " << markdown_text(period_line(stories, period)) << '\n';
  for (const RecordStory& s : stories) {
    out << "\n**" << markdown_text(story_headline(s)) << "**  \n" << markdown_code(s.path)
        << "\n\n";
    for (const Step& step : s.steps) {
      out << "- " << markdown_text(commit_line(step)) << '\n';
      for (const std::string& note : change_notes(step.change, ends_of(step)))
        out << "  - " << markdown_text(note) << '\n';
      for (const FieldChange& f : step.change.fields)
        markdown_field(out, f, step.change.record_kind);
    }
  }
}

void render_changes_json(std::ostream& out, const std::vector<RecordStory>& stories,
                         const StoryPeriod& period) {
  OrderedJson list = OrderedJson::array();
  OrderedJson settings = nullptr;  // the settings are not a record: under their own key
  for (const RecordStory& s : stories) {
    OrderedJson steps = OrderedJson::array();
    for (const Step& step : s.steps) steps.push_back(step_json(step));
    if (s.is_settings()) {
      settings = {{"path", s.path}, {"commits", steps}};
      continue;
    }
    list.push_back({{"id", s.id},
                    {"kind", or_null(s.kind)},
                    {"title", or_null(s.title)},
                    {"path", s.path},
                    {"commits", steps}});
  }
  OrderedJson doc = {{"version", 1},       {"since", period.since}, {"commits", period.commits},
                     {"records", list},    {"settings", settings}};
  out << json_text(doc) << '\n';
}

namespace {

// One commit of a record's story for a template: its line, then what it changed.
nlohmann::json step_view(const Step& step) {
  using Json = nlohmann::json;
  Json notes = Json::array();
  for (const std::string& note : change_notes(step.change, ends_of(step)))
    notes.push_back({{"text", visible_text(note)}});
  for (const FieldChange& f : step.change.fields) {
    for (const StyledLine& line : change_lines(f, step.change.record_kind))
      notes.push_back({{"text", visible_text(std::string(line.indent, ' ') + plain(line))}});
  }
  bool has_notes = !notes.empty();
  return {{"line", visible_text(commit_line(step))}, {"notes", notes}, {"has_notes", has_notes}};
}

}  // namespace

// The settings are not a record: not in `records`, but one line of their own under `settings`,
// as the headline says them apart.
nlohmann::json changes_view(const std::vector<RecordStory>& stories, const StoryPeriod& period) {
  using Json = nlohmann::json;
  Json records = Json::array(), settings = nullptr;
  for (const RecordStory& s : stories) {
    if (s.is_settings()) {
      settings = {{"text", visible_text(tr("changes.settings-changed", fmt::arg("path", s.path)))}};
      continue;
    }
    Json commits = Json::array();
    for (const Step& step : s.steps) commits.push_back(step_view(step));
    records.push_back({{"headline", visible_text(story_headline(s))},
                       {"path", visible_text(s.path)},
                       {"commits", commits}});
  }
  return {{"headline", visible_text(period_line(stories, period))},
          {"records", records},
          {"settings", settings}};
}

const FormatTable<ChangesOutput>& changes_formats() {
  static const FormatTable<ChangesOutput> formats{
      {"text", [](std::ostream& out, const ChangesOutput& o) { render_changes_text(out, o.stories, o.period, o.color); }},
      {"md", [](std::ostream& out, const ChangesOutput& o) { render_changes_markdown(out, o.stories, o.period); }},
      {"json", [](std::ostream& out, const ChangesOutput& o) { render_changes_json(out, o.stories, o.period); }},
  };
  return formats;
}

}  // namespace multilat
