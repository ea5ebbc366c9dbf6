// `multilat diff` on a terminal (text), as a merge-request comment (md), or for scripts (json).
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "render/diff_lines.h"
#include "render/format_table.h"
#include "review/change_set.h"

namespace multilat {

// `with_count` ends with the line that counts the records changed; git's diff driver, which
// shows one file at a time under git's own header, leaves it out. `color`: removed red, added
// green, headlines bold.
// `elsewhere`: the files no change touched whose problems the change altered, by path.
void render_diff_text(std::ostream& out, const std::vector<RecordChange>& changes,
                      const DiffEnds& ends, bool with_count = true, bool color = false,
                      const std::map<std::string, Consequences>& elsewhere = {});
void render_diff_markdown(std::ostream& out, const std::vector<RecordChange>& changes,
                          const DiffEnds& ends, const std::map<std::string, Consequences>& elsewhere = {});
// Language-neutral: kinds of change and field names as in the records, values whole.
// `commits`: the full ids of the commits the ends name, "" for the index or the working tree.
void render_diff_json(std::ostream& out, const std::vector<RecordChange>& changes,
                      const DiffEnds& ends, const DiffEnds& commits = {},
                      const std::map<std::string, Consequences>& elsewhere = {});

// What `diff` prints, in whichever format. `commits` is for JSON, `color` for the terminal's text.
struct DiffOutput {
  const std::vector<RecordChange>& changes;
  DiffEnds ends;
  DiffEnds commits;
  const std::map<std::string, Consequences>& elsewhere;
  bool color = false;
};
// The formats of `diff`; text first.
const FormatTable<DiffOutput>& diff_formats();

}  // namespace multilat
