// The involvement matrix: which New Caledonian entity is involved with which organisation, and
// how (focal point, named as involved, delegations, actions owned, prospects led).
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_view.h"

namespace multilat {

nlohmann::json entities_report(const Store& store, const ReportContext& c);

}  // namespace multilat
