// Builds the search index and page, and the calendar feeds.
#include "site/site_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "calendar/agenda.h"
#include "i18n/tr.h"
#include "render/calendar_render.h"
#include "site/site_paths.h"
#include "util/visible_text.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

std::string kind_words(Kind kind, Language language) {
  return i18n::tr_in(language, fmt::format("site.kind.{}", kind_name(kind)));
}

std::string other_words(const Store& store, RecordRef ref) {
  auto words = [](const Text& acronym) { return fmt::format(" {} {}", acronym.fr.view(), acronym.en.view()); };
  if (ref.kind == Kind::Organisation) return words(store.organisations[ref.index].acronym);
  if (ref.kind == Kind::Entity) return words(store.entities[ref.index].acronym);
  return "";
}

// Each record with a page: its title, kind, link and the other words a search may use.
Json index_entries(const SiteInputs& in) {
  Json entries = Json::array();
  for (const RecordHeader* header : in.store.headers()) {
    std::string page = record_page(header->kind, header->id);
    auto ref = in.store.find(header->id);
    if (page.empty() || !ref) continue;
    entries.push_back({{"t", visible_text(record_title(in.store, *ref, in.language))},
                       {"k", kind_words(header->kind, in.language)},
                       {"u", page},
                       {"w", visible_text(header->id.str() + other_words(in.store, *ref))}});
  }
  return entries;
}

SitePage search_index(const SiteInputs& in) {
  // A script, not JSON fetched at run time: browsers refuse fetch() from file://.
  std::string text = "window.MULTILAT_INDEX = " + index_entries(in).dump(-1, ' ', true) + ";\n";
  return {"search-index.js", "", "", Json(), std::move(text)};
}

SitePage search_page(const SiteInputs& in) {
  Json groups = Json::array();
  Json entries = index_entries(in);
  for (Kind kind : kAllKinds) {
    Json items = Json::array();
    std::string folder = std::string(kind_folder(kind)) + "/";
    for (const Json& e : entries) {
      if (e["u"].get_ref<const std::string&>().starts_with(folder)) items.push_back({{"title", e["t"]}, {"href", e["u"]}});
    }
    if (!items.empty()) groups.push_back({{"kind", kind_words(kind, in.language)}, {"records", std::move(items)}});
  }
  return {"search.html", "site/search.html.mustache", i18n::tr_in(in.language, "site.search-title"),
          {{"groups", std::move(groups)}}};
}

CalendarView feed_view(const SiteInputs& in) {
  CalendarView view;
  view.language = in.language;
  view.today = view.from = view.to = in.today;
  return view;
}

struct Feeds {
  std::vector<Deadline> open;
  std::vector<AgendaEntry> meetings;
  std::unordered_map<std::string_view, std::size_t> entry_of;  // meeting id -> its entry
};

SitePage feed_page(const SiteInputs& in, const Feeds& feeds, const std::string& entity) {
  if (entity.empty()) {
    return {"calendar.ics", "", "", Json(), render_ics(feeds.open, feeds.meetings, feed_view(in))};
  }
  std::vector<Deadline> owned;
  for (const Deadline* d : list_of(in.index.open_deadlines_of, entity)) {
    owned.push_back(*d);
    owned.back().path = "";
  }
  // In the agenda's order, each meeting once however many delegates the entity sends.
  std::vector<std::size_t> entries;
  for (const auto& [meeting, delegate] : list_of(in.index.delegates_of, entity)) {
    auto found = feeds.entry_of.find(meeting->header.id.view());
    if (found != feeds.entry_of.end()) entries.push_back(found->second);
  }
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  std::vector<AgendaEntry> attended;
  for (std::size_t i : entries) attended.push_back(feeds.meetings[i]);
  return {fmt::format("calendar/{}.ics", entity), "", "", Json(), render_ics(owned, attended, feed_view(in))};
}

}  // namespace

void add_search_jobs(const SiteInputs& in, std::vector<PageJob>& jobs) {
  jobs.push_back([&in] { return search_index(in); });
  jobs.push_back([&in] { return search_page(in); });
}

void add_calendar_jobs(const SiteInputs& in, std::vector<PageJob>& jobs) {
  auto feeds = std::make_shared<Feeds>();
  for (const Deadline& d : in.deadlines) {
    if (d.state != DeadlineState::Done) feeds->open.push_back(d);
  }
  // A published feed names no file of the machine that built it.
  for (Deadline& d : feeds->open) d.path = "";
  Date first{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};
  Date last{std::chrono::year{2200}, std::chrono::December, std::chrono::day{31}};
  feeds->meetings = agenda_entries(in.store, first, last);
  for (std::size_t i = 0; i < feeds->meetings.size(); ++i) feeds->entry_of[feeds->meetings[i].id.view()] = i;
  jobs.push_back([&in, feeds] { return feed_page(in, *feeds, ""); });
  for (const Entity& e : in.store.entities) {
    if (!is_valid_id(e.header.id)) continue;
    jobs.push_back([&in, feeds, id = e.header.id.str()] { return feed_page(in, *feeds, id); });
  }
}

}  // namespace multilat::site
