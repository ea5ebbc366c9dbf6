// Selecting and addressing the digests.
#include "mail/digest.h"

#include <algorithm>
#include <map>

#include "model/contact.h"

namespace multilat {

std::vector<Deadline> due_for_mail(const std::vector<Deadline>& items, Date today,
                                   const std::vector<int>& lead_days) {
  std::vector<Deadline> out;
  for (const Deadline& d : items) {
    if (d.state == DeadlineState::Done) continue;
    const std::vector<int>& leads = d.lead_days.empty() ? lead_days : d.lead_days;
    int left = days_between(today, d.due);
    bool overdue = d.state == DeadlineState::Overdue || left < 0;
    if (overdue || leads.empty() || std::find(leads.begin(), leads.end(), left) != leads.end()) {
      out.push_back(d);
    }
  }
  return out;
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

}  // namespace

std::vector<Digest> plan_digests(const std::vector<Deadline>& items, const Store& store,
                                 const MailSettings& mail, bool per_owner) {
  Digest desk;
  desk.to = mail.to;
  desk.cc = mail.cc;
  if (!per_owner) {
    desk.items = items;
    return {desk};
  }
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
  std::vector<Digest> out;
  for (auto& [id, digest] : by_owner) out.push_back(std::move(digest));
  out.push_back(std::move(desk));
  return out;
}

}  // namespace multilat
