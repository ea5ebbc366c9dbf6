// The deadline window and filters shared by `deadlines` and `mail`.
#include "cli/deadline_filters.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <optional>
#include <set>

#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "util/did_you_mean.h"
#include "util/fold.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {


std::vector<DeadlineSource> parse_kinds(const std::vector<std::string>& names) {
  std::vector<DeadlineSource> sources;
  for (const std::string& name : names) {
    auto source = source_from_name(name);
    if (!source) {
      auto known = source_names();
      auto guess = did_you_mean(name, known);
      throw UsageError(guess ? i18n::tr("cli.no-kind-guess", fmt::arg("kind", name),
                                        fmt::arg("guess", *guess))
                             : i18n::tr("cli.no-kind", fmt::arg("kind", name),
                                        fmt::arg("kinds", fmt::format("{}", fmt::join(known, ", ")))));
    }
    sources.push_back(*source);
  }
  return sources;
}

std::vector<DeadlineState> parse_states(const std::vector<std::string>& names) {
  std::vector<DeadlineState> states;
  for (const std::string& name : names) {
    if (name == "all") return {DeadlineState::Open, DeadlineState::Overdue, DeadlineState::Done};
    if (name == "open") states.push_back(DeadlineState::Open);
    if (name == "overdue") states.push_back(DeadlineState::Overdue);
    if (name == "done") states.push_back(DeadlineState::Done);
  }
  return states;
}

// Every tag a record carries, the list --tag is checked against.
void check_tags(const Store& store, const std::vector<std::string>& tags) {
  std::set<std::string> known;
  for (const RecordHeader* header : store.headers()) {
    for (const Str& tag : header->tags) known.insert(tag.str());
  }
  check_known_words(tags, known, {"cli.no-tag", "cli.no-tag-guess", "tag"});
}

// Options that together exclude every item: say so rather than print an empty list.
void check_contradictions(const DeadlineFilters& o) {
  bool only_overdue = !o.states.empty() &&
                      std::all_of(o.states.begin(), o.states.end(),
                                  [](const std::string& s) { return s == "overdue"; });
  if (only_overdue && o.no_overdue) throw UsageError(i18n::tr("cli.overdue-and-no-overdue"));
}

// The known word `word` folds to, or else the closest spelling.
std::optional<std::string> known_word_guess(const std::string& word, const std::set<std::string>& known) {
  std::string folded = fold_for_comparison(word);
  auto same = std::find_if(known.begin(), known.end(),
                           [&](const std::string& k) { return fold_for_comparison(k) == folded; });
  if (same != known.end()) return *same;
  return did_you_mean(word, std::vector<std::string>(known.begin(), known.end()));
}

// The known words as a reader looks them up: in alphabetical order, accents aside.
std::string known_words_text(const std::set<std::string>& known) {
  std::vector<std::string> words;
  for (const std::string& word : known) words.push_back(visible_text(word));
  std::stable_sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return fold_for_comparison(a) < fold_for_comparison(b);
  });
  return fmt::format("{}", fmt::join(words, ", "));
}

}  // namespace

void check_known_words(const std::vector<std::string>& given, const std::set<std::string>& known,
                       const UnknownWordKeys& keys) {
  for (const std::string& word : given) {
    if (known.count(word)) continue;
    std::optional<std::string> guess = known_word_guess(word, known);
    throw UsageError(i18n::tr(guess ? keys.guess : keys.none, fmt::arg(keys.word, visible_text(word)),
                              fmt::arg("guess", visible_text(guess.value_or(""))),
                              fmt::arg("known", known_words_text(known))));
  }
}

std::pair<Date, Date> deadline_window(const DeadlineFilters& o, Date today,
                                      const Settings& settings) {
  if (!o.within.empty() && (!o.from.empty() || !o.to.empty())) {
    throw UsageError(i18n::tr("cli.within-or-period"));
  }
  Date from = o.from.empty() ? today : parse_date_option(o.from, "--from");
  Duration horizon = settings.horizon;
  if (!o.within.empty()) {
    auto parsed = parse_duration(o.within);
    if (!parsed)
      throw UsageError(i18n::tr("cli.not-a-duration", fmt::arg("option", "--within"),
                                fmt::arg("value", o.within)));
    horizon = *parsed;
  }
  Date to = o.to.empty() ? add_duration(from, horizon) : parse_date_option(o.to, "--to");
  if (to < from) throw UsageError(i18n::tr("cli.to-before-from"));
  return {from, to};
}

DeadlineQuery deadline_query(const DeadlineFilters& o, const Store& store, Date from, Date to) {
  check_contradictions(o);
  check_tags(store, o.tags);
  check_ids(store, o.organisations, Kind::Organisation, "--org");
  check_ids(store, o.owners, Kind::Entity, "--entity");
  check_ids(store, o.meetings, Kind::Meeting, "--meeting");
  check_ids(store, o.prospects, Kind::Prospect, "--prospect");
  DeadlineQuery query;
  query.from = from;
  query.to = to;
  query.overdue = !o.no_overdue;
  query.organisations = o.organisations;
  query.owners = o.owners;
  query.meetings = o.meetings;
  query.prospects = o.prospects;
  query.tags = o.tags;
  query.sources = parse_kinds(o.kinds);
  query.states = parse_states(o.states);
  return query;
}


std::vector<Deadline> select_filtered(const std::vector<Deadline>& all, const DeadlineQuery& query,
                                      const DeadlineFilters& f, const Store& store) {
  std::vector<Deadline> items = select_deadlines(all, query);
  if (!f.people.empty()) {
    PersonLinks people = person_option(store, f.people);
    std::erase_if(items, [&](const Deadline& d) { return !concerns(people, d); });
  }
  return items;
}

void add_deadline_filters(CLI::App* cmd, DeadlineFilters& o) {
  cmd->add_option("--within", o.within, i18n::tr("help.deadlines.within"))->option_text("DURATION");
  cmd->add_option("--from", o.from, i18n::tr("help.deadlines.from"))->option_text("DATE");
  cmd->add_option("--to", o.to, i18n::tr("help.deadlines.to"))->option_text("DATE");
  cmd->add_flag("--no-overdue", o.no_overdue, i18n::tr("help.deadlines.no-overdue"));
  cmd->add_option("--org", o.organisations, i18n::tr("help.deadlines.org"))->option_text("ID");
  cmd->add_option("--entity", o.owners, i18n::tr("help.deadlines.entity"))
      ->option_text("ID");
  cmd->add_option("--meeting", o.meetings, i18n::tr("help.deadlines.meeting"))->option_text("ID");
  cmd->add_option("--prospect", o.prospects, i18n::tr("help.deadlines.prospect"))->option_text("ID");
  cmd->add_option("--kind", o.kinds,
                  i18n::tr("help.deadlines.kind",
                           fmt::arg("kinds", fmt::format("{}", fmt::join(source_names(), ", ")))))
      ->option_text("KIND");
  cmd->add_option("--person", o.people, i18n::tr("help.deadlines.person"))->option_text("NAME");
  cmd->add_option("--tag", o.tags, i18n::tr("help.deadlines.tag"))->option_text("TAG");
  cmd->add_option("--state", o.states, i18n::tr("help.deadlines.state"))
      ->check(one_of({"open", "overdue", "done", "all"}))
      ->option_text("STATE");
}


}  // namespace multilat::cli
