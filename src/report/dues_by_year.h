// Every due of every organisation in a span of budget years, each paid, to pay or overdue, with
// each year's totals in XPF: what New Caledonia owes, however the records write the dues (one
// recurring entry, or one entry a year).
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_view.h"

namespace multilat {

// The budget years a report shows: every year from `first` to `last`, and before `first` only
// the years that still hold an unpaid due, so that arrears are never left out of the totals.
struct DuesYears {
  int first = 0;
  int last = 0;
};

// Sets view["dues_years"] (one entry per year, with its rows and totals), view["dues_rates"]
// (the rates the totals used) and view["contributions_cut"].
void set_dues_by_year(nlohmann::json& view, const Store& store, const ReportContext& c,
                      DuesYears years);

// One organisation's position in a budget year, as a meeting brief gives it: view["dues_year"]
// holds the year's dues and totals as one entry of dues_years does, plus the arrears (dues of
// earlier years still unpaid, back to the first) and their sum in XPF. Sets
// view["contributions_cut"] too.
void set_dues_position(nlohmann::json& view, const Store& store, const Organisation& org,
                       const ReportContext& c, int year);

}  // namespace multilat
