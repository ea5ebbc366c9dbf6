// Each record once, then its commits oldest first, each with what it changed.
#include "render/changes_render.h"

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

std::string story_headline(const RecordStory& s) {
  std::string kind = s.kind.empty() ? tr("diff.not-a-record") : tr(fmt::format("diff.kind.{}", s.kind));
  return s.title.empty() ? fmt::format("{} · {}", s.id, kind) : fmt::format("{} · {} · {}", s.id, kind, s.title);
}

std::string commit_line(const Step& step) {
  std::string what = tr(fmt::format("diff.{}", kind_word(step.change.kind)));
  if (step.change.kind == RecordChange::Kind::Moved && step.change.old_id != step.change.id) {
    what = tr("diff.renamed", fmt::arg("old", step.change.old_id));
  }
  return tr(step.commit.merge ? "changes.commit-merge" : "changes.commit", fmt::arg("date", step.commit.date),
            fmt::arg("id", step.commit.id), fmt::arg("author", step.commit.author),
            fmt::arg("summary", step.commit.summary), fmt::arg("what", what));
}

std::string period_line(const std::vector<RecordStory>& stories, const StoryPeriod& period) {
  if (stories.empty()) return tr("changes.nothing", fmt::arg("since", period.since));
  return i18n::trn("changes.count", stories.size(), fmt::arg("since", period.since),
                   fmt::arg("commits", i18n::trn("changes.commits", period.commits)));
}

// Within one commit, the two ends are the commit's parent and the commit itself.

DiffEnds ends_of(const Step& step) {
  return {tr("changes.before", fmt::arg("id", step.commit.id)), step.commit.id};
}

}  // namespace

void render_changes_text(std::ostream& out, const std::vector<RecordStory>& stories, const StoryPeriod& period) {
  for (const RecordStory& s : stories) {
    out << terminal_safe(story_headline(s)) << "\n  " << terminal_safe(s.path) << '\n';
    for (const Step& step : s.steps) {
      out << "  " << terminal_safe(commit_line(step)) << '\n';
      for (const std::string& note : change_notes(step.change, ends_of(step))) out << "    " << terminal_safe(note) << '\n';
      for (const FieldChange& f : step.change.fields) out << "    " << terminal_safe(change_line(f)) << '\n';
    }
    out << '\n';
  }
  out << period_line(stories, period) << '\n';
}

void render_changes_markdown(std::ostream& out, const std::vector<RecordStory>& stories,
                             const StoryPeriod& period) {
  out << "#### multilat · " << markdown_text(period_line(stories, period)) << '\n';
  for (const RecordStory& s : stories) {
    out << "\n**" << markdown_text(story_headline(s)) << "**  \n`" << markdown_cell(s.path) << "`\n\n";
    for (const Step& step : s.steps) {
      out << "- " << markdown_text(commit_line(step)) << '\n';
      for (const std::string& note : change_notes(step.change, ends_of(step))) out << "  - " << markdown_text(note) << '\n';
      for (const FieldChange& f : step.change.fields) out << "  - " << markdown_text(change_line(f)) << '\n';
    }
  }
}

void render_changes_json(std::ostream& out, const std::vector<RecordStory>& stories, const StoryPeriod& period) {
  using Json = nlohmann::json;
  auto or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  Json list = Json::array();
  for (const RecordStory& s : stories) {
    Json steps = Json::array();
    for (const Step& step : s.steps) {
      Json fields = Json::array();
      for (const FieldChange& f : step.change.fields) {
        Json field = {{"field", f.field}, {"change", field_word(f.kind)},
                      {"old", or_null(f.old_value)}, {"new", or_null(f.new_value)}};
        if (f.days) field["days"] = *f.days;
        fields.push_back(std::move(field));
      }
      steps.push_back({{"commit", step.commit.id},
                       {"author", step.commit.author},
                       {"date", step.commit.date},
                       {"summary", step.commit.summary},
                       {"merge", step.commit.merge},
                       {"change", kind_word(step.change.kind)},
                       {"old_path", or_null(step.change.old_path)},
                       {"new_path", or_null(step.change.new_path)},
                       {"old_invalid", or_null(step.change.old_invalid)},
                       {"new_invalid", or_null(step.change.new_invalid)},
                       {"fields", fields}});
    }
    list.push_back({{"id", s.id}, {"kind", or_null(s.kind)}, {"title", or_null(s.title)},
                    {"path", s.path}, {"commits", steps}});
  }
  Json doc = {{"since", period.since}, {"commits", period.commits}, {"records", list}};
  out << json_safe(doc.dump(2)) << '\n';
}

nlohmann::json changes_view(const std::vector<RecordStory>& stories, const StoryPeriod& period) {
  using Json = nlohmann::json;
  Json records = Json::array();
  for (const RecordStory& s : stories) {
    Json commits = Json::array();
    for (const Step& step : s.steps) {
      Json notes = Json::array();
      for (const std::string& note : change_notes(step.change, ends_of(step))) notes.push_back({{"text", visible_text(note)}});
      for (const FieldChange& f : step.change.fields) notes.push_back({{"text", visible_text(change_line(f))}});
      bool has_notes = !notes.empty();
      commits.push_back({{"line", visible_text(commit_line(step))}, {"notes", notes}, {"has_notes", has_notes}});
    }
    records.push_back({{"headline", visible_text(story_headline(s))}, {"path", visible_text(s.path)},
                       {"commits", commits}});
  }
  return {{"headline", visible_text(period_line(stories, period))}, {"records", records}};
}

}  // namespace multilat
