// Loads the records named by the global options: the shared first step of most commands.
#pragma once

#include "cli/global_options.h"
#include "load/loader.h"

namespace multilat::cli {

struct RecordsSession {
  RecordsRoot root;
  LoadResult loaded;
  Date today;
};

RecordsSession open_records(const GlobalOptions& options);

}  // namespace multilat::cli
