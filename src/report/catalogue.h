// The reports multilat can draw up, as one table: the CLI reads it for the names it accepts,
// the arguments each needs and the view model to render. A new report is one row here, one
// builder and its templates.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string_view>

#include "model/store.h"
#include "report/pipeline.h"
#include "report/report_view.h"

namespace multilat {

// What a report is about: a record of some kind, a year, or the whole records.
enum class ReportSubject { Meeting, Organisation, Year, All };

// What the command line gave a report: the record it is about (found by the caller, who says
// why one is missing), the year, and the options that belong to one report.
struct ReportRequest {
  const Meeting* meeting = nullptr;
  const Organisation* organisation = nullptr;
  int year = 0;
  bool after = false;       // meeting: the post-mission report rather than the brief
  PipelineFilter pipeline;  // pipeline: --theme, --lead
};

struct ReportEntry {
  std::string_view name;
  ReportSubject subject;
  nlohmann::json (*build)(const Store&, const ReportRequest&, const ReportContext&);
};

// In name order, as `report --list` shows them.
std::span<const ReportEntry> all_reports();
const ReportEntry* find_report(std::string_view name);

}  // namespace multilat
