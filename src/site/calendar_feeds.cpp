// Builds the feeds from events rendered once each: a meeting is in the feed of every entity of
// its delegation, and rendering it for each was most of the feeds' time.
#include "site/calendar_feeds.h"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <thread>
#include <unordered_map>

#include "render/calendar_render.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

constexpr unsigned kMaxThreads = 8;

struct Feeds {
  std::vector<Deadline> open;        // every open deadline, no file path (the feed is published)
  std::vector<AgendaEntry> meetings;  // every meeting, in the agenda's order
  std::unordered_map<const Deadline*, std::size_t> deadline_at;  // a deadline of the records -> open[i]
  std::unordered_map<std::string_view, std::size_t> meeting_at;  // a meeting id -> meetings[i]
  std::vector<std::string> events;   // open's events, then meetings'
};

CalendarView feed_view(const SiteInputs& in) {
  CalendarView view;
  view.language = in.language;
  view.today = view.from = view.to = in.today;
  return view;
}

// Each thread renders a slice of the events; slices are put back in order.
std::vector<std::string> render_events(const Feeds& f, const CalendarView& view) {
  std::size_t total = f.open.size() + f.meetings.size(), deadlines = f.open.size();
  unsigned parts = std::clamp(std::thread::hardware_concurrency(), 1u, kMaxThreads);
  std::vector<std::vector<std::string>> slices(parts);
  std::vector<std::exception_ptr> errors(parts);
  std::vector<std::jthread> threads;
  for (unsigned p = 0; p < parts; ++p) {
    threads.emplace_back([&, p] {
      std::size_t from = total * p / parts, to = total * (p + 1) / parts;
      try {
        std::vector<Deadline> d(f.open.begin() + static_cast<std::ptrdiff_t>(std::min(from, deadlines)),
                                f.open.begin() + static_cast<std::ptrdiff_t>(std::min(to, deadlines)));
        std::vector<AgendaEntry> m(f.meetings.begin() + static_cast<std::ptrdiff_t>(std::max(from, deadlines) - deadlines),
                                   f.meetings.begin() + static_cast<std::ptrdiff_t>(std::max(to, deadlines) - deadlines));
        slices[p] = ics_events(d, m, view);
      } catch (...) {
        errors[p] = std::current_exception();
      }
    });
  }
  for (std::jthread& t : threads) t.join();
  std::vector<std::string> events;
  for (unsigned p = 0; p < parts; ++p) {
    if (errors[p]) std::rethrow_exception(errors[p]);
    std::move(slices[p].begin(), slices[p].end(), std::back_inserter(events));
  }
  return events;
}

SitePage entity_feed(const SiteInputs& in, const Feeds& feeds, const std::string& entity) {
  std::vector<std::size_t> at;
  for (const Deadline* d : list_of(in.index.open_deadlines_of, entity)) at.push_back(feeds.deadline_at.at(d));
  // In the agenda's order, each meeting once however many delegates the entity sends.
  std::vector<std::size_t> meetings;
  for (const auto& [meeting, delegate] : list_of(in.index.delegates_of, entity)) {
    auto found = feeds.meeting_at.find(meeting->header.id.view());
    if (found != feeds.meeting_at.end()) meetings.push_back(feeds.open.size() + found->second);
  }
  std::sort(meetings.begin(), meetings.end());
  meetings.erase(std::unique(meetings.begin(), meetings.end()), meetings.end());
  at.insert(at.end(), meetings.begin(), meetings.end());
  std::vector<const std::string*> events;
  for (std::size_t i : at) events.push_back(&feeds.events[i]);
  return {fmt::format("calendar/{}.ics", entity), "", "", Json(), ics_calendar(events)};
}

SitePage all_feed(const Feeds& feeds) {
  std::vector<const std::string*> events;
  for (const std::string& event : feeds.events) events.push_back(&event);
  return {"calendar.ics", "", "", Json(), ics_calendar(events)};
}

std::shared_ptr<Feeds> feeds_of(const SiteInputs& in) {
  auto feeds = std::make_shared<Feeds>();
  for (const Deadline& d : in.deadlines) {
    if (d.state == DeadlineState::Done) continue;
    feeds->deadline_at[&d] = feeds->open.size();
    feeds->open.push_back(d);
    feeds->open.back().path = "";  // a published feed names no file of the machine that built it
  }
  feeds->meetings = in.index.agenda;
  for (std::size_t i = 0; i < feeds->meetings.size(); ++i) feeds->meeting_at[feeds->meetings[i].id.view()] = i;
  feeds->events = render_events(*feeds, feed_view(in));
  return feeds;
}

}  // namespace

void add_calendar_jobs(const SiteInputs& in, std::vector<PageJob>& jobs) {
  std::shared_ptr<Feeds> feeds = feeds_of(in);
  jobs.push_back([feeds] { return all_feed(*feeds); });
  for (const Entity& e : in.store.entities) {
    if (!is_valid_id(e.header.id)) continue;
    jobs.push_back([&in, feeds, id = e.header.id.str()] { return entity_feed(in, *feeds, id); });
  }
}

}  // namespace multilat::site
