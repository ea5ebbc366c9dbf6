// The desk's yearly activity report ("bilan annuel"): meetings attended, delegation days,
// decisions and their follow-ups, contributions paid, and prospects opened, signed or dropped.
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_view.h"

namespace multilat {

nlohmann::json annual_report(const Store& store, int year, const ReportContext& c);

}  // namespace multilat
