// Builds the digest's view model: a summary, the meetings, one table of deadlines whose row
// groups are the overdue items and the ISO weeks, and what the digest covers.
#include "mail/digest_view.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "i18n/tr.h"
#include "mail/meeting_rows.h"
#include "i18n/calendar_words.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

bool is_late(const Deadline& d, Date today) {
  return d.state == DeadlineState::Overdue || d.due < today;
}

std::vector<Deadline> every_item(const Digest& digest) {
  std::vector<Deadline> all = digest.items;
  all.insert(all.end(), digest.without_email.begin(), digest.without_email.end());
  return all;
}

Json item_json(const Deadline& d, const Digest& digest, const Store& store,
               const DigestContext& c) {
  int left = days_between(c.today, d.due);
  Json item;
  item["date"] = long_date(d.due, c.language);
  item["days"] = relative_days(left, c.language);
  item["overdue"] = left < 0;
  item["what"] = visible_text(d.what.in(c.language));
  item["record"] = visible_text(d.record);
  // The record's title, unless the text already names it ("Inscription : 56e CRGA").
  std::string about = visible_text(d.record_title.in(c.language));
  std::string what = item["what"].get<std::string>();
  item["about"] = about.empty() || what.find(about) != std::string::npos ? Json(false) : Json(about);
  item["organisation"] = visible_text(d.organisation);
  if (d.owner.empty()) {
    item["owner"] = std::string(label(CalendarWord::NoOwner, c.language));
    item["owner_id"] = false;
  } else {
    std::string name = entity_label(store, d.owner, c.language);
    std::string id = visible_text(d.owner);
    item["owner"] = name;
    item["owner_id"] = name == id ? Json(false) : Json(id);
  }
  bool desk_only = digest.full && digest.desk_only.count(d.uid);
  item["desk_only"] = desk_only ? Json(i18n::tr_in(c.language, "mail.desk-only")) : Json(false);
  return item;
}

// Overdue items first, then a group per ISO week, in the list's date order.
void add_groups(Json& groups, const std::vector<Deadline>& items, const Digest& digest,
                const Store& store, const DigestContext& c) {
  std::size_t first = groups.size();
  Json overdue = Json::array();
  for (const Deadline& d : items) {
    if (d.due < c.today) overdue.push_back(item_json(d, digest, store, c));
  }
  if (!overdue.empty()) {
    groups.push_back({{"title", label(CalendarWord::Overdue, c.language)},
                      {"overdue", true},
                      {"banner", false},
                      {"items", overdue}});
  }
  for (const Deadline& d : items) {
    if (d.due < c.today) continue;
    std::string title = iso_week_title(d.due, c.language);
    if (groups.size() == first || groups.back()["title"] != title) {
      groups.push_back(
          {{"title", title}, {"overdue", false}, {"banner", false}, {"items", Json::array()}});
    }
    groups.back()["items"].push_back(item_json(d, digest, store, c));
  }
}

// Why an owner's items came to the desk although its record gives an address.
Json refused_notes(const Digest& digest, const Store& store, Language language) {
  Json notes = Json::array();
  for (const Str& owner : digest.refused_addresses) {
    notes.push_back({{"text", i18n::tr_in(language, "mail.address-refused",
                                          fmt::arg("owner", entity_label(store, owner, language)))}});
  }
  return notes;
}

// One table for the whole digest: the groups of the items, then, in the desk's digest of a
// per-owner run, a banner and the groups of the items nobody else received.
Json deadline_table(const Digest& digest, const Store& store, const DigestContext& c) {
  Json groups = Json::array();
  add_groups(groups, digest.items, digest, store, c);
  if (!digest.without_email.empty()) {
    groups.push_back({{"title", i18n::tr_in(c.language, "mail.without-email")},
                      {"overdue", false},
                      {"banner", true},
                      {"notes", refused_notes(digest, store, c.language)},
                      {"items", Json::array()}});
    add_groups(groups, digest.without_email, digest, store, c);
  }
  if (groups.empty()) return false;
  Json labels;
  for (const char* column : {"date", "days", "what", "record", "owner"}) {
    std::string word(i18n::text(c.language, fmt::format("cal.column.{}", column)));
    labels[column] = word;
    labels[fmt::format("{}_colon", column)] =
        i18n::tr_in(c.language, "mail.colon", fmt::arg("label", word));
  }
  return {{"labels", labels}, {"groups", groups}};
}

