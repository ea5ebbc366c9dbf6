// `multilat changes`: the story of each record over a period, for a terminal, a team meeting's
// notes (md) or a script (json).
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "render/format_table.h"
#include "review/story.h"

namespace multilat {

struct StoryPeriod {
  std::string since;  // as the reader gave it: "7d", "2026-11-01", "v2026.1"
  std::size_t commits = 0;
  bool unborn = false;  // nothing committed yet
};

// `color`: removed red, added green, headlines bold.
void render_changes_text(std::ostream& out, const std::vector<RecordStory>& stories,
                         const StoryPeriod& period, bool color = false);
void render_changes_markdown(std::ostream& out, const std::vector<RecordStory>& stories,
                             const StoryPeriod& period);
void render_changes_json(std::ostream& out, const std::vector<RecordStory>& stories,
                         const StoryPeriod& period);

// What `changes` prints, in whichever format. `color` is for the terminal's text only.
struct ChangesOutput {
  const std::vector<RecordStory>& stories;
  StoryPeriod period;
  bool color = false;
};
// The formats of `changes`; text first.
const FormatTable<ChangesOutput>& changes_formats();

// The same story as a template's view, every text in the reader's words and made visible (no
// control character from a record or a commit message): for the mail digest.
//   {headline, records: [{headline, path, commits: [{line, has_notes, notes: [{text}]}]}],
//    settings: {text} or null}
// The settings file is not among `records`: `settings` says in one line that it changed.
nlohmann::json changes_view(const std::vector<RecordStory>& stories, const StoryPeriod& period);

}  // namespace multilat
