// `multilat summary`: what the records hold, on one screen for a person or as JSON for a script.
#pragma once

#include <string>

#include "model/date.h"
#include "model/text.h"
#include "query/records_summary.h"
#include "render/format_table.h"

namespace multilat {

// What `summary` prints, in whichever format.
struct SummaryOutput {
  const RecordsSummary& summary;
  std::string root;      // the records' folder as shown
  Date today;
  bool today_given = false;  // --today: the heading says "as of", not "today"
  std::string revision;      // --as-of; "" for the working tree
  Language language = Language::Fr;
};

// The formats of `summary`; text first.
const FormatTable<SummaryOutput>& summary_formats();

}  // namespace multilat
