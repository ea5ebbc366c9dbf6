// The typed records: what the analyses read once the schema has validated a file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/kind.h"
#include "model/location.h"
#include "model/text.h"

namespace multilat {

using LocatedDate = std::optional<Located<Date>>;
using LocatedId = std::optional<Located<std::string>>;

// An id named in a record, with what it must resolve to.
struct Reference {
  std::string id;
  Kind target = Kind::Entity;
  Loc loc;
};

// What every record has, whatever its kind.
struct RecordHeader {
  Kind kind = Kind::Organisation;
  std::string id;
  std::string path;  // as shown to the user
  Loc loc;           // where the record's mapping starts (its first key)
  bool example = false;
  std::vector<std::string> tags;
  Text notes;
  std::vector<Located<std::string>> silenced;  // rule ids this record opts out of
  std::vector<Reference> references;           // every id it names, for the reference rule
};

struct Money {
  std::string amount;  // decimal text, exact as written
  std::string currency;
};

// An action-plan item or a meeting follow-up.
struct Task {
  Text what;
  LocatedId owner;
  LocatedDate due;
  std::string status = "open";
  Loc loc;
};

struct StatusChange {
  std::string status;
  LocatedDate since;
};

struct Body {
  Located<std::string> id;
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
  std::string period;
  LocatedDate input_due;
  LocatedDate input_sent;
  LocatedId owner;
  std::string link;
};

struct Contact {
  std::string name, role, email, phone;
};

struct Organisation {
  RecordHeader header;
  Text name, acronym;
  std::string type;
  bool crop = false;
  std::string headquarters, website;
  Located<std::string> nc_status;
  LocatedDate nc_since;
  std::vector<StatusChange> nc_history;
  LocatedId focal_point;
  std::vector<Located<std::string>> involved;
  std::vector<Body> bodies;
  std::vector<Contribution> contributions;
  std::vector<Strategy> strategies;
  std::vector<Task> actions;
  std::vector<Contact> contacts;
};

struct FocalPoint {
  std::string person, email;
};

struct Entity {
  RecordHeader header;
  Text name, acronym;
  std::string type;
  LocatedId parent;
  std::optional<FocalPoint> focal_point;
  std::string website;
};

struct Delegate {
  std::string person;
  Located<std::string> entity;
  std::string role;
};

struct MeetingDeadline {
  Text what;
  std::string type;  // registration, credentials, ... or empty
  LocatedDate due;
  LocatedId owner;
  LocatedDate done;
};

struct AgendaItem {
  Text item, position;
  LocatedId lead;
};

struct MissionReport {
  LocatedDate due, done;
  LocatedId owner;
  std::string link;
};

struct Meeting {
  RecordHeader header;
  Text title;
  Located<std::string> organisation;
  LocatedId body;
  std::string type;
  LocatedDate start;
  LocatedDate end;
  std::string location;
  bool is_virtual = false;
  Located<std::string> status;
  std::vector<Delegate> delegation;
  std::vector<MeetingDeadline> deadlines;
  std::vector<AgendaItem> agenda;
  std::vector<Text> outcomes;
  std::vector<Task> follow_up;
  std::optional<MissionReport> report;
  std::vector<Located<std::string>> prospects;

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
  std::string stage;
};

struct Prospect {
  RecordHeader header;
  Text title;
  LocatedId partner;
  std::optional<Located<Text>> partner_name;
  Located<std::string> lead;
  std::vector<std::string> themes;
  Located<std::string> stage;
  LocatedDate stage_since;
  std::string priority, instrument;
  std::optional<Money> value;
  std::optional<NextStep> next_step;
  LocatedDate last_contact;
  std::vector<HistoryEntry> history;
};

}  // namespace multilat
