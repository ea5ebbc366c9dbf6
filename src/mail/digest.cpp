// Selecting and addressing the digests.
#include "mail/digest.h"

#include <algorithm>
#include <map>

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
    if (!entity || !entity->focal_point || entity->focal_point->email.empty()) {
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
