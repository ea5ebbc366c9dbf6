// What `multilat hooks install` and `uninstall` share: the repository, its settings, the
// records folder and this binary, and the two things they put in or take out.
#pragma once

#include <filesystem>
#include <string>

#include "git/local_config.h"
#include "git/repository.h"

namespace multilat::cli {

struct HooksSetup {
  git::Repository repo;
  git::LocalConfig config;
  std::string folder;            // the records folder from the top of the working tree
  std::filesystem::path binary;  // this program, as the hook and the driver call it
};

// multilat as git's diff driver for record files: diff.multilat.command in .git/config and a
// line in .gitattributes. Each says on stdout what it did, or that nothing needed doing.
void install_diff_driver(const HooksSetup& setup);
void uninstall_diff_driver(const HooksSetup& setup);

}  // namespace multilat::cli
