// Builds the pipeline's view model, in the schema's order of stages.
#include "report/pipeline.h"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "report/money.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kStages[] = {"idea",        "contacted", "exploring", "proposal",
                                        "negotiating", "signed",    "declined",  "dropped"};

bool selected(const Prospect& p, const PipelineFilter& filter) {
  if (!filter.lead.empty() && p.lead.value != filter.lead) return false;
  if (filter.theme.empty()) return true;
  return std::find(p.themes.begin(), p.themes.end(), filter.theme) != p.themes.end();
}

std::string partner_of(const Store& store, const Prospect& p, Language lang) {
  if (p.partner) return organisation_short(store, p.partner->value, lang);
  if (p.partner_name) return text_of(p.partner_name->value, lang);
  return "";
}

// Days since the last sign of life: the last contact, else the latest history entry, else the
// day the stage was reached.
std::optional<int> days_quiet(const Prospect& p, Date today) {
  std::optional<Date> last;
  if (p.last_contact) last = p.last_contact->value;
  for (const HistoryEntry& h : p.history) {
    if (h.date && (!last || h.date->value > *last)) last = h.date->value;
  }
  if (!last && p.stage_since) last = p.stage_since->value;
  if (!last) return std::nullopt;
  return days_between(*last, today);
}

Json prospect_row(const Store& store, const Prospect& p, const ReportContext& c, int stale_days,
                  MoneyTotals& totals) {
  Language lang = c.language;
  std::string value;
  if (p.value) {
    if (auto cents = parse_cents(p.value->amount)) {
      value = money_text(*cents, p.value->currency, lang);
      totals.add(p.value->currency, *cents);
    }
  }
  std::string in_stage;
  if (p.stage_since) {
    int days = std::max(0, days_between(p.stage_since->value, c.today));
    in_stage = i18n::trn_in(lang, "report.days", static_cast<std::size_t>(days));
  }
  auto quiet = days_quiet(p, c.today);
  bool stale = is_open_stage(p.stage.value) && quiet && *quiet > stale_days;
  return {{"id", visible_text(p.header.id)},
          {"title", text_of(p.title, lang)},
          {"partner", partner_of(store, p, lang)},
          {"lead", entity_name(store, p.lead.value, lang)},
          {"lead_id", visible_text(p.lead.value)},
          {"partner_id", p.partner ? visible_text(p.partner->value) : ""},
          {"value", value},
          {"next", p.next_step ? text_of(p.next_step->what, lang) : ""},
          {"next_due", p.next_step && p.next_step->due ? long_date(p.next_step->due->value, lang) : ""},
          {"in_stage", in_stage},
          {"stale", stale},
          {"stale_note", stale ? i18n::trn_in(lang, "report.stale-note", static_cast<std::size_t>(*quiet))
                               : ""},
          {"example", p.header.example}};
}

// "theme X, lead Y": what the filters keep, for the report's heading; empty without filters.
std::string pipeline_subject(const Store& store, const PipelineFilter& filter, Language lang) {
  std::string subject;
  if (!filter.theme.empty()) {
    subject = i18n::tr_in(lang, "report.pipeline.theme",
                          fmt::arg("theme", visible_text(filter.theme)));
  }
  if (filter.lead.empty()) return subject;
  std::string lead = i18n::tr_in(lang, "report.pipeline.lead",
                                 fmt::arg("lead", entity_name(store, filter.lead, lang)));
  return subject.empty() ? lead : fmt::format("{}, {}", subject, lead);
}

// The prospects the filters keep, by id.
std::vector<const Prospect*> chosen_prospects(const Store& store, const PipelineFilter& filter) {
  std::vector<const Prospect*> chosen;
  for (const Prospect& p : store.prospects) {
    if (selected(p, filter)) chosen.push_back(&p);
  }
  std::sort(chosen.begin(), chosen.end(), [](const Prospect* a, const Prospect* b) {
    return a->header.id < b->header.id;
  });
  return chosen;
}

