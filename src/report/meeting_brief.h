// The meeting brief ("dossier de préparation") and, after the meeting, the post-mission report
// ("compte-rendu de mission"): view models for the report templates, every word already in the
// reader's language.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "model/store.h"
#include "report/report_view.h"

namespace multilat {

// Context (organisation, body, the last meeting of the same body and its open follow-ups),
// agenda with positions and leads, delegation, and the checklist of deadlines.
nlohmann::json meeting_brief(const Store& store, const Meeting& meeting, const ReportContext& c);

// The post-mission report, prefilled: the meeting, the delegation, the outcomes, the follow-ups
// and the report's own due date.
nlohmann::json meeting_after(const Store& store, const Meeting& meeting, const ReportContext& c);

}  // namespace multilat
