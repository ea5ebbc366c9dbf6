// Collects deadlines from every kind of record; each knows its owner, state and source line.
#include "calendar/deadlines.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "calendar/deadline_texts.h"
#include "calendar/recurrence.h"

namespace multilat {
namespace {

using deadline_texts::both;
using deadline_texts::in_both;
using deadline_texts::prefixed;

bool is_live_meeting(const Meeting& m) {
  return m.status.value != "cancelled" && m.status.value != "postponed";
}

// The occurrences of unpaid dues that fall in the window, up to `last`.
Stretch window_stretch(const Dues& dues, const DeadlineContext& context, Date last) {
  int begin = std::max(dues.first_unpaid, index_from(dues.series, context.window_from()));
  return {dues.series, begin, index_after(dues.series, last)};
}

// Where the bound stops the occurrences of recurring dues, all organisations together.
std::optional<Cut> occurrence_cut(const Store& store, const DeadlineContext& context) {
  std::vector<Stretch> stretches;
  for (const Organisation& org : store.organisations) {
    for (const Contribution& c : org.contributions) {
      auto dues = recurring_dues(c);
      if (dues) stretches.push_back(window_stretch(*dues, context, context.until));
    }
  }
  return cut_keeping_earliest(stretches, kMaxListedOccurrences);
}

class Collector {
 public:
  // Occurrences of recurring dues are listed up to `last_occurrence`, within the bound.
  Collector(const Store& store, const DeadlineContext& context, Date last_occurrence,
            std::vector<Deadline>& out)
      : store_(store), context_(context), last_occurrence_(last_occurrence), out_(out) {}

  void organisation(const Organisation& org) {
    Str owner = org.focal_point ? org.focal_point->value : "";
    for (std::size_t i = 0; i < org.actions.size(); ++i) {
      task(org.header, org.actions[i], DeadlineSource::Action, i, org.header.id, owner, org.name);
    }
    for (std::size_t i = 0; i < org.strategies.size(); ++i) strategy(org, org.strategies[i], i);
    for (std::size_t i = 0; i < org.contributions.size(); ++i) {
      contribution(org, org.contributions[i], i);
    }
    for (const Body& body : org.bodies) next_meeting(org, body);
  }

  void meeting(const Meeting& m) {
    Str owner = delegation_head(m);
    Str org = m.organisation.value;
    for (std::size_t i = 0; i < m.deadlines.size(); ++i) {
      const MeetingDeadline& d = m.deadlines[i];
      if (!d.due) continue;
      Deadline& added = add(m.header, m.title, DeadlineSource::MeetingDeadline, d.due->value,
                            d.what, fmt::format("deadline-{}", i), d.due->loc);
      fill_written(added, org, d.owner ? d.owner->value : owner, d.done ? d.done->value : OptDate{});
      added.lead_days = d.lead_days;
    }
    for (std::size_t i = 0; i < m.follow_up.size(); ++i) {
      task(m.header, m.follow_up[i], DeadlineSource::FollowUp, i, org, owner, m.title);
    }
    if (!m.start || !is_live_meeting(m)) return;
    derived_before_meeting(m, owner);
    // A post-mission report follows a mission: none is due for a meeting with no delegation
    // recorded, unless the record asks for one with a `report` section.
    if (!m.delegation.empty() || m.report) report(m, owner);
  }

  void prospect(const Prospect& p) {
    Str org = p.partner ? p.partner->value : "";
    if (p.next_step && p.next_step->due) {
      const NextStep& step = *p.next_step;
      Deadline& d = add(p.header, p.title, DeadlineSource::NextStep, step.due->value,
                        prefixed(both("cal.what.next-step"), step.what), "next-step",
                        step.due->loc);
      fill(d, org, step.owner ? step.owner->value : p.lead.value, {});
    }
    if (p.last_contact && is_open_stage(p.stage.value)) {
      Date due = add_duration(p.last_contact->value, store_.settings.prospect_stale_after);
      Deadline& d = add(p.header, p.title, DeadlineSource::Review, due,
                        in_both("cal.review-no-contact", p.last_contact->value),
                        "review", p.last_contact->loc);
      d.derived = true;
      fill(d, org, p.lead.value, {});
    }
  }

 private:
  using OptDate = std::optional<Date>;

  Deadline& add(const RecordHeader& record, const Text& title, DeadlineSource source, Date due,
                Text what, std::string_view item, Loc loc) {
    Deadline& d = out_.emplace_back();
    d.due = due;
    d.what = std::move(what);
    d.source = source;
    d.record = record.id;
    d.record_kind = record.kind;
    d.record_title = title;
    d.tags = record.tags;
    d.path = record.path;
    d.loc = loc;
    d.uid = fmt::format("{}.{}@multilat", record.id, item);
    return d;
  }

  // A done date written in the record is a fact only once past: one after today, which `check`
  // flags (date-in-future), leaves the item open or overdue, with a note.
  void fill_written(Deadline& d, Str org, Str owner, OptDate written_done) {
    bool future = written_done && *written_done > context_.today;
    if (future) d.done_in_future = written_done;
    fill(d, org, owner, future ? std::nullopt : written_done);
  }

