// The organisation fact sheet ("fiche organisation"): who the organisation is, New Caledonia's
// place in it, and everything the records hold about the relationship.
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_view.h"

namespace multilat {

nlohmann::json org_sheet(const Store& store, const Organisation& org, const ReportContext& c);

}  // namespace multilat
