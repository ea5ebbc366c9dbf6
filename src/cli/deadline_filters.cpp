// The deadline window and filters shared by `deadlines` and `mail`.
#include "cli/deadline_filters.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "util/did_you_mean.h"

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

// A tag no record carries can only give an empty list, which would look reassuring.
void check_tags(const Store& store, const std::vector<std::string>& tags) {
  std::set<std::string> known;
  for (const RecordHeader* header : store.headers()) {
    for (const Str& tag : header->tags) known.insert(tag.str());
  }
  for (const std::string& tag : tags) {
    if (known.count(tag)) continue;
    auto guess = did_you_mean(tag, std::vector<std::string>(known.begin(), known.end()));
    throw UsageError(guess ? i18n::tr("cli.no-tag-guess", fmt::arg("tag", tag),
                                      fmt::arg("guess", *guess))
                           : i18n::tr("cli.no-tag", fmt::arg("tag", tag)));
  }
}

// Options that together exclude every item: say so rather than print an empty list.
void check_contradictions(const DeadlineFilters& o) {
  bool only_overdue = !o.states.empty() &&
                      std::all_of(o.states.begin(), o.states.end(),
                                  [](const std::string& s) { return s == "overdue"; });
  if (only_overdue && o.no_overdue) throw UsageError(i18n::tr("cli.overdue-and-no-overdue"));
}

}  // namespace

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
