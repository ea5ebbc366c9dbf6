// The partnership pipeline: prospects by stage, how long each has sat there, the stale ones,
// and the value at each stage.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "report/report_view.h"

namespace multilat {

struct PipelineFilter {
  std::string theme;  // empty: every theme
  std::string lead;   // an entity id; empty: every lead
};

nlohmann::json pipeline_report(const Store& store, const PipelineFilter& filter,
                               const ReportContext& c);

}  // namespace multilat
