// multilat as git's external diff driver (`diff.multilat.command = multilat diff`): git calls
// it once per record file, with the arguments described in git(1) under GIT_EXTERNAL_DIFF.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/global_options.h"

namespace multilat::cli {

// What git hands the driver for one path.
struct DriverCall {
  std::string path;      // the path git names the change by (the old one for a rename)
  std::string new_path;  // the same path, or the new one for a rename or a copy
  std::string old_file, old_hex, old_mode;  // "/dev/null", "." and "." for a side without the file
  std::string new_file, new_hex, new_mode;
  std::string header;     // for a rename or copy: "similarity index 90%\nrename from ...\n..."
  bool unmerged = false;  // a path in conflict: git passes the path alone
  bool copy = false;      // the header says "copy from", not "rename from"
};

// The call as git makes it: 7 arguments, 9 for a rename or copy, or the path alone for an
// unmerged path (recognised by GIT_DIFF_PATH_COUNTER, which git sets for every call, so that
// `multilat diff REV` stays a revision). Nothing when `args` are revisions given by a person.
std::optional<DriverCall> driver_call(const std::vector<std::string>& args, bool called_by_git);

// Prints what changed in the record (whether a path is a record is judged as the records
// folder's scanner judges it) and returns 0 whatever happens: git stops the whole diff
// ("external diff died") when a driver fails.
int run_driver(const GlobalOptions& global, const DriverCall& call);

}  // namespace multilat::cli