// "2 overdue · 3 due this week · 1 later · 2 meetings"; empty when there is nothing to count.
std::string counts_line(const std::vector<Deadline>& all, const Digest& digest,
                        const DigestContext& c) {
  Language lang = c.language;
  std::size_t late = 0, week = 0;
  Date sunday = add_days(iso_week_monday(c.today), 6);
  for (const Deadline& d : all) {
    if (is_late(d, c.today)) {
      ++late;
    } else if (d.due <= sunday) {
      ++week;
    }
  }
  std::vector<std::string> parts;
  if (late > 0) parts.push_back(i18n::trn_in(lang, "mail.late", late));
  if (week > 0) parts.push_back(i18n::trn_in(lang, "mail.summary.week", week));
  if (std::size_t later = all.size() - late - week; later > 0)
    parts.push_back(i18n::trn_in(lang, "mail.summary.later", later));
  if (!digest.meetings.empty())
    parts.push_back(i18n::trn_in(lang, "mail.summary.meetings", digest.meetings.size()));
  return fmt::format("{}", fmt::join(parts, " · "));
}

using OwnerCounts = std::pair<std::size_t, std::size_t>;  // items, late ones

// The items of each owner, by the owner's name as the reader sees it.
std::map<std::string, OwnerCounts> counts_by_owner(const std::vector<Deadline>& all,
                                                   const Store& store, const DigestContext& c) {
  std::map<std::string, OwnerCounts> owners;
  for (const Deadline& d : all) {
    std::string name = d.owner.empty() ? std::string(label(CalendarWord::NoOwner, c.language))
                                       : entity_label(store, d.owner, c.language);
    auto& [count, overdue] = owners[name];
    ++count;
    overdue += is_late(d, c.today);
  }
  return owners;
}

// "By owner: X 3 (1 late) · Y 2": by count, then by name.
std::string owners_line(const std::map<std::string, OwnerCounts>& owners, Language lang) {
  std::vector<std::pair<std::string, OwnerCounts>> sorted(owners.begin(), owners.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second.first > b.second.first;
  });
  std::vector<std::string> shown;
  for (const auto& [name, counts] : sorted) {
    shown.push_back(counts.second == 0
                        ? i18n::tr_in(lang, "mail.summary.owner", fmt::arg("owner", name),
                                      fmt::arg("count", counts.first))
                        : i18n::tr_in(lang, "mail.summary.owner-late", fmt::arg("owner", name),
                                      fmt::arg("count", counts.first),
                                      fmt::arg("late", counts.second)));
  }
  return i18n::tr_in(lang, "mail.summary.by-owner",
                     fmt::arg("owners", fmt::format("{}", fmt::join(shown, " · "))));
}

// The counts, and in the desk's digest the items per owner, most first: what the reader takes
// in before reading on.
Json summary(const Digest& digest, const Store& store, const DigestContext& c) {
  std::vector<Deadline> all = every_item(digest);
  std::string counts = counts_line(all, digest, c);
  if (counts.empty()) return false;
  Json out;
  out["counts"] = counts;
  // Only where there is more than one owner to tell apart.
  std::map<std::string, OwnerCounts> owners = counts_by_owner(all, store, c);
  bool by_owner = digest.is_desk() && owners.size() > 1;
  out["owners"] = by_owner ? Json(owners_line(owners, c.language)) : Json(false);
  return out;
}

