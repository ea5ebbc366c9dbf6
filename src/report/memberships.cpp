// Builds the memberships view model: the status in each organisation, then every due by budget
// year (report/dues_by_year.h), whether recorded as recurring dues or one year at a time.
#include "report/memberships.h"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "report/dues_by_year.h"
#include "util/fold.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

// Members first, then associate members, observers, participants, and the rest.
int status_rank(std::string_view status) {
  constexpr std::string_view order[] = {"member", "associate-member", "observer", "participant"};
  for (int i = 0; i < 4; ++i) {
    if (order[i] == status) return i;
  }
  return 4;
}

}  // namespace

Json memberships_report(const Store& store, const ReportContext& c) {
  Language lang = c.language;
  Json view = report_frame(lang, "memberships", "", c.today, store.settings);
  std::vector<const Organisation*> orgs;
  for (const Organisation& org : store.organisations) orgs.push_back(&org);
  auto sort_key = [&](const Organisation* o) {
    return std::make_tuple(status_rank(o->nc_status.value), fold_for_comparison(text_of(o->name, lang)),
                           o->header.id.str());
  };
  std::sort(orgs.begin(), orgs.end(), [&](const Organisation* a, const Organisation* b) {
    return sort_key(a) < sort_key(b);
  });
  Json rows = Json::array();
  for (const Organisation* org : orgs) {
    rows.push_back({{"id", visible_text(org->header.id)},
                    {"name", organisation_name(store, org->header.id, lang)},
                    {"status", i18n::tr_in(lang, fmt::format("value.nc-status.{}", org->nc_status.value))},
                    {"since", org->nc_since ? long_date(org->nc_since->value, lang) : ""},
                    {"focal_point", org->focal_point ? entity_name(store, org->focal_point->value, lang) : ""},
                    {"focal_point_id", org->focal_point ? visible_text(org->focal_point->value) : ""},
                    {"example", org->header.example}});
  }
  view["has_organisations"] = !rows.empty();
  view["organisations"] = std::move(rows);
  // Last year's dues (what was paid), this year's, next year's to budget, and any older year that
  // still owes something.
  int year = static_cast<int>(c.today.year());
  set_dues_by_year(view, store, c, {year - 1, year + 1});
  view["labels"] = report_labels(c, {"organisation", "nc_status", "since", "focal_point",
                                        "dues_by_year", "what", "due", "amount", "in_xpf", "state",
                                        "dues_total", "dues_paid", "dues_unpaid",
                                        "no_dues", "rates", "source", "none", "example", "record"});
  view["footer"] = i18n::tr_in(lang, "report.footer-all");
  return view;
}

}  // namespace multilat
