// Where the lines quoted under a diagnostic come from: the working tree, or files held in memory
// (a git revision, the index, a record not yet written).
#pragma once

#include <map>
#include <string>

#include "cli/global_options.h"
#include "render/check_report.h"

namespace multilat::cli {

// Reads quoted lines from the working tree, each file once, and only what the records tree's
// policy allows: the excerpt must never show a byte from outside the root.
LineSource file_lines(const RecordsRoot& root);

// Quoted lines from files held in memory, by displayed path; `files` must outlive the source.
LineSource snapshot_lines(const std::map<std::string, std::string, std::less<>>& files);

}  // namespace multilat::cli
