// Which deadlines and meetings go into which e-mail digest: the desk's, and with --per-owner one
// per owner entity, addressed to its focal point. No state is kept between runs: lead days decide.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "calendar/agenda.h"
#include "calendar/deadline.h"
#include "model/settings.h"
#include "model/store.h"

namespace multilat {

// Every overdue item, and the others only when the days left until they fall due are one of
// the lead days: the item's own when its record gives some, else `lead_days`. Empty lead days
// keep every item, so that a weekly digest lists the whole window.
std::vector<Deadline> due_for_mail(const std::vector<Deadline>& items, Date today,
                                   const std::vector<int>& lead_days);

// A meeting that opens or runs in the digest's window.
struct MailMeeting {
  AgendaEntry entry;
  // It opens on one of the lead days (any day when there are none): worth a message of its own,
  // like a deadline on its lead day. The others are listed only in a digest that goes anyway,
  // so that a meeting in the window does not send a message every day for a month.
  bool announced = false;
};

// The meetings of `entries` (the agenda of the window) that someone attends: cancelled and
// postponed ones take nobody away, so the digest leaves them out.
std::vector<MailMeeting> meetings_for_mail(const std::vector<AgendaEntry>& entries, Date today,
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
  // The desk's whole digest in a per-owner run: `items` holds every item, and these uids are
  // those no owner's digest carried.
  bool full = false;
  std::unordered_set<Str> desk_only;
  std::vector<MailMeeting> meetings;  // by start date

  bool empty() const;
  bool is_desk() const { return owner.empty(); }
};

struct DigestPlan {
  bool per_owner = false;
  // With per_owner: the desk's own digest (mail.to, mail.cc) is the whole one.
  bool desk_full = false;
};

// The desk's digest alone, or with `per_owner` one digest per owner entity that has a focal
// point's e-mail, plus the desk's with the items nobody else receives (or every item with
// `desk_full`), plus, when mail.cc-desk is set, the whole digest to those addresses. Owners in
// id order. An address that is_email() refuses (a list, a display name...) is never used: the
// owner's items go to the desk. The desk's digests list every meeting; an owner's, the meetings
// whose delegation includes its entity.
std::vector<Digest> plan_digests(const std::vector<Deadline>& items,
                                 const std::vector<MailMeeting>& meetings, const Store& store,
                                 const MailSettings& mail, DigestPlan plan);

}  // namespace multilat
