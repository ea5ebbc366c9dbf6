// The meeting brief ("dossier de préparation") and, after the meeting, the post-mission report
// ("compte-rendu de mission"): view models for the report templates, every word already in the
// reader's language.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

#include "model/store.h"
#include "report/report_view.h"

namespace multilat {

// Everything the records hold that bears on the meeting, in the order a minister reads it: the
// organisation and New Caledonia's place in it, the dues of the meeting's year and the arrears,
// the previous meeting of the body (its decisions and follow-ups), the organisation's open
// actions, strategy inputs and prospects, then the agenda with positions and leads, the
// delegation, the logistics and deadlines, and a heading for each thing the records do not hold.
nlohmann::json meeting_brief(const Store& store, const Meeting& meeting, const ReportContext& c);

// The meeting's first day when it is after `today`: a post-mission report asked for too early.
std::optional<Date> not_yet_started(const Meeting& meeting, Date today);

// The post-mission report, prefilled: the meeting, the delegation, the outcomes, the follow-ups
// and the report's own due date.
nlohmann::json meeting_after(const Store& store, const Meeting& meeting, const ReportContext& c);

}  // namespace multilat
