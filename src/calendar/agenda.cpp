// The meetings of a period with their delegation, and the people booked into two at once.
#include "calendar/agenda.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "util/fold.h"

namespace multilat {
namespace {

// Cancelled and postponed meetings take nobody away, so they never clash.
bool is_live(const Meeting& m) {
  return m.status.value != "cancelled" && m.status.value != "postponed";
}

// The last day, never before the start: an end before the start is a date-order error, reported
// elsewhere; counting such a meeting as one day keeps the overlap tests sane.
Date last_day_of(const Meeting& m) { return std::max(*m.last_day(), m.start->value); }

// Both languages filled in, so that renderers need no fallback of their own.
Text in_both(const Text& text) { return Text{text.in(Language::Fr), text.in(Language::En)}; }

Text organisation_name(const Store& store, std::string_view id) {
  const Organisation* org = store.organisation(id);
  if (!org) return {};
  return in_both(org->acronym.empty() ? org->name : org->acronym);
}

Text body_name(const Store& store, const Meeting& m) {
  const Organisation* org = store.organisation(m.organisation.value);
  if (!org || !m.body) return {};
  for (const Body& body : org->bodies) {
    if (body.id.value == m.body->value) return in_both(body.name);
  }
  return {};
}

Str delegation_head(const Meeting& m) {
  for (const Delegate& d : m.delegation) {
    if (d.role != "head") continue;
    if (d.person.empty()) return d.entity.value;
    return fmt::format("{} ({})", d.person, d.entity.value);
  }
  return {};
}

AgendaEntry make_entry(const Store& store, const Meeting& m) {
  AgendaEntry e;
  e.id = m.header.id;
  e.title = m.title;
  e.organisation = m.organisation.value;
  e.organisation_name = organisation_name(store, e.organisation);
  e.body = m.body ? m.body->value : "";
  e.body_name = body_name(store, m);
  e.start = m.start->value;
  e.end = last_day_of(m);
  e.location = m.location;
  e.is_virtual = m.is_virtual;
  e.status = m.status.value;
  e.type = m.type;
  e.delegation = m.delegation;
  e.head = delegation_head(m);
  e.tags = m.header.tags;
  e.path = m.header.path;
  e.loc = m.start->loc;
  e.uid = fmt::format("{}.meeting@multilat", m.header.id);
  return e;
}

// Who a delegate row stands for. A named person is one traveller wherever they go, whatever the
// case and accents of each spelling ("Élise" is "elise"), so that a typo cannot hide a clash. A
// row without a person stands for its entity as a whole, and clashes only with another such row:
// two different people of one entity at two meetings is how a service covers a busy week, so an
// entity named alongside a person never counts as the same traveller as a bare entity row.
struct Traveller {
  bool is_entity;
  std::string key;  // the folded name of the person, or the entity id of a bare row
  const Delegate* row;

  auto tie() const { return std::tie(is_entity, key); }
};

// Each traveller once per meeting (a person listed twice is one clash, not two), sorted.
std::vector<Traveller> travellers(const Meeting& m) {
  std::vector<Traveller> out;
  for (const Delegate& d : m.delegation) {
    if (!d.person.empty()) {
      out.push_back({false, fold_for_comparison(d.person), &d});
    } else if (!d.entity.value.empty()) {
      out.push_back({true, d.entity.value.str(), &d});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Traveller& a, const Traveller& b) { return a.tie() < b.tie(); });
  auto same = [](const Traveller& a, const Traveller& b) { return a.tie() == b.tie(); };
  out.erase(std::unique(out.begin(), out.end(), same), out.end());
  return out;
}

// Positions in store.meetings, sorted by start, then id, then position (ids may be duplicated).
void sort_by_start(const Store& store, std::vector<std::size_t>& positions) {
  std::sort(positions.begin(), positions.end(), [&](std::size_t a, std::size_t b) {
    const Meeting& x = store.meetings[a];
    const Meeting& y = store.meetings[b];
    return std::tie(x.start->value, x.header.id, a) < std::tie(y.start->value, y.header.id, b);
  });
}

std::vector<std::size_t> live_meetings_by_start(const Store& store) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < store.meetings.size(); ++i) {
    const Meeting& m = store.meetings[i];
    if (m.start && is_live(m)) order.push_back(i);
  }
  sort_by_start(store, order);
  return order;
}

