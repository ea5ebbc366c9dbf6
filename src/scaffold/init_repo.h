// `multilat init`: the files that start a records repository for a new desk.
#pragma once

#include <string>
#include <vector>

#include "model/text.h"

namespace multilat::scaffold {

struct PlannedFile {
  std::string path;  // relative to the folder being set up, '/' separated
  std::string content;
};

// The kind folders (each kept by an empty .gitkeep), a commented records/multilat.yaml, the
// JSON Schemas with the editor settings that use them (docs/editor.md), and a short README, in
// `language`.
std::vector<PlannedFile> repository_files(Language language);

}  // namespace multilat::scaffold
