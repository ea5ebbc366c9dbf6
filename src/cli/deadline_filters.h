// The window and filters that `deadlines` and `mail` share: which items of the deadline list
// a command is about, checked against the records so that a filter that cannot match says so.
#pragma once

#include <CLI/CLI.hpp>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "calendar/deadlines.h"
#include "calendar/person.h"
#include "model/store.h"

namespace multilat::cli {

struct DeadlineFilters {
  std::string within, from, to;
  bool no_overdue = false;
  std::vector<std::string> organisations, owners, meetings, prospects, kinds, tags, states, people;
};

// How a word of the command line that no record carries is refused, in the option's own words:
// the catalogue key without a guess and the one with a guess, and the name under which they
// take the word ("tag"). Both also get {guess} and {known} (every word the records carry).
struct UnknownWordKeys {
  const char* none;
  const char* guess;
  const char* word;
};

// A word (a tag, a theme) that no record carries can only give an empty list, which would look
// reassuring: throws UsageError for the first of `given` that is not among `known`. The guess
// is the known word it folds to (case and accents aside), or else the closest spelling.
void check_known_words(const std::vector<std::string>& given, const std::set<std::string>& known,
                       const UnknownWordKeys& keys);

// Adds --within, --from, --to, --no-overdue and the filters (--org, --entity, ...).
void add_deadline_filters(CLI::App* cmd, DeadlineFilters& filters);

// --within, or --from/--to, or the settings' horizon from today.
std::pair<Date, Date> deadline_window(const DeadlineFilters& f, Date today,
                                      const Settings& settings);

// The query for the window, after checking every id, tag and kind against the records.
DeadlineQuery deadline_query(const DeadlineFilters& f, const Store& store, Date from, Date to);

// The selected items, --person applied.
std::vector<Deadline> select_filtered(const std::vector<Deadline>& all, const DeadlineQuery& query,
                                      const DeadlineFilters& f, const Store& store);

}  // namespace multilat::cli
