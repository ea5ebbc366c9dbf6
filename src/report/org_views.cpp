// The organisation's identity, focal point, contacts, strategies, open actions and prospects as
// report rows, every word in the reader's language.
#include "report/org_views.h"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "util/visible_text.h"

namespace multilat {

using Json = nlohmann::json;

std::string date_or_empty(const LocatedDate& date, Language language) {
  return date ? long_date(date->value, language) : "";
}

Json org_identity(const Organisation& org, Language lang) {
  return {{"id", visible_text(org.header.id)},
          {"name", text_of(org.name, lang)},
          {"acronym", text_of(org.acronym, lang)},
          {"type",
           org.type.empty() ? "" : i18n::tr_in(lang, fmt::format("report.org-type.{}", org.type))},
          {"headquarters", visible_text(org.headquarters)},
          {"website", visible_text(org.website)},
          {"status", i18n::tr_in(lang, fmt::format("value.nc-status.{}", org.nc_status.value))},
          {"since", date_or_empty(org.nc_since, lang)},
          {"example", org.header.example}};
}

Json focal_point_json(const Store& store, const Organisation& org, Language lang) {
  if (!org.focal_point) return false;
  const Entity* entity = store.entity(org.focal_point->value);
  const FocalPoint* person = entity && entity->focal_point ? &*entity->focal_point : nullptr;
  return {{"entity", entity_name(store, org.focal_point->value, lang)},
          {"person", person ? visible_text(person->person) : ""},
          {"email", person ? visible_text(person->email) : ""}};
}

Json involved_text(const Store& store, const Organisation& org, Language lang) {
  std::string involved;
  for (const Located<Str>& id : org.involved) {
    if (!involved.empty()) involved += ", ";
    involved += entity_name(store, id.value, lang);
  }
  return involved.empty() ? Json(false) : Json(involved);
}

Json contact_rows(const Organisation& org) {
  Json rows = Json::array();
  for (const Contact& contact : org.contacts) {
    rows.push_back({{"name", visible_text(contact.name)},
                    {"role", visible_text(contact.role)},
                    {"email", visible_text(contact.email)},
                    {"phone", visible_text(contact.phone)}});
  }
  return rows;
}

Json strategy_row(const Store& store, const Strategy& s, const ReportContext& c) {
  Language lang = c.language;
  bool late = !s.input_sent && s.input_due && s.input_due->value < c.today;
  std::string state =
      s.input_sent  ? i18n::tr_in(lang, "report.input-sent",
                                  fmt::arg("date", long_date(s.input_sent->value, lang)))
      : s.input_due ? i18n::tr_in(lang, late ? "report.task.late" : "report.task.open")
                    : "";
  return {{"title", text_of(s.title, lang)},
          {"period", visible_text(s.period)},
          {"input_due", date_or_empty(s.input_due, lang)},
          {"owner", s.owner ? entity_name(store, s.owner->value, lang) : ""},
          {"owner_id", s.owner ? visible_text(s.owner->value) : ""},
          {"state", state},
          {"late", late}};
}

Json open_action_rows(const Store& store, const Organisation& org, const ReportContext& c) {
  Json rows = Json::array();
  for (const Task& t : org.actions) {
    if (t.status == "open") rows.push_back(task_json(store, t, c.language, c.today));
  }
  return rows;
}

Json prospect_row(const Store& store, const Prospect& p, Language lang) {
  std::string value;
  if (p.value) {
    if (auto cents = parse_cents(p.value->amount))
      value = money_text(*cents, p.value->currency, lang);
  }
  return {{"id", visible_text(p.header.id)},
          {"title", text_of(p.title, lang)},
          {"stage", i18n::tr_in(lang, fmt::format("value.stage.{}", p.stage.value))},
          {"lead", entity_name(store, p.lead.value, lang)},
          {"lead_id", visible_text(p.lead.value)},
          {"value", value},
          {"next", p.next_step ? text_of(p.next_step->what, lang) : ""},
          {"example", p.header.example}};
}

Json prospect_rows(const Store& store, const Organisation& org, Language lang) {
  std::vector<const Prospect*> mine;
  for (const Prospect& p : store.prospects) {
    if (p.partner && p.partner->value == org.header.id) mine.push_back(&p);
  }
  std::sort(mine.begin(), mine.end(),
            [](const Prospect* a, const Prospect* b) { return a->header.id < b->header.id; });
  Json rows = Json::array();
  for (const Prospect* p : mine) rows.push_back(prospect_row(store, *p, lang));
  return rows;
}

void set_list(Json& view, const std::string& key, Json rows) {
  view[fmt::format("has_{}", key)] = !rows.empty();
  view[key] = std::move(rows);
}

}  // namespace multilat
