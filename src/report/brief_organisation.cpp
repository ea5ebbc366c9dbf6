// The brief's organisation sections: what the fact sheet says of the relationship, cut down to
// what bears on the meeting (the year's dues, what is still open, what is still to send).
#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

#include "i18n/tr.h"
#include "report/brief_sections.h"
#include "report/dues_by_year.h"
#include "report/org_views.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

// Inputs New Caledonia still owes to the organisation's strategies.
Json strategy_inputs_due(const Store& store, const Organisation& org, const ReportContext& c) {
  Json rows = Json::array();
  for (const Strategy& s : org.strategies) {
    if (s.input_due && !s.input_sent) rows.push_back(strategy_row(store, s, c));
  }
  return rows;
}

// The open prospects with the organisation, and any the meeting itself names whatever their
// stage, by id.
std::vector<const Prospect*> prospects_linked(const Store& store, const Organisation& org, const Meeting& m,
                                               const ProspectIndex* index) {
  std::unordered_set<std::string_view> named_ids;
  for (const Located<Str>& id : m.prospects) named_ids.insert(id.value.view());
  auto named = [&](const Prospect& p) { return named_ids.count(p.header.id.view()) > 0; };
  auto partner = [&](const Prospect& p) {
    return p.partner && p.partner->value == org.header.id && is_open_stage(p.stage.value);
  };
  std::vector<const Prospect*> linked;
  if (!index) {
    for (const Prospect& p : store.prospects) {
      if (partner(p) || named(p)) linked.push_back(&p);
    }
    return linked;
  }
  std::unordered_set<const Prospect*> seen;
  auto add = [&](const Prospect* p) { if (seen.insert(p).second) linked.push_back(p); };
  if (auto found = index->by_partner.find(org.header.id.view()); found != index->by_partner.end()) {
    for (const Prospect* p : found->second) if (partner(*p)) add(p);
  }
  for (std::string_view id : named_ids) {
    if (auto found = index->by_id.find(id); found != index->by_id.end()) {
      for (const Prospect* p : found->second) add(p);
    }
  }
  return linked;
}

Json linked_prospects(const Store& store, const Organisation& org, const Meeting& m,
                      const ReportContext& c) {
  Language lang = c.language;
  std::vector<const Prospect*> linked = prospects_linked(store, org, m, c.prospects);
  std::sort(linked.begin(), linked.end(),
            [](const Prospect* a, const Prospect* b) { return a->header.id < b->header.id; });
  Json rows = Json::array();
  for (const Prospect* p : linked) rows.push_back(prospect_row(store, *p, lang));
  return rows;
}

}  // namespace

void set_organisation_sections(Json& view, const Store& store, const Meeting& m,
                               const ReportContext& c) {
  Language lang = c.language;
  const Organisation* org = store.organisation(m.organisation.value);
  view["org"] = org ? org_identity(*org, lang) : Json(false);
  // An organisation that is not loaded (`check` says so) leaves every section empty, not unset,
  // so that a template checked with --strict still renders.
  view["contributions_cut"] = view["dues_year"] = view["focal_point"] = view["involved"] = false;
  for (const char* key : {"contacts", "actions", "strategies", "prospects"})
    set_list(view, key, Json::array());
  if (!org) return;
  view["focal_point"] = focal_point_json(store, *org, lang);
  view["involved"] = involved_text(store, *org, lang);
  set_list(view, "contacts", contact_rows(*org));
  // The budget year the meeting falls in: what New Caledonia should have paid by then.
  int year = static_cast<int>((m.start ? m.start->value : c.today).year());
  set_dues_position(view, store, *org, c, year);
  view["dues_year"]["heading"] = i18n::tr_in(lang, "report.dues-of-year", fmt::arg("year", year));
  set_list(view, "actions", open_action_rows(store, *org, c));
  set_list(view, "strategies", strategy_inputs_due(store, *org, c));
  set_list(view, "prospects", linked_prospects(store, *org, m, c));
}

}  // namespace multilat
