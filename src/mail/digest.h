// Which deadlines go into which e-mail digest: the desk's, and with --per-owner one per owner
// entity, addressed to its focal point. No state is kept between runs: lead days decide.
#pragma once

#include <string>
#include <vector>

#include "calendar/deadline.h"
#include "model/settings.h"
#include "model/store.h"

namespace multilat {

// Every overdue item, and the others only when the days left until they fall due are one of
// the lead days: the item's own when its record gives some, else `lead_days`. Empty lead days
// keep every item, so that a weekly digest lists the whole window.
std::vector<Deadline> due_for_mail(const std::vector<Deadline>& items, Date today,
                                   const std::vector<int>& lead_days);

struct Digest {
  Str owner;                    // the entity of a per-owner digest; empty for the desk's
  std::vector<Str> to, cc;      // addresses
  std::vector<Deadline> items;  // in the deadline list's order: overdue first, then by date
  // In the desk's digest with --per-owner: items whose owner has no e-mail, or no owner, or an
  // address that `check` refuses.
  std::vector<Deadline> without_email;
  // The owners among them whose focal point's address was refused, in id order: the digest
  // says why their items came to the desk.
  std::vector<Str> refused_addresses;

  bool empty() const { return items.empty() && without_email.empty(); }
};

// The desk's digest alone, or with `per_owner` one digest per owner entity that has a focal
// point's e-mail, plus the desk's with the items nobody else receives. Owners in id order. An
// address that is_email() refuses (a list, a display name...) is never used: the owner's items
// go to the desk.
std::vector<Digest> plan_digests(const std::vector<Deadline>& items, const Store& store,
                                 const MailSettings& mail, bool per_owner);

}  // namespace multilat