  void fill(Deadline& d, Str org, Str owner, OptDate done) {
    d.organisation = org;
    d.owner = owner;
    d.done = done;
    if (done) d.state = DeadlineState::Done;
    adjust_to_working_day(d);
    if (!done && d.due < context_.today) d.state = DeadlineState::Overdue;
  }

  void adjust_to_working_day(Deadline& d) {
    d.day_note = context_.holidays.note(d.due, context_.language);
    if (d.day_note.empty() || !store_.settings.move_to_working_day) return;
    d.written_due = d.due;
    d.due = context_.holidays.previous_working_day(d.due);
    d.day_note = {};
  }

  void task(const RecordHeader& record, const Task& t, DeadlineSource source, std::size_t index,
            Str org, Str fallback_owner, const Text& title) {
    if (!t.due || t.status == "dropped") return;
    Deadline& d = add(record, title, source, t.due->value, t.what,
                      fmt::format("{}-{}", source_name(source), index), t.due->loc);
    // A task marked done has no date of completion; its due date stands in for it.
    fill(d, org, t.owner ? t.owner->value : fallback_owner,
         t.status == "done" ? OptDate{t.due->value} : OptDate{});
  }

  void strategy(const Organisation& org, const Strategy& s, std::size_t index) {
    if (!s.input_due) return;
    Deadline& d = add(org.header, org.name, DeadlineSource::StrategyInput, s.input_due->value,
                      prefixed(both("cal.what.strategy-input"), s.title),
                      fmt::format("strategy-{}", index), s.input_due->loc);
    Str owner = s.owner ? s.owner->value : org.focal_point ? org.focal_point->value : "";
    fill_written(d, org.header.id, owner, s.input_sent ? OptDate{s.input_sent->value} : OptDate{});
  }

  void contribution(const Organisation& org, const Contribution& c, std::size_t index) {
    if (!c.due) return;
    // Built in one go: each Text made on the way would stay in the arena.
    Text what = deadline_texts::contribution(org, c);
    Str owner = c.owner ? c.owner->value : org.focal_point ? org.focal_point->value : "";
    if (auto dues = recurring_dues(c)) {
      return recurring_contribution(org, c, index, *dues, what, owner);
    }
    Deadline& d = add(org.header, org.name, DeadlineSource::Contribution, c.due->value, what,
                      fmt::format("contribution-{}", index), c.due->loc);
    fill_written(d, org.header.id, owner, c.paid ? OptDate{c.paid->value} : OptDate{});
  }

  // The unpaid occurrences before the window as one item (a list of every missed year would
  // bury the rest), then each one in the window. Paid occurrences drop out.
  void recurring_contribution(const Organisation& org, const Contribution& c, std::size_t index,
                              const Dues& dues, const Text& what, Str owner) {
    int late_end = index_from(dues.series, std::min(context_.window_from(), context_.today));
    if (late_end - dues.first_unpaid > 1) {
      Date since = occurrence(dues.series, dues.first_unpaid);
      Deadline& d = add(org.header, org.name, DeadlineSource::Contribution, since,
                        deadline_texts::arrears(org, c, late_end - dues.first_unpaid, since),
                        fmt::format("contribution-{}.arrears", index), c.due->loc);
      fill(d, org.header.id, owner, {});
    } else if (late_end > dues.first_unpaid) {
      occurrence_of(org, c, index, occurrence(dues.series, dues.first_unpaid), what, owner);
    }
    Stretch listed = window_stretch(dues, context_, last_occurrence_);
    for (int k = listed.begin; k < listed.end; ++k) {
      occurrence_of(org, c, index, occurrence(dues.series, k), what, owner);
    }
  }

  void occurrence_of(const Organisation& org, const Contribution& c, std::size_t index, Date due,
                     const Text& what, Str owner) {
    Deadline& d = add(org.header, org.name, DeadlineSource::Contribution, due, what,
                      fmt::format("contribution-{}.{}", index, format_date(due)), c.due->loc);
    fill(d, org.header.id, owner, {});
  }

  // A body that meets on a cadence, with no meeting recorded from today on, needs one recorded.
  void next_meeting(const Organisation& org, const Body& body) {
    if (!body.cadence || body.cadence->months == 0) return;
    std::optional<Date> last;
    for (const Meeting& m : store_.meetings) {
      if (m.organisation.value != org.header.id || !m.body || m.body->value != body.id.value ||
          !m.start || !is_live_meeting(m)) {
        continue;
      }
      if (m.start->value >= context_.today) return;
      if (!last || m.start->value > *last) last = m.start->value;
    }
    Date expected = last ? add_duration(*last, Duration{body.cadence->months, DurationUnit::Months})
                         : expected_from_month(body);
    Deadline& d = add(
        org.header, org.name, DeadlineSource::NextMeeting, expected,
        prefixed(both("cal.what.next-meeting"), body.name),
        fmt::format("next-meeting-{}", body.id.value), body.id.loc);
    d.derived = true;
    fill(d, org.header.id, org.focal_point ? org.focal_point->value : "", {});
  }

