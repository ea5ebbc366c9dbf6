// Loads the records named by the global options: the shared first step of most commands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/global_options.h"
#include "load/loader.h"

namespace multilat::cli {

struct RecordsSession {
  RecordsRoot root;
  LoadResult loaded;
  Date today;
};

RecordsSession open_records(const GlobalOptions& options);

// A warning on stderr when some records could not be read, so that a list never looks complete
// when it is not. `what` names what may be missing ("deadlines", "meetings").
void warn_about_load_errors(const LoadResult& loaded, std::string_view what);

// Ids given to filters must exist, so that a typo is not an empty list that looks reassuring.
void check_ids(const Store& store, const std::vector<std::string>& ids, Kind kind,
               std::string_view option);

Date parse_date_option(const std::string& text, std::string_view option);

}  // namespace multilat::cli
