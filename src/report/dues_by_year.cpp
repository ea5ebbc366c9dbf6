// Builds the dues of a span of budget years. A due belongs to the year it falls due in (the
// budget year that pays it); its XPF figure is converted line by line (money.h's rounding), so
// that each year's totals are the sums of the XPF column shown.
#include "report/dues_by_year.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <set>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "report/contribution_lines.h"
#include "report/contributions_cut.h"
#include "report/money.h"
#include "util/fold.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

// A year's sums in XPF: all that falls due in it, and how much of it is paid, to pay, overdue.
struct YearTotals {
  MoneyTotals due, paid, unpaid, overdue;
  std::set<std::string> missing;  // currencies with no rate: their lines are in no XPF total
};

Date last_of(int year) { return Date{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}}; }

std::string state_of(const ContributionLine& line, bool overdue, Language lang) {
  if (line.paid_on) return i18n::tr_in(lang, "report.paid-on", fmt::arg("date", long_date(*line.paid_on, lang)));
  if (line.paid) return i18n::tr_in(lang, "report.paid");
  return i18n::tr_in(lang, overdue ? "report.task.late" : "report.unpaid");
}

Json due_row(const Store& store, const ContributionLine& line, const ReportContext& c,
             const std::vector<CurrencyRate>& rates, YearTotals& totals) {
  Language lang = c.language;
  const Contribution& k = *line.contribution;
  bool overdue = !line.paid && line.due < c.today;
  auto xpf = to_xpf_cents(line.cents, k.money.currency, rates);
  if (xpf) {
    totals.due.add("XPF", *xpf);
    (line.paid ? totals.paid : totals.unpaid).add("XPF", *xpf);
    if (overdue) totals.overdue.add("XPF", *xpf);
  } else {
    totals.missing.insert(k.money.currency.str());
  }
  return {{"organisation", organisation_short(store, line.organisation->header.id, lang)},
          {"id", visible_text(line.organisation->header.id)},
          {"what", text_of(k.what, lang)},
          {"due", long_date(line.due, lang)},
          {"amount", money_text(line.cents, k.money.currency, lang)},
          {"xpf", xpf ? money_text(*xpf, "XPF", lang) : i18n::tr_in(lang, "report.no-rate")},
          // The XPF figure where it says more than the amount, for a line of text.
          {"converted", k.money.currency == "XPF" ? "" : xpf ? money_text(*xpf, "XPF", lang)
                                                             : i18n::tr_in(lang, "report.no-rate")},
          {"state", state_of(line, overdue, lang)},
          {"late", overdue},
          {"example", line.organisation->header.example}};
}

std::string xpf_text(const MoneyTotals& totals, Language lang) {
  return totals.empty() ? money_text(0, "XPF", lang) : totals.text(lang);
}

// The sentence naming the currencies left out of the XPF totals, or false.
Json missing_rates_note(const YearTotals& t, Language lang) {
  if (t.missing.empty()) return false;
  std::vector<std::string> missing(t.missing.begin(), t.missing.end());
  return i18n::tr_in(lang, "report.missing-rates",
                     fmt::arg("currencies", fmt::format("{}", fmt::join(missing, ", "))));
}

Json year_json(int year, Json rows, const YearTotals& t, Language lang) {
  bool has_rows = !rows.empty();
  std::vector<std::string> unconverted;  // none: the totals hold XPF only
  return {{"year", fmt::format("{}", year)},
          {"due_xpf_cents", t.due.xpf_cents({}, unconverted)},  // for the site's chart
          {"dues", std::move(rows)},
          {"has_dues", has_rows},
          {"due_xpf", xpf_text(t.due, lang)},
          {"paid_xpf", xpf_text(t.paid, lang)},
          {"unpaid_xpf", xpf_text(t.unpaid, lang)},
          {"overdue_xpf", xpf_text(t.overdue, lang)},
          {"has_overdue", !t.overdue.empty()},
          {"overdue_part", i18n::tr_in(lang, "report.overdue-part", fmt::arg("amount", xpf_text(t.overdue, lang)))},
          {"missing_rates", missing_rates_note(t, lang)}};
}

