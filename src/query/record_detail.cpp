#include "query/record_detail.h"

#include <algorithm>

namespace multilat {
namespace {

void latest(std::optional<Date>& out, const std::optional<Date>& candidate) {
  if (candidate && (!out || *candidate > *out)) out = candidate;
}

std::optional<Date> value_of(const LocatedDate& d) { return d ? std::optional(d->value) : std::nullopt; }

// The last day the desk was in touch with the organisation: a prospect's last contact, or a
// meeting of the organisation that has ended.
std::optional<Date> organisation_contact(const Store& store, const Organisation& org, Date today) {
  std::optional<Date> out;
  for (const Prospect& p : store.prospects) {
    if (p.partner && p.partner->value == org.header.id) latest(out, value_of(p.last_contact));
  }
  for (const Meeting& m : store.meetings) {
    auto last = m.last_day();
    if (m.organisation.value == org.header.id && last && *last <= today && m.status.value != "cancelled") {
      latest(out, last);
    }
  }
  return out;
}

std::vector<StatusStep> status_history(const Organisation& org) {
  std::vector<StatusStep> steps;
  for (const StatusChange& change : org.nc_history) steps.push_back({change.status.str(), value_of(change.since)});
  // The history's last entry is the current status; it is added here only when missing, and only
  // when the record gives one (`check` says when it does not).
  bool has_status = !org.nc_status.value.view().empty();
  if (has_status && (steps.empty() || steps.back().status != org.nc_status.value.view())) {
    steps.push_back({org.nc_status.value.str(), value_of(org.nc_since)});
  }
  return steps;
}

std::vector<Referrer> referrers_of(const Store& store, std::string_view id, Kind kind) {
  std::vector<Referrer> out;
  for (const RecordHeader* h : store.headers()) {
    if (h->id == id) continue;
    bool points = std::any_of(h->references.begin(), h->references.end(),
                              [&](const Reference& r) { return r.id == id && r.target == kind; });
    if (!points) continue;
    auto ref = store.find(h->id);
    out.push_back({h->id.str(), h->path.str(), h->kind, ref ? display_name(store, *ref) : Text{}});
  }
  return out;  // headers() is in kind, then id, order
}

}  // namespace

const RecordHeader& header_of(const Store& store, const RecordRef& ref) {
  switch (ref.kind) {
    case Kind::Organisation:
      return store.organisations[ref.index].header;
    case Kind::Entity:
      return store.entities[ref.index].header;
    case Kind::Meeting:
      return store.meetings[ref.index].header;
    case Kind::Prospect:
      break;
  }
  return store.prospects[ref.index].header;
}

Text display_name(const Store& store, const RecordRef& ref) {
  switch (ref.kind) {
    case Kind::Organisation:
      return store.organisations[ref.index].name;
    case Kind::Entity:
      return store.entities[ref.index].name;
    case Kind::Meeting:
      return store.meetings[ref.index].title;
    case Kind::Prospect:
      break;
  }
  return store.prospects[ref.index].title;
}

RecordDetail describe_record(const Store& store, const RecordRef& ref, Date today,
                             const std::vector<Deadline>& deadlines) {
  const RecordHeader& h = header_of(store, ref);
  RecordDetail d{h.id.str(), h.path.str(), ref.kind, display_name(store, ref), {}, {}, {}, {}, {}, {}};
  if (ref.kind == Kind::Meeting) {
    const Meeting& m = store.meetings[ref.index];
    if (m.start) d.days_to_start = days_between(today, m.start->value);
    if (auto last = m.last_day()) d.days_to_end = days_between(today, *last);
  } else if (ref.kind == Kind::Organisation) {
    const Organisation& o = store.organisations[ref.index];
    d.last_contact = organisation_contact(store, o, today);
    d.status_history = status_history(o);
  } else if (ref.kind == Kind::Prospect) {
    d.last_contact = value_of(store.prospects[ref.index].last_contact);
  }
  for (const Deadline& x : deadlines) {
    if (x.record == h.id && x.record_kind == ref.kind) d.deadlines.push_back(x);
  }
  d.referrers = referrers_of(store, h.id.view(), ref.kind);
  return d;
}

}  // namespace multilat
