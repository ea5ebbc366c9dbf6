// Meetings in a period, with New Caledonia's delegation, and delegations that clash.
#pragma once

#include <string>
#include <vector>

#include "model/store.h"

namespace multilat {

// Someone of this meeting's delegation who is also in another meeting's, on overlapping days.
struct AgendaClash {
  Str who;      // the person as written here, or the entity id of a row without a person
  Str meeting;  // the other meeting's id
  bool online = false;  // one of the two is held online
};

struct AgendaEntry {
  Str id;  // the meeting's id
  Text title;
  Str organisation;        // organisation id
  Text organisation_name;  // its acronym, else its name; empty when unknown
  Str body;                // body id, may be empty
  Text body_name;
  Date start;
  Date end;  // the last day (the start when the record gives no end)
  Str location;
  bool is_virtual = false;
  Str status;
  Str type;
  std::vector<Delegate> delegation;
  Str head;                  // "person (entity)" of the delegation's head, empty when none
  std::vector<AgendaClash> clashes;
  std::vector<Str> tags;
  Str path;
  Loc loc;  // the start date's location
  Str uid;  // stable: "<id>.meeting@multilat"
};

// Meetings overlapping [from, to], sorted by start, then id. Clashes are filled in.
std::vector<AgendaEntry> agenda_entries(const Store& store, Date from, Date to);

// A person or an entity in two delegations whose meetings overlap in time. People are the same
// whatever the case and accents of their names.
struct Clash {
  Str who;  // the person's name, or the entity id
  bool is_entity = false;
  bool online = false;  // one of the two meetings is held online: nobody travels to both
  Str meeting;        // the meeting reported
  Str other_meeting;  // the one it overlaps
  Loc loc;            // the delegate's entity in `meeting`
  Str path;
};

// Every clash, once per pair of meetings and delegate, reported on the later-starting meeting
// (ties: the larger id). Cancelled and postponed meetings never clash.
std::vector<Clash> find_clashes(const Store& store);

}  // namespace multilat