// Within a year, by due date, then by the organisation as shown.
void sort_lines(std::vector<const ContributionLine*>& lines, const Store& store, Language lang) {
  auto key = [&](const ContributionLine* l) {
    return std::make_tuple(l->due, fold_for_comparison(organisation_short(store, l->organisation->header.id, lang)));
  };
  std::stable_sort(lines.begin(), lines.end(),
                   [&](const ContributionLine* a, const ContributionLine* b) { return key(a) < key(b); });
}

Json arrears_json(Json rows, const YearTotals& t, Language lang) {
  bool has_rows = !rows.empty();
  return {{"arrears", std::move(rows)},
          {"has_arrears", has_rows},
          {"arrears_xpf", xpf_text(t.unpaid, lang)},
          {"arrears_missing_rates", missing_rates_note(t, lang)}};
}

}  // namespace

void set_dues_position(Json& view, const Store& store, const Organisation& org,
                       const ReportContext& c, int year) {
  Language lang = c.language;
  const auto& rates = store.settings.currency_rates;
  // From each contribution's first due: arrears may go back any number of years.
  ContributionLines listed = contribution_lines(std::span(&org, 1), {std::nullopt, last_of(year)});
  set_contributions_cut(view, listed.cut, lang);
  YearTotals in_year, earlier;
  Json rows = Json::array(), arrears = Json::array();
  for (const ContributionLine& line : listed.lines) {
    int due_year = static_cast<int>(line.due.year());
    if (due_year == year) rows.push_back(due_row(store, line, c, rates, in_year));
    if (due_year < year && !line.paid) arrears.push_back(due_row(store, line, c, rates, earlier));
  }
  Json dues = year_json(year, std::move(rows), in_year, lang);
  dues.update(arrears_json(std::move(arrears), earlier, lang));
  view["dues_year"] = std::move(dues);
}

void set_dues_by_year(Json& view, const Store& store, const ReportContext& c, DuesYears span) {
  Language lang = c.language;
  const auto& rates = store.settings.currency_rates;
  // From each due's first occurrence: an unpaid one, however old, is in the report. The listing
  // is bounded (kMaxListedOccurrences, the latest kept), and a cut says so in the report.
  ContributionLines listed = contribution_lines(store.organisations, {std::nullopt, last_of(span.last)});
  set_contributions_cut(view, listed.cut, lang);
  std::map<int, std::vector<const ContributionLine*>> by_year;
  std::set<int> in_arrears;
  for (const ContributionLine& line : listed.lines) {
    int year = static_cast<int>(line.due.year());
    if (year > span.last) continue;  // one-off dues come whatever their date
    by_year[year].push_back(&line);
    if (year < span.first && !line.paid) in_arrears.insert(year);
  }
  std::set<std::string> currencies;
  Json years = Json::array();
  for (auto& [year, lines] : by_year) {
    if (year < span.first && !in_arrears.count(year)) continue;
    for (const ContributionLine* line : lines) currencies.insert(line->contribution->money.currency.str());
  }
  for (int year = in_arrears.empty() ? span.first : *in_arrears.begin(); year <= span.last; ++year) {
    if (year < span.first && !in_arrears.count(year)) continue;
    sort_lines(by_year[year], store, lang);
    YearTotals totals;
    Json rows = Json::array();
    for (const ContributionLine* line : by_year[year]) rows.push_back(due_row(store, *line, c, rates, totals));
    years.push_back(year_json(year, std::move(rows), totals, lang));
  }
  view["dues_years"] = std::move(years);
  Json used = Json::array();
  for (const std::string& currency : currencies) {
    if (const CurrencyRate* rate = currency == "XPF" ? nullptr : rate_for(rates, currency)) {
      used.push_back({{"text", rate_text(*rate, lang)}, {"source", visible_text(rate->source)}});
    }
  }
  view["has_dues_rates"] = !used.empty();
  view["dues_rates"] = std::move(used);
}

}  // namespace multilat
