// Builds the agenda pages and their two pictures.
#include "site/agenda_pages.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

#include "i18n/calendar_words.h"
#include "i18n/tr.h"
#include "report/report_view.h"
#include "site/charts.h"
#include "util/visible_text.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

using MeetingsByYear = std::map<int, std::vector<const Meeting*>>;

MeetingsByYear meetings_by_year(const Store& store) {
  MeetingsByYear years;
  for (const Meeting& m : store.meetings) {
    if (!m.start) continue;
    int year = static_cast<int>(m.start->value.year());
    if (year >= kFirstYear && year <= kLastYear) years[year].push_back(&m);
  }
  for (auto& [year, meetings] : years) {
    std::sort(meetings.begin(), meetings.end(), [](const Meeting* a, const Meeting* b) {
      return std::tie(a->start->value, a->header.id) < std::tie(b->start->value, b->header.id);
    });
  }
  return years;
}

Json meeting_row(const SiteInputs& in, const Meeting& m) {
  return {{"dates", meeting_dates(m, in.language)},
          {"title", text_of(m.title, in.language)},
          {"meeting_id", visible_text(m.header.id)},
          {"organisation", organisation_short(in.store, m.organisation.value, in.language)},
          {"organisation_id", visible_text(m.organisation.value)},
          {"place", m.is_virtual ? std::string(label(CalendarWord::Online, in.language)) : visible_text(m.location)},
          {"status", std::string(meeting_status_label(m.status.value, in.language))},
          {"delegation", delegation_summary(in.store, m, in.language)},
          {"example", m.header.example}};
}

TimelineWords timeline_words(const SiteInputs& in, int year) {
  TimelineWords words;
  words.title = i18n::tr_in(in.language, "site.timeline-title", fmt::arg("year", year));
  words.description = i18n::tr_in(in.language, "site.timeline-description");
  for (unsigned month = 1; month <= 12; ++month) {
    words.months[month - 1] = std::string(month_abbreviation(month, in.language));
  }
  words.delegation_legend = i18n::tr_in(in.language, "site.timeline-delegation");
  words.other_legend = i18n::tr_in(in.language, "site.timeline-other");
  return words;
}

std::string timeline(const SiteInputs& in, int year, const std::vector<const Meeting*>& meetings) {
  std::vector<TimelineEntry> entries;
  for (const Meeting* m : meetings) {
    if (m->status.value == "cancelled") continue;
    entries.push_back({text_of(m->title, in.language), fmt::format("../meetings/{}.html", m->header.id.view()),
                       m->start->value, *m->last_day(), !m->delegation.empty()});
  }
  return timeline_svg("timeline", year, entries, timeline_words(in, year));
}

// Days each entity spent in delegations that year, counted once per delegate.
std::string delegation_days(const SiteInputs& in, const std::vector<const Meeting*>& meetings) {
  std::map<std::string, int> days;
  for (const Meeting* m : meetings) {
    if (m->status.value == "cancelled" || m->status.value == "postponed") continue;
    int length = std::max(1, days_between(m->start->value, *m->last_day()) + 1);
    for (const Delegate& d : m->delegation) days[d.entity.value.str()] += length;
  }
  std::vector<std::pair<std::string, int>> sorted(days.begin(), days.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<Bar> bars;
  for (const auto& [entity, count] : sorted) {
    std::string href = in.store.entity(entity) ? fmt::format("../entities/{}.html", entity) : "";
    bars.push_back({entity_name(in.store, entity, in.language), href, static_cast<double>(count),
                    i18n::trn_in(in.language, "report.days", static_cast<std::size_t>(count))});
  }
  return bar_chart_svg("delegation-days", bars,
                       {i18n::tr_in(in.language, "site.days-chart-title"),
                        i18n::tr_in(in.language, "site.days-chart-description")});
}

SitePage year_page(const SiteInputs& in, int year, const std::vector<const Meeting*>& meetings) {
  Json rows = Json::array();
  for (const Meeting* m : meetings) rows.push_back(meeting_row(in, *m));
  Json view = {{"year", fmt::format("{}", year)},
               {"meetings", std::move(rows)},
               {"timeline", timeline(in, year, meetings)},
               {"days_chart", delegation_days(in, meetings)}};
  return {fmt::format("agenda/{}.html", year), "site/agenda-year.html.mustache",
          i18n::tr_in(in.language, "site.agenda-year-title", fmt::arg("year", year)), std::move(view)};
}

SitePage agenda_index(const SiteInputs& in, const MeetingsByYear& years) {
  Json rows = Json::array();
  for (auto it = years.rbegin(); it != years.rend(); ++it) {
    rows.push_back({{"year", fmt::format("{}", it->first)},
                    {"href", fmt::format("{}.html", it->first)},
                    {"count", i18n::trn_in(in.language, "site.meeting-count", it->second.size())}});
  }
  Json view = {{"years", rows}, {"has_years", !rows.empty()}};
  return {"agenda/index.html", "site/agenda.html.mustache", i18n::tr_in(in.language, "site.agenda-title"),
          std::move(view)};
}

}  // namespace

void add_agenda_jobs(const SiteInputs& in, std::vector<PageJob>& jobs) {
  auto years = std::make_shared<MeetingsByYear>(meetings_by_year(in.store));
  jobs.push_back([&in, years] { return agenda_index(in, *years); });
  for (const auto& [year, meetings] : *years) {
    jobs.push_back([&in, years, year = year] { return year_page(in, year, years->at(year)); });
  }
}

}  // namespace multilat::site
