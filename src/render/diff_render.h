// `multilat diff` on a terminal (text), as a merge-request comment (md), or for scripts (json).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "render/diff_lines.h"
#include "review/change_set.h"

namespace multilat {


// `with_count` ends with the line that counts the records changed; git's diff driver, which
// shows one file at a time under git's own header, leaves it out.
void render_diff_text(std::ostream& out, const std::vector<RecordChange>& changes, const DiffEnds& ends,
                      bool with_count = true);
void render_diff_markdown(std::ostream& out, const std::vector<RecordChange>& changes,
                          const DiffEnds& ends);
// Language-neutral: kinds of change and field names as in the records, values as written.
void render_diff_json(std::ostream& out, const std::vector<RecordChange>& changes, const DiffEnds& ends);

}  // namespace multilat