// What the digest covers, said at its foot, so that a reader who misses an item knows why.
Json coverage(const DigestContext& c) {
  Language lang = c.language;
  Json lines = Json::array();
  PeriodEnds ends = period_ends(c.from, c.to, lang);
  lines.push_back({{"text", i18n::tr_in(lang, c.overdue ? "mail.window" : "mail.window-no-overdue",
                                        fmt::arg("from", ends.from), fmt::arg("to", ends.to))}});
  lines.push_back(
      {{"text", c.lead_days.empty()
                    ? i18n::tr_in(lang, "mail.lead-all")
                    : i18n::tr_in(lang, "mail.lead-days",
                                  fmt::arg("days", fmt::format("{}", fmt::join(c.lead_days, ", "))))}});
  return lines;
}

std::string for_line(const Digest& digest, const Store& store, Language lang) {
  if (!digest.is_desk()) {
    return i18n::tr_in(lang, "mail.for-owner",
                       fmt::arg("owner", entity_label(store, digest.owner, lang)));
  }
  return i18n::tr_in(lang, digest.full ? "mail.for-desk-full" : "mail.for-desk");
}

}  // namespace

std::string digest_subject(const Digest& digest, const DigestContext& c) {
  std::vector<Deadline> all = every_item(digest);
  std::size_t late = 0;
  for (const Deadline& d : all) late += is_late(d, c.today);
  // mail.subject comes from the settings, which a merge request can change: shown like record
  // text, wherever the subject goes (the header, the parts, --dry-run on a terminal). No
  // fallback to the other language: the English digest's subject is English.
  const Str& own = c.language == Language::Fr ? c.subject.fr : c.subject.en;
  std::string prefix = own.empty() ? i18n::tr_in(c.language, "mail.subject") : visible_text(own);
  // A message an owner gets for a meeting alone would otherwise say "0 coming, 0 overdue".
  std::string meetings =
      digest.meetings.empty()
          ? std::string()
          : i18n::trn_in(c.language, "mail.summary.meetings", digest.meetings.size());
  return i18n::tr_in(c.language, meetings.empty() ? "mail.subject-counts" : "mail.subject-meetings",
                     fmt::arg("prefix", prefix),
                     fmt::arg("coming", i18n::trn_in(c.language, "mail.coming", all.size() - late)),
                     fmt::arg("late", i18n::trn_in(c.language, "mail.late", late)),
                     fmt::arg("meetings", meetings));
}

Json digest_view(const Digest& digest, const Store& store, const DigestContext& c) {
  Language lang = c.language;
  Json view;
  view["language"] = language_code(lang);
  view["subject"] = digest_subject(digest, c);
  view["as_of"] = i18n::tr_in(lang, "mail.as-of", fmt::arg("date", full_date(c.today, lang)));
  view["for"] = for_line(digest, store, lang);
  view["summary"] = summary(digest, store, c);
  view["meetings"] = meeting_rows(digest.meetings, store, c.today, lang);
  view["table"] = deadline_table(digest, store, c);
  view["nothing"] = digest.items.empty() && digest.without_email.empty()
                        ? Json(i18n::tr_in(lang, "mail.nothing"))
                        : Json(false);
  if (c.files_missing.empty()) {
    view["missing"] = false;
  } else {
    Json files = Json::array();
    for (const Diagnostic& d : c.files_missing) {
      files.push_back({{"file", visible_text(d.path)},
                       {"line", d.loc.line > 0 ? Json(std::to_string(d.loc.line)) : Json(false)},
                       {"message", visible_text(d.message)}});
    }
    view["missing"] = {
        {"title", i18n::trn_in(lang, "mail.missing", c.files_missing.size())},
        {"files", files}};
  }
  view["coverage"] = coverage(c);
  view["footer"] = i18n::tr_in(lang, "mail.footer");
  return view;
}

}  // namespace multilat
