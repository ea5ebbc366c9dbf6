// The typed records: what the analyses read once the schema has validated a file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/kind.h"
#include "model/location.h"
#include "model/str.h"
#include "model/text.h"

namespace multilat {

using LocatedDate = std::optional<Located<Date>>;
using LocatedId = std::optional<Located<Str>>;

// An id named in a record, with what it must resolve to.
struct Reference {
  Str id;
  Kind target = Kind::Entity;
  Loc loc;
};

// What every record has, whatever its kind.
struct RecordHeader {
  Str id;
  Str path;  // as shown to the user
  Loc loc;   // where the record's mapping starts (its first key)
  Kind kind = Kind::Organisation;
  bool example = false;
  std::vector<Str> tags;
  Text notes;
  std::vector<Located<Str>> silenced;  // rule ids this record opts out of
  std::vector<Reference> references;   // every id it names, for the reference rule
};

struct Money {
  Str amount;  // decimal text, exact as written
  Str currency;
  Loc amount_loc{};
};

// An action-plan item or a meeting follow-up.
struct Task {
  Text what;
  LocatedId owner;
  LocatedDate due;
  Str status = "open";
  Loc loc;
};

struct StatusChange {
  Str status;
  LocatedDate since;
};

struct Body {
  Located<Str> id;
  Text name;
  std::optional<Cadence> cadence;
  std::optional<int> month;
};

struct Contribution {
  Text what;
  Money money;
  LocatedDate due;
  LocatedDate paid;
  LocatedId owner;
  std::optional<Cadence> recurs;
  LocatedDate paid_through;
};

struct Strategy {
  Text title;
  Str period;
  LocatedDate input_due;
  LocatedDate input_sent;
  LocatedId owner;
  Str link;
};

struct Contact {
  Str name, role, email, phone;
};

struct Organisation {
  RecordHeader header;
  Text name, acronym;
  Str type;
  bool crop = false;
  Str headquarters, website;
  Located<Str> nc_status;
  LocatedDate nc_since;
  std::vector<StatusChange> nc_history;
  LocatedId focal_point;
  std::vector<Located<Str>> involved;
  std::vector<Body> bodies;
  std::vector<Contribution> contributions;
  std::vector<Strategy> strategies;
  std::vector<Task> actions;
  std::vector<Contact> contacts;
};

struct FocalPoint {
  Str person, email;
};

struct Entity {
  RecordHeader header;
  Text name, acronym;
  Str type;
  LocatedId parent;
  std::optional<FocalPoint> focal_point;
  Str website;
};

struct Delegate {
  Str person;
  Located<Str> entity;
  Str role;
};

struct MeetingDeadline {
  Text what;
  Str type;  // registration, credentials, ... or empty
  LocatedDate due;
  LocatedId owner;
  LocatedDate done;
  std::vector<int> lead_days;  // for the mail digest; empty: the settings'
};

struct AgendaItem {
  Text item, position;
  LocatedId lead;
};

struct MissionReport {
  LocatedDate due, done;
  LocatedId owner;
  Str link;
};

struct Meeting {
  RecordHeader header;
  Text title;
  Located<Str> organisation;
  LocatedId body;
  Str type;
  LocatedDate start;
  LocatedDate end;
  Str location;
  bool is_virtual = false;
  Located<Str> status;
  std::vector<Delegate> delegation;
  std::vector<MeetingDeadline> deadlines;
  std::vector<AgendaItem> agenda;
  std::vector<Text> outcomes;
  std::vector<Task> follow_up;
  std::optional<MissionReport> report;
  std::vector<Located<Str>> prospects;

  // The last day of the meeting; absent when the start date is missing or invalid.
  std::optional<Date> last_day() const {
    if (end) return end->value;
    if (start) return start->value;
    return std::nullopt;
  }
};

struct NextStep {
  Text what;
  LocatedDate due;
  LocatedId owner;
};

struct HistoryEntry {
  LocatedDate date;
  Text note;
  Str stage;
};

// A prospect still being worked on: not yet signed, declined or dropped.
inline bool is_open_stage(std::string_view stage) {
  return stage != "signed" && stage != "declined" && stage != "dropped";
}

struct Prospect {
  RecordHeader header;
  Text title;
  LocatedId partner;
  std::optional<Located<Text>> partner_name;
  Located<Str> lead;
  std::vector<Str> themes;
  Located<Str> stage;
  LocatedDate stage_since;
  Str priority, instrument;
  std::optional<Money> value;
  std::optional<NextStep> next_step;
  LocatedDate last_contact;
  std::vector<HistoryEntry> history;
};

}  // namespace multilat
