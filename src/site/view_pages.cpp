// Builds the view pages, most of them from the reports' view models.
#include "site/view_pages.h"

#include <fmt/format.h>

#include "calendar/agenda.h"
#include "i18n/calendar_words.h"
#include "i18n/tr.h"
#include "report/entities_matrix.h"
#include "report/memberships.h"
#include "report/pipeline.h"
#include "report/report_view.h"
#include "site/charts.h"
#include "util/visible_text.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

// Lists on the home page stay short: it is read at a glance, and the views hold the rest.
constexpr std::size_t kHomeRows = 50;
constexpr std::size_t kHomeCommits = 20;
constexpr std::size_t kMaxDeadlineRows = 5000;

// Without labels: every page shares one set (site_build.cpp).
ReportContext report_context(const SiteInputs& in) { return {in.language, in.today, {}, nullptr, false}; }

Json open_deadlines(const SiteInputs& in, Date until, std::size_t at_most) {
  Json rows = Json::array();
  for (const Deadline& d : in.deadlines) {
    if (d.state == DeadlineState::Done || d.due > until) continue;
    if (rows.size() == at_most) break;
    rows.push_back(deadline_row(in, d));
  }
  return rows;
}

Json delegate_rows(const SiteInputs& in, const std::vector<Delegate>& delegation) {
  Json rows = Json::array();
  for (const Delegate& d : delegation) {
    rows.push_back({{"person", visible_text(d.person)},
                    {"entity", entity_name(in.store, d.entity.value, in.language)},
                    {"entity_id", visible_text(d.entity.value)},
                    {"role", d.role.empty() ? "" : i18n::tr_in(in.language, fmt::format("report.role.{}", d.role))}});
  }
  return rows;
}

Json coming_meetings(const SiteInputs& in) {
  Date until = add_duration(in.today, Duration{3, DurationUnit::Months});
  Json rows = Json::array();
  for (const AgendaEntry& e : agenda_entries(in.store, in.today, until)) {
    if (rows.size() == kHomeRows) break;
    auto found = in.store.find(e.id);
    if (!found || found->kind != Kind::Meeting) continue;
    const Meeting& m = in.store.meetings[found->index];
    Json delegation = delegate_rows(in, m.delegation);
    rows.push_back({{"dates", meeting_dates(m, in.language)},
                    {"title", text_of(m.title, in.language)},
                    {"meeting_id", visible_text(m.header.id)},
                    {"organisation", organisation_short(in.store, m.organisation.value, in.language)},
                    {"organisation_id", visible_text(m.organisation.value)},
                    {"has_delegation", !delegation.empty()},
                    {"delegation", std::move(delegation)}});
  }
  return rows;
}

// What changed lately, newest first, each record in the page's language when it still exists.
Json recent_changes(const SiteInputs& in) {
  Json commits = Json::array();
  if (!in.history) return commits;
  std::string today = format_date(in.today);
  for (auto it = in.history->commits.rbegin(); it != in.history->commits.rend(); ++it) {
    if (commits.size() == kHomeCommits) break;
    if (it->first.date > today) continue;  // after the day the site is drawn up for (--today)
    Json records = Json::array();
    for (const RecordChange& change : it->second) {
      if (change.is_settings() || change.id.empty()) continue;
      std::string title = change.title.empty() ? change.id : change.title;
      if (auto found = in.store.find(change.id)) title = record_title(in.store, *found, in.language);
      records.push_back({{"title", visible_text(title)}, {"record_id", visible_text(change.id)}, {"last", false}});
    }
    if (records.empty()) continue;
    records.back()["last"] = true;
    commits.push_back({{"date", visible_text(it->first.date)},
                       {"summary", visible_text(it->first.summary)},
                       {"records", std::move(records)}});
  }
  return commits;
}

SitePage home_page(const SiteInputs& in) {
  Json view = {{"due", open_deadlines(in, add_days(in.today, 6), kHomeRows)},
               {"meetings", coming_meetings(in)},
               {"changes", recent_changes(in)},
               {"in_git", in.history != nullptr},
               {"as_of", i18n::tr_in(in.language, "site.as-of", fmt::arg("date", full_date(in.today, in.language)))}};
  view["has_due"] = !view["due"].empty();
  view["has_meetings"] = !view["meetings"].empty();
  view["has_changes"] = !view["changes"].empty();
  return {"index.html", "site/home.html.mustache", i18n::tr_in(in.language, "site.home-title"), std::move(view)};
}

SitePage deadlines_page(const SiteInputs& in) {
  Json view = {{"deadlines", open_deadlines(in, add_days(in.today, 366), kMaxDeadlineRows)}};
  view["has_deadlines"] = !view["deadlines"].empty();
  return {"deadlines.html", "site/deadlines.html.mustache", i18n::tr_in(in.language, "site.deadlines-title"),
          std::move(view)};
}

Json dues_chart(const SiteInputs& in, const Json& years) {
  std::vector<Bar> bars;
  for (const Json& year : years) {
    double xpf = year.value("due_xpf_cents", 0LL) / 100.0;
    bars.push_back({year.value("year", ""), "", xpf, year.value("due_xpf", "")});
  }
  return bar_chart_svg("dues-chart", bars,
                       {i18n::tr_in(in.language, "site.dues-chart-title"),
                        i18n::tr_in(in.language, "site.dues-chart-description")});
}

SitePage memberships_page(const SiteInputs& in) {
  Json view = memberships_report(in.store, report_context(in));
  view["chart"] = dues_chart(in, view["dues_years"]);
  return {"memberships.html", "site/memberships.html.mustache",
          i18n::tr_in(in.language, "site.memberships-title"), std::move(view)};
}

SitePage organisations_page(const SiteInputs& in) {
  Json view = memberships_report(in.store, report_context(in));
  return {"organisations.html", "site/organisations.html.mustache",
          i18n::tr_in(in.language, "site.organisations-title"), std::move(view)};
}

SitePage entities_page(const SiteInputs& in) {
  return {"entities.html", "site/entities.html.mustache", i18n::tr_in(in.language, "site.entities-title"),
          entities_report(in.store, report_context(in))};
}

SitePage pipeline_page(const SiteInputs& in) {
  return {"pipeline.html", "site/pipeline.html.mustache", i18n::tr_in(in.language, "site.pipeline-title"),
          pipeline_report(in.store, {}, report_context(in))};
}

}  // namespace

Json deadline_row(const SiteInputs& in, const Deadline& d) {
  return {{"due", long_date(d.due, in.language)},
          {"what", text_of(d.what, in.language)},
          {"record", text_of(d.record_title, in.language)},
          {"record_id", visible_text(d.record)},
          {"owner", d.owner.empty() ? "" : entity_name(in.store, d.owner, in.language)},
          {"owner_id", visible_text(d.owner)},
          {"state", std::string(state_label(d.state, in.language))},
          {"late", d.state == DeadlineState::Overdue}};
}

void add_view_jobs(const SiteInputs& in, std::vector<PageJob>& jobs) {
  for (auto build : {home_page, deadlines_page, memberships_page, organisations_page, entities_page,
                     pipeline_page}) {
    jobs.push_back([&in, build] { return build(in); });
  }
}

}  // namespace multilat::site
