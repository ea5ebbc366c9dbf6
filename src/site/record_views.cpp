// Entity and prospect pages: what the records say of one entity or one prospect, with the
// records they name given by id so that the page links to them.
#include "site/record_views.h"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/calendar_words.h"
#include "i18n/tr.h"
#include "report/money.h"
#include "report/report_view.h"
#include "site/site_paths.h"
#include "site/view_pages.h"
#include "util/visible_text.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

// At most this many rows in one list of a page: a page stays readable and its size bounded
// whatever the records hold; the views (agenda, deadlines) list everything.
constexpr std::size_t kMaxRows = 500;

void set_list(Json& view, const std::string& key, Json rows) {
  if (rows.size() > kMaxRows) rows.erase(rows.begin() + kMaxRows, rows.end());
  view["has_" + key] = !rows.empty();
  view[key] = std::move(rows);
}

std::string word(Language lang, std::string_view family, std::string_view value) {
  return value.empty() ? "" : i18n::tr_in(lang, fmt::format("{}.{}", family, value));
}

Json involvement_rows(const SiteInputs& in, const Entity& e) {
  Json rows = Json::array();
  for (const Organisation* org : list_of(in.index.organisations_of, e.header.id.view())) {
    bool focal = org->focal_point && org->focal_point->value == e.header.id;
    rows.push_back({{"organisation", organisation_name(in.store, org->header.id, in.language)},
                    {"organisation_id", visible_text(org->header.id)},
                    {"how", i18n::tr_in(in.language, focal ? "site.focal-point" : "site.involved")}});
  }
  return rows;
}

Json delegation_rows(const SiteInputs& in, const Entity& e) {
  std::vector<std::pair<const Meeting*, const Delegate*>> found = list_of(in.index.delegates_of, e.header.id.view());
  // The latest first: what is coming, then what was done.
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first->last_day() > b.first->last_day();
  });
  Json rows = Json::array();
  for (const auto& [m, d] : found) {
    rows.push_back({{"title", text_of(m->title, in.language)},
                    {"meeting_id", visible_text(m->header.id)},
                    {"dates", meeting_dates(*m, in.language)},
                    {"person", visible_text(d->person)},
                    {"role", word(in.language, "report.role", d->role)}});
  }
  return rows;
}

Json deadline_rows(const SiteInputs& in, std::string_view owner) {
  Json rows = Json::array();
  for (const Deadline* d : list_of(in.index.open_deadlines_of, owner)) rows.push_back(deadline_row(in, *d));
  return rows;
}

Json led_prospects(const SiteInputs& in, const Entity& e) {
  Json rows = Json::array();
  for (const Prospect* p : list_of(in.index.prospects_led_by, e.header.id.view())) {
    rows.push_back({{"title", text_of(p->title, in.language)},
                    {"prospect_id", visible_text(p->header.id)},
                    {"stage", word(in.language, "value.stage", p->stage.value)}});
  }
  return rows;
}

}  // namespace

SitePage entity_page(const SiteInputs& in, const Entity& e) {
  Language lang = in.language;
  Json view = {{"name", text_of(e.name, lang)},
               {"acronym", text_of(e.acronym, lang)},
               {"type", word(lang, "report.entity-type", e.type)},
               {"website", visible_text(e.website)},
               {"parent", e.parent ? entity_name(in.store, e.parent->value, lang) : ""},
               {"parent_id", e.parent ? visible_text(e.parent->value) : ""},
               {"focal_person", e.focal_point ? visible_text(e.focal_point->person) : ""},
               {"focal_email", e.focal_point ? visible_text(e.focal_point->email) : ""},
               {"feed", fmt::format("../calendar/{}.ics", e.header.id.view())},
               {"example", e.header.example}};
  set_list(view, "involvements", involvement_rows(in, e));
  set_list(view, "delegations", delegation_rows(in, e));
  set_list(view, "deadlines", deadline_rows(in, e.header.id.view()));
  set_list(view, "prospects", led_prospects(in, e));
  return {record_page(Kind::Entity, e.header.id), "site/entity.html.mustache",
          entity_name(in.store, e.header.id, lang), std::move(view)};
}

namespace {

Json history_rows(const Prospect& p, Language lang) {
  Json rows = Json::array();
  for (const HistoryEntry& h : p.history) {
    rows.push_back({{"date", h.date ? long_date(h.date->value, lang) : ""},
                    {"stage", word(lang, "value.stage", h.stage)},
                    {"note", text_of(h.note, lang)}});
  }
  return rows;
}

Json naming_meetings(const SiteInputs& in, const Prospect& p) {
  Json rows = Json::array();
  for (const Meeting* m : list_of(in.index.meetings_naming, p.header.id.view())) {
    rows.push_back({{"title", text_of(m->title, in.language)},
                    {"meeting_id", visible_text(m->header.id)},
                    {"dates", meeting_dates(*m, in.language)}});
  }
  return rows;
}

Json next_step(const SiteInputs& in, const Prospect& p) {
  if (!p.next_step) return false;
  const NextStep& n = *p.next_step;
  return {{"what", text_of(n.what, in.language)},
          {"due", n.due ? long_date(n.due->value, in.language) : ""},
          {"owner", n.owner ? entity_name(in.store, n.owner->value, in.language) : ""},
          {"owner_id", n.owner ? visible_text(n.owner->value) : ""}};
}

std::string value_text(const Prospect& p, Language lang) {
  if (!p.value) return "";
  auto cents = parse_cents(p.value->amount);
  return cents ? money_text(*cents, p.value->currency, lang) : "";
}

std::string partner_text(const SiteInputs& in, const Prospect& p) {
  if (p.partner) return organisation_name(in.store, p.partner->value, in.language);
  return p.partner_name ? text_of(p.partner_name->value, in.language) : "";
}

std::string themes_text(const Prospect& p) {
  std::string out;
  for (const Str& theme : p.themes) out += (out.empty() ? "" : ", ") + visible_text(theme);
  return out;
}

}  // namespace

SitePage prospect_page(const SiteInputs& in, const Prospect& p) {
  Language lang = in.language;
  Json view = {{"partner", partner_text(in, p)},
               {"partner_id", p.partner ? visible_text(p.partner->value) : ""},
               {"lead", entity_name(in.store, p.lead.value, lang)},
               {"lead_id", visible_text(p.lead.value)},
               {"stage", word(lang, "value.stage", p.stage.value)},
               {"since", p.stage_since ? long_date(p.stage_since->value, lang) : ""},
               {"themes", themes_text(p)},
               {"priority", visible_text(p.priority)},
               {"instrument", visible_text(p.instrument)},
               {"value", value_text(p, lang)},
               {"last_contact", p.last_contact ? long_date(p.last_contact->value, lang) : ""},
               {"next", next_step(in, p)},
               {"example", p.header.example}};
  set_list(view, "history", history_rows(p, lang));
  set_list(view, "meetings", naming_meetings(in, p));
  return {record_page(Kind::Prospect, p.header.id), "site/prospect.html.mustache",
          text_of(p.title, lang), std::move(view)};
}

}  // namespace multilat::site
