// Every organisation with New Caledonia's status, since when, its focal point and the yearly
// contribution, with totals in XPF at the rates the settings give.
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_view.h"

namespace multilat {

nlohmann::json memberships_report(const Store& store, const ReportContext& c);

}  // namespace multilat