// A clash with the positions of both meetings in store.meetings, so that the agenda can note it
// on both even when ids are duplicated.
struct ClashPair {
  Clash clash;
  std::size_t meeting;
  std::size_t other;
};

ClashPair clash_between(const Store& store, std::size_t meeting, std::size_t other,
                        const Traveller& t) {
  const Meeting& m = store.meetings[meeting];
  bool is_entity = t.row->person.empty();
  const Meeting& o = store.meetings[other];
  Clash clash{is_entity ? t.row->entity.value : t.row->person,
              is_entity,
              m.is_virtual || o.is_virtual,
              m.header.id,
              o.header.id,
              t.row->entity.loc,
              m.header.path};
  return {std::move(clash), meeting, other};
}

struct Booking {
  std::size_t meeting;
  Date last;
};

using Bookings = std::unordered_map<std::string, std::vector<Booking>>;

// Forgets the travellers whose meetings are all over by `start`, so that memory follows the
// meetings in progress rather than everyone who ever travelled (most people go once).
void forget_finished(Bookings& bookings, Date start) {
  std::erase_if(bookings, [&](const auto& entry) {
    return std::all_of(entry.second.begin(), entry.second.end(),
                       [&](const Booking& b) { return b.last < start; });
  });
}

// Sweeps meetings in start order, keeping per traveller the meetings not yet over. Each booking
// is dropped once it ends before the current start, so the work is the sort plus the clashes.
std::vector<ClashPair> clash_pairs(const Store& store) {
  Bookings people, entities;  // apart, so that a person named like an entity id is not it
  std::vector<ClashPair> out;
  // After a purge, the next waits until the map has doubled from what survived, so purging
  // costs no more than the insertions that led to it.
  std::size_t purge_above = 1024;
  for (std::size_t index : live_meetings_by_start(store)) {
    const Meeting& m = store.meetings[index];
    Date start = m.start->value;
    if (people.size() + entities.size() > purge_above) {
      forget_finished(people, start);
      forget_finished(entities, start);
      purge_above = std::max<std::size_t>(1024, 2 * (people.size() + entities.size()));
    }
    for (const Traveller& t : travellers(m)) {
      std::vector<Booking>& bookings = (t.is_entity ? entities : people)[t.key];
      std::erase_if(bookings, [&](const Booking& b) { return b.last < start; });
      for (const Booking& b : bookings) out.push_back(clash_between(store, index, b.meeting, t));
      bookings.push_back({index, last_day_of(m)});
    }
  }
  return out;
}

void note_clashes(const Store& store, const std::unordered_map<std::size_t, std::size_t>& entry_of,
                  std::vector<AgendaEntry>& entries) {
  auto note = [&](std::size_t meeting, const Clash& clash, std::size_t other) {
    auto it = entry_of.find(meeting);
    if (it == entry_of.end()) return;
    entries[it->second].clashes.push_back(
        AgendaClash{clash.who, store.meetings[other].header.id, clash.online});
  };
  for (const ClashPair& pair : clash_pairs(store)) {
    note(pair.meeting, pair.clash, pair.other);
    note(pair.other, pair.clash, pair.meeting);
  }
}

}  // namespace

std::vector<AgendaEntry> agenda_entries(const Store& store, Date from, Date to) {
  std::vector<std::size_t> shown;  // positions in store.meetings, sorted before entries exist
  for (std::size_t i = 0; i < store.meetings.size(); ++i) {
    const Meeting& m = store.meetings[i];
    if (m.start && m.start->value <= to && last_day_of(m) >= from) shown.push_back(i);
  }
  sort_by_start(store, shown);
  std::vector<AgendaEntry> entries;
  entries.reserve(shown.size());
  std::unordered_map<std::size_t, std::size_t> entry_of;  // store.meetings position -> entry
  for (std::size_t i : shown) {
    entry_of.emplace(i, entries.size());
    entries.push_back(make_entry(store, store.meetings[i]));
  }
  if (!entries.empty()) note_clashes(store, entry_of, entries);
  return entries;
}

std::vector<Clash> find_clashes(const Store& store) {
  std::vector<Clash> out;
  for (ClashPair& pair : clash_pairs(store)) out.push_back(std::move(pair.clash));
  return out;
}

}  // namespace multilat
