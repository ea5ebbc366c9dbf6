// The parts of an organisation that both the fact sheet and the meeting brief show, built once so
// that the two say the same thing the same way.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "report/report_view.h"

namespace multilat {

// "sam. 1er oct. 1983", or "" when the record gives no date.
std::string date_or_empty(const LocatedDate& date, Language language);

// Names, type, seat, website, New Caledonia's status and since when.
nlohmann::json org_identity(const Organisation& org, Language language);

// The focal point entity, with the person and address its own record names: false when the
// organisation names none.
nlohmann::json focal_point_json(const Store& store, const Organisation& org, Language language);

// "DASS, Province Nord", or false when the organisation names no entity involved.
nlohmann::json involved_text(const Store& store, const Organisation& org, Language language);

nlohmann::json contact_rows(const Organisation& org);

// A strategy with New Caledonia's input: due, sent or late.
nlohmann::json strategy_row(const Store& store, const Strategy& s, const ReportContext& c);

// The action plan's open items.
nlohmann::json open_action_rows(const Store& store, const Organisation& org,
                                const ReportContext& c);

// The prospects whose partner is the organisation, by id.
nlohmann::json prospect_rows(const Store& store, const Organisation& org, Language language);
nlohmann::json prospect_row(const Store& store, const Prospect& p, Language language);

// view[key] = rows, and view["has_<key>"] for the template's "nothing" line.
void set_list(nlohmann::json& view, const std::string& key, nlohmann::json rows);

}  // namespace multilat
