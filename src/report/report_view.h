// What every report's view model shares: the frame (title, date computed for, language), the
// labels in the reader's language, and the names records are shown by.
#pragma once

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "calendar/deadline.h"
#include "model/store.h"
#include "report/money.h"

namespace multilat {

// Each meeting's previous meeting of the same body (report/brief_sections.h), found once for
// every meeting when many briefs are drawn up (the site).
using PreviousMeetings = std::unordered_map<const Meeting*, const Meeting*>;

// The prospects by partner and by id, found once when many briefs are drawn up (the site).
struct ProspectIndex {
  std::unordered_map<std::string_view, std::vector<const Prospect*>> by_partner, by_id;
};

struct ReportContext {
  Language language = Language::Fr;
  Date today;
  std::vector<Deadline> deadlines;  // every deadline of the records, done ones included
  const PreviousMeetings* previous = nullptr;  // when set, what previous_meeting() would say
  // False when the caller gives every page one shared set of labels (the site): the views then
  // carry none of their own.
  bool labels = true;
  const ProspectIndex* prospects = nullptr;  // when set, the briefs look prospects up there
};

// Record text in the language, made visible (no control character reaches a report).
std::string text_of(const Text& text, Language language);
// "Communauté du Pacifique (CPS)"; the id itself when no such organisation is loaded.
std::string organisation_name(const Store& store, std::string_view id, Language language);
// "CPS", or the name when there is no acronym.
std::string organisation_short(const Store& store, std::string_view id, Language language);
// The entity's acronym, or its name.
std::string entity_name(const Store& store, std::string_view id, Language language);
// "du lun. 14 déc. 2026 au mer. 16 déc. 2026", or one date.
std::string meeting_dates(const Meeting& m, Language language);
// The body's name as its organisation gives it.
std::string body_name(const Store& store, const Meeting& m, Language language);
// "Jane Doe (SCRRE, chef de délégation) ; …"
std::string delegation_summary(const Store& store, const Meeting& m, Language language);
// An action-plan item or follow-up: what, owner, due, state ("en retard" when open and past due).
nlohmann::json task_json(const Store& store, const Task& t, Language language, Date today);

// A sum in several currencies as one XPF figure: {total, rates, missing}. `total` is false only
// for an empty sum; `rates` are those it used; `missing` names the currencies multilat.yaml gives
// no rate for, whose amounts the total leaves out.
nlohmann::json xpf_whole(const MoneyTotals& totals, const std::vector<CurrencyRate>& rates,
                         Language language);

// `report.label.<key>` for each key, plus `<key>_colon` ("Organisation :").
nlohmann::json report_labels(Language language, std::initializer_list<std::string_view> keys);
// The same for a report's view: nothing when the context says the labels are shared.
nlohmann::json report_labels(const ReportContext& c, std::initializer_list<std::string_view> keys);
// Every `report.label.*` so, for pages that share one set of words (the site).
nlohmann::json all_report_labels(Language language);

// language, report (its name), heading ("<report> : <subject>"), as_of, and print: what the
// running header and footer of a printed page show (marking, drawn_up, the words of "page N of M").
nlohmann::json report_frame(Language language, std::string_view report, const std::string& subject,
                            Date today, const Settings& settings);

}  // namespace multilat