// What every row needs: the records, the day and language, and when a quiet prospect is stale.
struct PipelineScope {
  const Store& store;
  const ReportContext& context;
  int stale_days;
};

// What the whole pipeline adds up to, across its stages.
struct PipelineTotals {
  MoneyTotals open, signed_;  // what may come, and what is committed: never added together
  MoneyTotals counted;        // both, for the rates their conversions used
  std::size_t count = 0, stale = 0;
};

// An open prospect's value counts to what may come, a signed one's to what is committed.
void add_value(const Prospect& p, std::string_view stage, PipelineTotals& totals) {
  MoneyTotals* sum = is_open_stage(stage)  ? &totals.open
                     : stage == "signed" ? &totals.signed_
                                         : nullptr;
  if (!p.value || !sum) return;
  if (auto cents = parse_cents(p.value->amount)) {
    sum->add(p.value->currency, *cents);
    totals.counted.add(p.value->currency, *cents);
  }
}

// The group of the prospects at one stage with their total, or null when none is there.
Json stage_group(const PipelineScope& scope, std::string_view stage,
                 const std::vector<const Prospect*>& chosen, PipelineTotals& totals) {
  Json rows = Json::array();
  MoneyTotals stage_total;
  for (const Prospect* p : chosen) {
    if (p->stage.value != stage) continue;
    rows.push_back(prospect_row(scope.store, *p, scope.context, scope.stale_days, stage_total));
    if (rows.back()["stale"].get<bool>()) ++totals.stale;
    add_value(*p, stage, totals);
  }
  if (rows.empty()) return nullptr;
  totals.count += rows.size();
  Language lang = scope.context.language;
  return {{"stage", i18n::tr_in(lang, fmt::format("value.stage.{}", stage))},
          {"count", fmt::format("{}", rows.size())},
          {"total", stage_total.text(lang)},
          {"prospects", rows}};
}

// The counts and the XPF totals at the report's foot, with the rates the totals used.
void set_pipeline_totals(Json& view, const PipelineScope& scope, const PipelineTotals& totals) {
  Language lang = scope.context.language;
  const std::vector<CurrencyRate>& rates = scope.store.settings.currency_rates;
  view["count"] = i18n::trn_in(lang, "report.pipeline.count", totals.count);
  view["stale_count"] =
      totals.stale == 0 ? Json(false)
                        : Json(i18n::trn_in(lang, "report.pipeline.stale-count", totals.stale,
                                            fmt::arg("limit", scope.stale_days)));
  view["open_xpf"] = xpf_whole(totals.open, rates, lang);
  view["signed_xpf"] = xpf_whole(totals.signed_, rates, lang);
  Json both = xpf_whole(totals.counted, rates, lang);
  view["rates"] = both["rates"];
  view["missing_rates"] = both["missing"];
}

}  // namespace

Json pipeline_report(const Store& store, const PipelineFilter& filter, const ReportContext& c) {
  Language lang = c.language;
  Json view =
      report_frame(lang, "pipeline", pipeline_subject(store, filter, lang), c.today, store.settings);
  PipelineScope scope{store, c, approximate_days(store.settings.prospect_stale_after)};
  std::vector<const Prospect*> chosen = chosen_prospects(store, filter);
  Json stages = Json::array();
  PipelineTotals totals;
  for (std::string_view stage : kStages) {
    Json group = stage_group(scope, stage, chosen, totals);
    if (!group.is_null()) stages.push_back(std::move(group));
  }
  view["has_stages"] = !stages.empty();
  view["stages"] = std::move(stages);
  set_pipeline_totals(view, scope, totals);
  view["labels"] = report_labels(c, {"stage", "count", "total", "title", "partner", "lead", "value",
                                        "next_step", "next_due", "in_stage", "stale", "none",
                                        "example", "record", "by_stage", "open_xpf", "signed_xpf"});
  view["footer"] = i18n::tr_in(lang, "report.footer-all");
  return view;
}

}  // namespace multilat
