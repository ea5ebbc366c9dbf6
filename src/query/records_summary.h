// `multilat summary`: what the records hold, counted, in language-neutral values that each
// output puts into its own words.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/store.h"
#include "model/text.h"

namespace multilat {

// How many records of a kind a list may show, how many of them by the value of one field (""
// when the field is missing; none for entities), how many are marked as examples, and how many
// records of the kind lists leave out for an error in their file.
struct KindCount {
  std::size_t count = 0;
  std::map<std::string, std::size_t> by_value;
  std::size_t examples = 0;
  std::size_t left_out = 0;
};

struct UpcomingMeeting {
  std::string id;
  Date start;
  Text title;
  std::string organisation;  // its id
  std::string status;
};

struct RecordsSummary {
  KindCount organisations;  // by nc-status
  KindCount entities;
  KindCount meetings;   // by status
  KindCount prospects;  // by stage
  std::vector<UpcomingMeeting> upcoming;
};

// How many records of `kind` in `all` a list leaves out, `listed` being what it may show.
std::size_t left_out_of(const Store& all, const Store& listed, Kind kind);

// At most this many meetings in RecordsSummary::upcoming.
inline constexpr std::size_t kUpcomingShown = 5;

// Counts the records of `listed`, those a list may show, as `list` does, and how many of
// `store`'s each kind leaves out; the upcoming meetings are not cancelled, not over before
// `today`, the soonest first.
RecordsSummary summarise_records(const Store& store, const Store& listed, Date today);

}  // namespace multilat
