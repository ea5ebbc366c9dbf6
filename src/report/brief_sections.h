// The sections of the meeting brief, in the order a minister reads them; each sets its part of
// the view model (report/meeting_brief.h puts them together).
#pragma once

#include <nlohmann/json.hpp>

#include "report/report_view.h"

namespace multilat {

// The organisation and New Caledonia's place in it: status and since when, focal point, entities
// involved, contacts; the dues of the meeting's year and the arrears; the open actions, the
// strategy inputs still due and the prospects. view["org"] is false when the organisation is not
// loaded.
void set_organisation_sections(nlohmann::json& view, const Store& store, const Meeting& m,
                               const ReportContext& c);

// The meeting of the same organisation and body that started last before this one, cancelled and
// postponed ones aside.
const Meeting* previous_meeting(const Store& store, const Meeting& m);

// previous_meeting() of every meeting, in one pass over the records rather than one per meeting.
PreviousMeetings previous_meetings(const Store& store);

// view["previous"]: that meeting with its decisions and every follow-up it left, done or not;
// false when there is none.
void set_previous_section(nlohmann::json& view, const Store& store, const Meeting& m,
                          const ReportContext& c);

// view["logistics"] (dates, place, status, registration and credentials) and view["deadlines"]
// (the meeting's other deadlines, with their state).
void set_logistics_sections(nlohmann::json& view, const Store& store, const Meeting& m,
                            const ReportContext& c);

// view["to_complete"]: a heading for each thing the records do not hold (no agenda, no position
// on an item, no delegation, no place...), for the officer to write in by hand.
void set_to_complete_section(nlohmann::json& view, const Store& store, const Meeting& m,
                             const ReportContext& c);

}  // namespace multilat
