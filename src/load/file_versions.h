// The two versions of one changed records file, as a review compares them.
#pragma once

#include <optional>
#include <string>

#include "model/kind.h"

namespace multilat {

// Each side's displayed path and content; a side without the file has no path. What each side
// is comes from the one scanner (load/record_files.h): a record of a kind, the settings, or
// neither (a .gitkeep, an image, a file out of place), which a review leaves to git.
// `too_large` marks a side whose file was over the size limit and was not read.
struct FileVersions {
  std::string old_path, new_path;
  std::optional<std::string> old_bytes, new_bytes;
  bool old_too_large = false, new_too_large = false;
  std::optional<Kind> old_kind, new_kind;
  bool old_settings = false, new_settings = false;
};

}  // namespace multilat
