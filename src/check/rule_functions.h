// The store-level rules, grouped by theme in rules_*.cpp.
#pragma once

#include <vector>

#include "check/rules.h"

namespace multilat::rules {

void references(const Store&, const Context&, std::vector<Diagnostic>&);
void bodies(const Store&, const Context&, std::vector<Diagnostic>&);
void date_order(const Store&, const Context&, std::vector<Diagnostic>&);
void deadline_after_meeting(const Store&, const Context&, std::vector<Diagnostic>&);
void date_in_future(const Store&, const Context&, std::vector<Diagnostic>&);
void report_before_meeting(const Store&, const Context&, std::vector<Diagnostic>&);
void meeting_far_ahead(const Store&, const Context&, std::vector<Diagnostic>&);
void recurrence_too_early(const Store&, const Context&, std::vector<Diagnostic>&);
void amount_fraction(const Store&, const Context&, std::vector<Diagnostic>&);
void nc_status_dates(const Store&, const Context&, std::vector<Diagnostic>&);
void task_overdue(const Store&, const Context&, std::vector<Diagnostic>&);
void meeting_not_held(const Store&, const Context&, std::vector<Diagnostic>&);
void meeting_no_outcome(const Store&, const Context&, std::vector<Diagnostic>&);
void prospect_stale(const Store&, const Context&, std::vector<Diagnostic>&);
void prospect_partner(const Store&, const Context&, std::vector<Diagnostic>&);
void silence_unknown(const Store&, const Context&, std::vector<Diagnostic>&);
void delegation_clash(const Store&, const Context&, std::vector<Diagnostic>&);

}  // namespace multilat::rules