  // Without a meeting on record, the body's usual month tells when the next one is; without
  // that either, the reminder falls due at the end of the coming cycle.
  Date expected_from_month(const Body& body) const {
    if (!body.month) {
      return add_duration(context_.today, Duration{body.cadence->months, DurationUnit::Months});
    }
    auto year = context_.today.year();
    Date candidate{year, std::chrono::month(static_cast<unsigned>(*body.month)),
                   std::chrono::day(1)};
    return candidate < Date{year, context_.today.month(), std::chrono::day(1)}
               ? Date{year + std::chrono::years(1), candidate.month(), candidate.day()}
               : candidate;
  }

  void derived_before_meeting(const Meeting& m, Str owner) {
    auto has_type = [&](std::string_view type) {
      return std::any_of(m.deadlines.begin(), m.deadlines.end(),
                         [&](const MeetingDeadline& d) { return d.type == type; });
    };
    if (m.status.value == "held") return;
    const Settings& settings = store_.settings;
    if (!has_type("registration")) {
      derived(m, owner, DeadlineSource::Registration, settings.registration_before,
              both("cal.what.registration"));
    }
    if (!has_type("credentials")) {
      derived(m, owner, DeadlineSource::Credentials, settings.credentials_before,
              both("cal.what.credentials"));
    }
  }

  void derived(const Meeting& m, Str owner, DeadlineSource source, Duration before,
               const Text& label) {
    Date due = add_days(m.start->value, -approximate_days(before));
    Deadline& d = add(m.header, m.title, source, due, prefixed(label, m.title), source_name(source),
                      m.start->loc);
    d.derived = true;
    fill(d, m.organisation.value, owner, {});
  }

  void report(const Meeting& m, Str owner) {
    auto last = m.last_day();
    const MissionReport* r = m.report ? &*m.report : nullptr;
    Date due = r && r->due ? r->due->value : add_duration(*last, store_.settings.report_due_after);
    Loc loc = r && r->due ? r->due->loc : m.start->loc;
    Deadline& d = add(m.header, m.title, DeadlineSource::Report, due,
                      prefixed(both("cal.what.report"), m.title),
                      "report", loc);
    d.derived = !(r && r->due);
    Str report_owner = r && r->owner ? r->owner->value : owner;
    fill_written(d, m.organisation.value, report_owner, r && r->done ? OptDate{r->done->value} : OptDate{});
  }

  Str delegation_head(const Meeting& m) const {
    for (const Delegate& d : m.delegation) {
      if (d.role == "head") return d.entity.value;
    }
    return m.delegation.empty() ? "" : m.delegation.front().entity.value;
  }

  const Store& store_;
  const DeadlineContext& context_;
  Date last_occurrence_;
  std::vector<Deadline>& out_;
};

bool matches_any(const std::vector<std::string>& wanted, std::string_view value) {
  return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

bool matches(const Deadline& d, const DeadlineQuery& q) {
  auto wanted_state = [&](DeadlineState s) {
    if (q.states.empty()) return s != DeadlineState::Done;
    return std::find(q.states.begin(), q.states.end(), s) != q.states.end();
  };
  bool tag_ok = q.tags.empty() || std::any_of(d.tags.begin(), d.tags.end(), [&](const auto& t) {
                  return matches_any(q.tags, t);
                });
  bool source_ok = q.sources.empty() ||
                   std::find(q.sources.begin(), q.sources.end(), d.source) != q.sources.end();
  bool meeting_ok =
      q.meetings.empty() || (d.record_kind == Kind::Meeting && matches_any(q.meetings, d.record));
  bool prospect_ok = q.prospects.empty() ||
                     (d.record_kind == Kind::Prospect && matches_any(q.prospects, d.record));
  return wanted_state(d.state) && tag_ok && source_ok && meeting_ok && prospect_ok &&
         matches_any(q.organisations, d.organisation) && matches_any(q.owners, d.owner);
}

}  // namespace

CollectedDeadlines collect_deadlines(const Store& store, const DeadlineContext& context) {
  CollectedDeadlines collected{{}, occurrence_cut(store, context)};
  std::vector<Deadline>& out = collected.all;
  Collector collector(store, context, collected.cut ? collected.cut->at : context.until, out);
  for (const Organisation& org : store.organisations) collector.organisation(org);
  for (const Meeting& m : store.meetings) collector.meeting(m);
  for (const Prospect& p : store.prospects) collector.prospect(p);
  std::sort(out.begin(), out.end(), [](const Deadline& a, const Deadline& b) {
    return std::tie(a.due, a.record, a.uid) < std::tie(b.due, b.record, b.uid);
  });
  return collected;
}

std::vector<Deadline> select_deadlines(const std::vector<Deadline>& all,
                                       const DeadlineQuery& query) {
  std::vector<Deadline> overdue, window;
  for (const Deadline& d : all) {
    if (!matches(d, query)) continue;
    bool late = d.state == DeadlineState::Overdue && d.due < query.from;
    if (late && query.overdue) overdue.push_back(d);
    if (!late && d.due >= query.from && d.due <= query.to) window.push_back(d);
  }
  overdue.insert(overdue.end(), window.begin(), window.end());
  return overdue;
}

}  // namespace multilat
