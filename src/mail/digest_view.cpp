// Builds the digest's view model: sections (overdue, then one per ISO week), items, warnings.
#include "mail/digest_view.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "render/calendar_labels.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

std::size_t overdue_count(const std::vector<Deadline>& items, Date today) {
  std::size_t n = 0;
  for (const Deadline& d : items) n += d.state == DeadlineState::Overdue || d.due < today;
  return n;
}

Json item_json(const Deadline& d, const DigestContext& c) {
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
  item["owner"] = d.owner.empty() ? std::string(label(CalendarWord::NoOwner, c.language))
                                  : visible_text(d.owner);
  return item;
}

// Overdue items first, then a section per ISO week, in the list's date order.
Json sections(const std::vector<Deadline>& items, const DigestContext& c) {
  Json out = Json::array();
  Json overdue = Json::array();
  for (const Deadline& d : items) {
    if (d.due < c.today) overdue.push_back(item_json(d, c));
  }
  if (!overdue.empty()) {
    out.push_back({{"title", label(CalendarWord::Overdue, c.language)},
                   {"overdue", true},
                   {"items", overdue}});
  }
  for (const Deadline& d : items) {
    if (d.due < c.today) continue;
    std::string title = iso_week_title(d.due, c.language);
    if (out.empty() || out.back()["title"] != title) {
      out.push_back({{"title", title}, {"overdue", false}, {"items", Json::array()}});
    }
    out.back()["items"].push_back(item_json(d, c));
  }
  return out;
}

std::string owner_name(const Store& store, const Str& owner, Language language) {
  const Entity* entity = store.entity(owner);
  if (!entity) return visible_text(owner);
  Text name = entity->acronym.empty() ? entity->name : entity->acronym;
  return visible_text(name.in(language));
}

// Why an owner's items came to the desk although its record gives an address.
Json refused_notes(const Digest& digest, const Store& store, Language language) {
  Json notes = Json::array();
  for (const Str& owner : digest.refused_addresses) {
    notes.push_back({{"text", i18n::tr_in(language, "mail.address-refused",
                                          fmt::arg("owner", owner_name(store, owner, language)))}});
  }
  return notes;
}

}  // namespace

std::string digest_subject(const Digest& digest, const DigestContext& c) {
  std::vector<Deadline> all = digest.items;
  all.insert(all.end(), digest.without_email.begin(), digest.without_email.end());
  std::size_t late = overdue_count(all, c.today);
  // mail.subject comes from the settings, which a merge request can change: shown like record
  // text, wherever the subject goes (the header, the parts, --dry-run on a terminal).
  std::string prefix = c.subject_prefix.empty() ? i18n::tr_in(c.language, "mail.subject")
                                                : visible_text(c.subject_prefix);
  return i18n::tr_in(c.language, "mail.subject-counts", fmt::arg("prefix", prefix),
                     fmt::arg("coming", i18n::trn_in(c.language, "mail.coming", all.size() - late)),
                     fmt::arg("late", i18n::trn_in(c.language, "mail.late", late)));
}

Json digest_view(const Digest& digest, const Store& store, const DigestContext& c) {
  Language lang = c.language;
  Json view;
  view["language"] = language_code(lang);
  view["subject"] = digest_subject(digest, c);
  view["as_of"] = i18n::tr_in(lang, "mail.as-of", fmt::arg("date", long_date(c.today, lang)));
  view["for"] = digest.owner.empty()
                    ? i18n::tr_in(lang, "mail.for-desk")
                    : i18n::tr_in(lang, "mail.for-owner",
                                  fmt::arg("owner", owner_name(store, digest.owner, lang)));
  view["sections"] = sections(digest.items, c);
  view["nothing"] = digest.items.empty() && digest.without_email.empty()
                        ? Json(i18n::tr_in(lang, "mail.nothing"))
                        : Json(false);
  if (digest.without_email.empty()) {
    view["without_email"] = false;
  } else {
    view["without_email"] = {{"title", i18n::tr_in(lang, "mail.without-email")},
                             {"refused", refused_notes(digest, store, lang)},
                             {"sections", sections(digest.without_email, c)}};
  }
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
  Json labels;
  for (const char* column : {"date", "days", "what", "record", "owner"}) {
    std::string word(i18n::text(lang, fmt::format("cal.column.{}", column)));
    labels[column] = word;
    labels[fmt::format("{}_colon", column)] = i18n::tr_in(lang, "mail.colon", fmt::arg("label", word));
  }
  view["labels"] = labels;
  view["footer"] = i18n::tr_in(lang, "mail.footer");
  return view;
}

}  // namespace multilat
