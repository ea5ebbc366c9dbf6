// Building the digest's meeting rows.
#include "mail/meeting_rows.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

std::string dates(const AgendaEntry& e, Language language) {
  if (e.start == e.end) return long_date(e.start, language);
  return fmt::format("{} – {}", short_date(e.start, language), long_date(e.end, language));
}

// "opens in 3 days", or "under way, day 2 of 5" for a meeting that opened before today.
std::string when(const AgendaEntry& e, Date today, Language language) {
  int left = days_between(today, e.start);
  std::string text =
      left >= 0 ? i18n::tr_in(language, "mail.meeting-opens",
                              fmt::arg("when", relative_days(left, language)))
                : i18n::tr_in(language, "mail.meeting-under-way", fmt::arg("day", 1 - left),
                              fmt::arg("days", days_between(e.start, e.end) + 1));
  // Confirmed and held go without saying; planned is worth knowing before booking a flight.
  if (e.status == "planned") {
    text = i18n::tr_in(language, "mail.meeting-status", fmt::arg("when", text),
                       fmt::arg("status", meeting_status_label(e.status.str(), language)));
  }
  return text;
}

std::string place(const AgendaEntry& e, Language language) {
  std::string where = visible_text(e.location);
  if (!e.is_virtual) return where;
  std::string online(label(CalendarWord::Online, language));
  return where.empty() ? online : fmt::format("{} ({})", where, online);
}

// "head: Jane Doe (SCRRE), 3 delegates", with the entity's name rather than its id.
std::string delegation(const AgendaEntry& e, const Store& store, Language language) {
  std::string head;
  for (const Delegate& d : e.delegation) {
    if (d.role != "head") continue;
    std::string entity = d.entity.value.empty() ? "" : entity_label(store, d.entity.value, language);
    if (d.person.empty()) {
      head = entity;
    } else {
      head = entity.empty() ? visible_text(d.person)
                            : fmt::format("{} ({})", visible_text(d.person), entity);
    }
    break;
  }
  return delegation_summary(head, e.delegation.size(), language);
}

}  // namespace

std::string entity_label(const Store& store, const Str& id, Language language) {
  const Entity* entity = store.entity(id);
  if (!entity) return visible_text(id);
  Text name = entity->acronym.empty() ? entity->name : entity->acronym;
  std::string shown = visible_text(name.in(language));
  return shown.empty() ? visible_text(id) : shown;
}

Json meeting_rows(const std::vector<MailMeeting>& meetings, const Store& store, Date today,
                  Language language) {
  if (meetings.empty()) return false;
  Json rows = Json::array();
  for (const MailMeeting& m : meetings) {
    const AgendaEntry& e = m.entry;
    std::string organisation = visible_text(e.organisation_name.in(language));
    std::string where = place(e, language);
    rows.push_back({{"dates", dates(e, language)},
                    {"when", when(e, today, language)},
                    {"under_way", e.start < today},
                    {"title", visible_text(e.title.in(language))},
                    {"id", visible_text(e.id)},
                    {"organisation", organisation.empty() ? Json(false) : Json(organisation)},
                    {"place", where.empty() ? Json(false) : Json(where)},
                    {"delegation", delegation(e, store, language)}});
  }
  Json labels;
  for (const char* column : {"dates", "meeting", "location", "delegation"}) {
    std::string word(i18n::text(language, fmt::format("cal.column.{}", column)));
    labels[column] = word;
    labels[fmt::format("{}_colon", column)] =
        i18n::tr_in(language, "mail.colon", fmt::arg("label", word));
  }
  return {{"title", i18n::tr_in(language, "mail.meetings")},
          {"labels", labels},
          {"items", rows}};
}

}  // namespace multilat
