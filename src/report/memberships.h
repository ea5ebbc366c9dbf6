// Every organisation with New Caledonia's status, since when and its focal point; then every due
// of last year, this year and next, paid, to pay or overdue, with each budget year's totals in XPF.
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_view.h"

namespace multilat {

nlohmann::json memberships_report(const Store& store, const ReportContext& c);

}  // namespace multilat
