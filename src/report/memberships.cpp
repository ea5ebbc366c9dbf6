// Builds the memberships view model. The yearly contribution is what the organisation's
// contributions that recur every year add up to; one-off payments belong to the fact sheet.
#include "report/memberships.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "i18n/tr.h"
#include "render/calendar_labels.h"
#include "report/money.h"
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
  const auto& rates = store.settings.currency_rates;
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
  long long xpf_total = 0;
  std::vector<std::string> missing;  // currencies without a rate
  for (const Organisation* org : orgs) {
    MoneyTotals yearly;
    for (const Contribution& k : org->contributions) {
      auto cents = parse_cents(k.money.amount);
      if (cents && k.recurs && k.recurs->months == 12) yearly.add(k.money.currency, *cents);
    }
    std::vector<std::string> unconverted;
    long long xpf = yearly.xpf_cents(rates, unconverted);
    for (const std::string& currency : unconverted) {
      if (std::find(missing.begin(), missing.end(), currency) == missing.end()) missing.push_back(currency);
    }
    bool converted = !yearly.empty() && unconverted.empty();
    if (converted) xpf_total += xpf;
    rows.push_back({{"id", visible_text(org->header.id)},
                    {"name", organisation_name(store, org->header.id, lang)},
                    {"status", i18n::tr_in(lang, fmt::format("value.nc-status.{}", org->nc_status.value))},
                    {"since", org->nc_since ? long_date(org->nc_since->value, lang) : ""},
                    {"focal_point", org->focal_point ? entity_name(store, org->focal_point->value, lang) : ""},
                    {"contribution", yearly.text(lang)},
                    {"xpf", converted ? money_text(xpf, "XPF", lang)
                            : yearly.empty() ? ""
                                             : i18n::tr_in(lang, "report.no-rate")},
                    {"example", org->header.example}});
  }
  std::sort(missing.begin(), missing.end());
  view["organisations"] = rows;
  view["has_organisations"] = !rows.empty();
  view["total_xpf"] = money_text(xpf_total, "XPF", lang);
  view["missing_rates"] = missing.empty() ? Json(false)
                                          : Json(i18n::tr_in(lang, "report.missing-rates",
                                                             fmt::arg("currencies", fmt::format("{}", fmt::join(missing, ", ")))));
  Json rate_lines = Json::array();
  for (const CurrencyRate& rate : rates) {
    if (rate_for(rates, rate.currency) != &rate) continue;  // the first of a repeated currency rules
    Json line = {{"text", rate_text(rate, lang)}, {"source", visible_text(rate.source)}};
    rate_lines.push_back(line);
  }
  view["rates"] = rate_lines;
  view["has_rates"] = !rate_lines.empty();
  view["labels"] = report_labels(lang, {"organisation", "nc_status", "since", "focal_point",
                                        "yearly_contribution", "in_xpf", "total_xpf", "rates",
                                        "source", "none", "example", "record"});
  view["footer"] = i18n::tr_in(lang, "report.footer-all");
  return view;
}

}  // namespace multilat
