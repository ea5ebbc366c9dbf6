// Selecting and addressing the digests.
#include "mail/digest.h"

#include <algorithm>
#include <map>
#include <set>

#include "model/contact.h"

namespace multilat {

namespace {

bool on_lead_day(int left, const std::vector<int>& leads) {
  return leads.empty() || std::find(leads.begin(), leads.end(), left) != leads.end();
}

}  // namespace

std::vector<Deadline> due_for_mail(const std::vector<Deadline>& items, Date today,
                                   const std::vector<int>& lead_days) {
  std::vector<Deadline> out;
  for (const Deadline& d : items) {
    if (d.state == DeadlineState::Done) continue;
    const std::vector<int>& leads = d.lead_days.empty() ? lead_days : d.lead_days;
    int left = days_between(today, d.due);
    bool overdue = d.state == DeadlineState::Overdue || left < 0;
    if (overdue || on_lead_day(left, leads)) out.push_back(d);
  }
  return out;
}

std::vector<MailMeeting> meetings_for_mail(const std::vector<AgendaEntry>& entries, Date today,
                                           const std::vector<int>& lead_days) {
  std::vector<MailMeeting> out;
  for (const AgendaEntry& e : entries) {
    if (e.status == "cancelled" || e.status == "postponed") continue;
    int left = days_between(today, e.start);
    out.push_back({e, left >= 0 && on_lead_day(left, lead_days)});
  }
  return out;
}

bool Digest::empty() const {
  return items.empty() && without_email.empty() &&
         std::none_of(meetings.begin(), meetings.end(),
                      [](const MailMeeting& m) { return m.announced; });
}

namespace {

enum class Address { None, Refused, Usable };

// The same rule as `check`'s: an address it reports never reaches an RCPT TO line.
Address focal_address(const Entity* entity) {
  if (!entity || !entity->focal_point || entity->focal_point->email.empty()) return Address::None;
  return is_email(entity->focal_point->email) ? Address::Usable : Address::Refused;
}

void note_refused(Digest& desk, const Str& owner) {
  auto& owners = desk.refused_addresses;
  auto at = std::lower_bound(owners.begin(), owners.end(), owner);
  if (at == owners.end() || *at != owner) owners.insert(at, owner);
}

// Each owner digest's meetings: those its entity goes to. An owner that has no item but goes to
// a meeting gets a digest too, which is sent only when a meeting is announced.
void add_owner_meetings(std::map<std::string, Digest>& by_owner,
                        const std::vector<MailMeeting>& meetings, const Store& store) {
  for (const MailMeeting& m : meetings) {
    std::set<std::string> entities;  // once per meeting, however many delegates it sends
    for (const Delegate& d : m.entry.delegation) {
      if (!d.entity.value.empty()) entities.insert(d.entity.value.str());
    }
    for (const std::string& id : entities) {
      const Entity* entity = store.entity(id);
      if (focal_address(entity) != Address::Usable) continue;
      Digest& digest = by_owner[id];
      if (digest.owner.empty()) {
        digest.owner = Str(id);
        digest.to = {entity->focal_point->email};
      }
      digest.meetings.push_back(m);
    }
  }
}

// The whole digest: every item in the list's order, those no owner received marked.
Digest whole_digest(const std::vector<Deadline>& items, const std::vector<MailMeeting>& meetings,
                    const Digest& leftovers) {
  Digest full;
  full.full = true;
  full.items = items;
  full.meetings = meetings;
  full.refused_addresses = leftovers.refused_addresses;
  for (const Deadline& d : leftovers.without_email) full.desk_only.insert(d.uid);
  return full;
}

// The digest that goes to the desk with everything in it is copied to mail.cc-desk.
void address_to_desk(Digest& digest, const MailSettings& mail) {
  digest.to = mail.to;
  digest.cc = mail.cc;
  digest.cc.insert(digest.cc.end(), mail.cc_desk.begin(), mail.cc_desk.end());
}

// Each item to its owner's digest; to the desk's when the owner has no address to use.
std::map<std::string, Digest> owner_digests(const std::vector<Deadline>& items,
                                            const Store& store, Digest& desk) {
  std::map<std::string, Digest> by_owner;  // ordered by entity id
  for (const Deadline& d : items) {
    const Entity* entity = d.owner.empty() ? nullptr : store.entity(d.owner);
    Address address = focal_address(entity);
    if (address != Address::Usable) {
      if (address == Address::Refused) note_refused(desk, d.owner);
      desk.without_email.push_back(d);
      continue;
    }
    Digest& digest = by_owner[d.owner.str()];
    if (digest.owner.empty()) {
      digest.owner = d.owner;
      digest.to = {entity->focal_point->email};
    }
    digest.items.push_back(d);
  }
  return by_owner;
}

// After the owners' digests, the desk's: with --desk-full the whole one; else its own, and the
// whole one to mail.cc-desk when it names anyone.
void add_desk_digests(std::vector<Digest>& out, Digest desk, Digest full,
                      const MailSettings& mail, bool desk_full) {
  if (desk_full) {
    address_to_desk(full, mail);
    out.push_back(std::move(full));
    return;
  }
  out.push_back(std::move(desk));
  if (!mail.cc_desk.empty()) {
    full.to = mail.cc_desk;
    out.push_back(std::move(full));
  }
}

}  // namespace

std::vector<Digest> plan_digests(const std::vector<Deadline>& items,
                                 const std::vector<MailMeeting>& meetings, const Store& store,
                                 const MailSettings& mail, DigestPlan plan) {
  Digest desk;
  if (!plan.per_owner) {
    desk.items = items;
    desk.meetings = meetings;
    address_to_desk(desk, mail);
    return {desk};
  }
  desk.to = mail.to;
  desk.cc = mail.cc;
  std::map<std::string, Digest> by_owner = owner_digests(items, store, desk);
  add_owner_meetings(by_owner, meetings, store);
  std::vector<Digest> out;
  for (auto& [id, digest] : by_owner) out.push_back(std::move(digest));
  Digest full = whole_digest(items, meetings, desk);
  desk.meetings = meetings;
  add_desk_digests(out, std::move(desk), std::move(full), mail, plan.desk_full);
  return out;
}

}  // namespace multilat
