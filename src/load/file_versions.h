// The two versions of one changed records file, as a review compares them.
#pragma once

#include <optional>
#include <string>

#include "model/kind.h"

namespace multilat {

// Each side's displayed path and content; a side without the file has no path. What each side
// is comes from the one scanner (load/record_files.h): a record of a kind, the settings, or
// neither (a .gitkeep, an image, a file out of place), which a review leaves to git.
// `unread` says why a side's file was not read (over that end's size limit), in the reader's
// words; `unmerged` marks a new side that is an index entry in conflict (a merge not finished).
struct FileVersions {
  std::string old_path, new_path;
  std::optional<std::string> old_bytes, new_bytes;
  std::string old_unread, new_unread;
  std::optional<Kind> old_kind, new_kind;
  bool old_settings = false, new_settings = false;
  bool unmerged = false;
};

}  // namespace multilat
