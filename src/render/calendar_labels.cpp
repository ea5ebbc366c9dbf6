// The French and English words of calendar output: dates, relative days, titles and states.
#include "render/calendar_labels.h"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "i18n/tr.h"

namespace multilat {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;  // {English, French}

std::string_view pick(const Pair& words, Language language) {
  return language == Language::Fr ? words.second : words.first;
}

// In the order of CalendarWord, which indexes it.
constexpr std::array<Pair, 12> kWords = {{
    {"OVERDUE", "EN RETARD"},
    {"THIS WEEK", "CETTE SEMAINE"},
    {"LATER", "PLUS TARD"},
    {"DONE", "FAIT"},
    {"Week", "Semaine"},
    {"(no owner)", "(sans responsable)"},
    {"(no organisation)", "(sans organisation)"},
    {"No deadlines.", "Aucune échéance."},
    {"No meetings.", "Aucune réunion."},
    {"online", "en ligne"},
    {"moved from", "déplacée du"},
    {"no delegation", "pas de délégation"},
}};
static_assert(kWords.size() == static_cast<std::size_t>(CalendarWord::NoDelegation) + 1);

// Monday first, as ISO 8601 numbers the days.
constexpr std::array<Pair, 7> kWeekdayAbbreviations = {{
    {"Mon", "lun."},
    {"Tue", "mar."},
    {"Wed", "mer."},
    {"Thu", "jeu."},
    {"Fri", "ven."},
    {"Sat", "sam."},
    {"Sun", "dim."},
}};
constexpr std::array<Pair, 7> kWeekdayNames = {{
    {"Monday", "lundi"},
    {"Tuesday", "mardi"},
    {"Wednesday", "mercredi"},
    {"Thursday", "jeudi"},
    {"Friday", "vendredi"},
    {"Saturday", "samedi"},
    {"Sunday", "dimanche"},
}};
// French abbreviations stop before a vowel; the short months (mars, mai, juin, août) stay whole.
constexpr std::array<Pair, 12> kMonthAbbreviations = {{
    {"Jan", "janv."},
    {"Feb", "févr."},
    {"Mar", "mars"},
    {"Apr", "avr."},
    {"May", "mai"},
    {"Jun", "juin"},
    {"Jul", "juil."},
    {"Aug", "août"},
    {"Sep", "sept."},
    {"Oct", "oct."},
    {"Nov", "nov."},
    {"Dec", "déc."},
}};
constexpr std::array<Pair, 12> kMonthNames = {{
    {"January", "janvier"},
    {"February", "février"},
    {"March", "mars"},
    {"April", "avril"},
    {"May", "mai"},
    {"June", "juin"},
    {"July", "juillet"},
    {"August", "août"},
    {"September", "septembre"},
    {"October", "octobre"},
    {"November", "novembre"},
    {"December", "décembre"},
}};

struct SourceLabel {
  DeadlineSource source;
  Pair words;
};
constexpr std::array<SourceLabel, 11> kSourceLabels = {{
    {DeadlineSource::MeetingDeadline, {"meeting deadline", "échéance de réunion"}},
    {DeadlineSource::Registration, {"registration", "inscription"}},
    {DeadlineSource::Credentials, {"credentials", "pouvoirs"}},
    {DeadlineSource::Action, {"action", "action"}},
    {DeadlineSource::FollowUp, {"follow-up", "suivi"}},
    {DeadlineSource::Contribution, {"contribution", "contribution financière"}},
    {DeadlineSource::StrategyInput, {"strategy input", "contribution à une stratégie"}},
    {DeadlineSource::NextStep, {"next step", "prochaine étape"}},
    {DeadlineSource::Report, {"mission report", "rapport de mission"}},
    {DeadlineSource::Review, {"review", "relance"}},
    {DeadlineSource::NextMeeting, {"next meeting", "prochaine réunion"}},
}};

struct StatusLabel {
  std::string_view status;
  Pair words;
};
constexpr std::array<StatusLabel, 5> kMeetingStatuses = {{
    {"planned", {"planned", "prévue"}},
    {"confirmed", {"confirmed", "confirmée"}},
    {"held", {"held", "tenue"}},
    {"cancelled", {"cancelled", "annulée"}},
    {"postponed", {"postponed", "reportée"}},
}};

std::size_t iso_weekday_index(Date date) {
  return std::chrono::weekday(std::chrono::sys_days(date)).iso_encoding() - 1;
}

std::string count_of(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string_view label(CalendarWord word, Language language) {
  return pick(kWords[static_cast<std::size_t>(word)], language);
}

std::string_view weekday_abbreviation(Date date, Language language) {
  return pick(kWeekdayAbbreviations[iso_weekday_index(date)], language);
}

std::string_view weekday_name(Date date, Language language) {
  return pick(kWeekdayNames[iso_weekday_index(date)], language);
}

std::string_view month_abbreviation(unsigned month, Language language) {
  return month >= 1 && month <= 12 ? pick(kMonthAbbreviations[month - 1], language) : "?";
}

std::string_view month_name(unsigned month, Language language) {
  return month >= 1 && month <= 12 ? pick(kMonthNames[month - 1], language) : "?";
}

std::string day_of_month(Date date, Language language) {
  unsigned day = static_cast<unsigned>(date.day());
  if (day == 1 && language == Language::Fr) return "1er";
  return std::to_string(day);
}

std::string day_month(Date date, Language language) {
  return fmt::format("{} {}", day_of_month(date, language),
                     month_abbreviation(static_cast<unsigned>(date.month()), language));
}

std::string short_date(Date date, Language language) {
  return fmt::format("{} {}", weekday_abbreviation(date, language), day_month(date, language));
}

std::string long_date(Date date, Language language) {
  return fmt::format("{} {}", short_date(date, language), static_cast<int>(date.year()));
}

std::string month_year(Date date, Language language) {
  return fmt::format("{} {}", month_name(static_cast<unsigned>(date.month()), language),
                     static_cast<int>(date.year()));
}

std::string relative_days(int days, Language language) {
  bool fr = language == Language::Fr;
  if (days == 0) return fr ? "aujourd'hui" : "today";
  if (days == 1) return fr ? "demain" : "tomorrow";
  if (days > 1) return fr ? fmt::format("dans {} jours", days) : fmt::format("in {} days", days);
  auto late = static_cast<std::size_t>(-static_cast<long long>(days));
  return fr ? count_of(late, "jour", "jours") + " de retard"
            : count_of(late, "day", "days") + " late";
}

std::string day_note_text(const Deadline& deadline, Language language) {
  if (!deadline.day_note.holiday.empty()) return deadline.day_note.holiday.str();
  if (!deadline.day_note.weekend) return "";
  // The note is about the date written in the record, which a move may have changed.
  Date noted = deadline.written_due.value_or(deadline.due);
  return std::string(weekday_name(noted, language));
}

std::string moved_from_text(const Deadline& deadline, Language language) {
  if (!deadline.written_due) return "";
  return fmt::format("({} {})", label(CalendarWord::MovedFrom, language),
                     short_date(*deadline.written_due, language));
}

std::string_view state_label(DeadlineState state, Language language) {
  switch (state) {
    case DeadlineState::Open:
      return pick({"open", "à faire"}, language);
    case DeadlineState::Overdue:
      return pick({"overdue", "en retard"}, language);
    case DeadlineState::Done:
      return pick({"done", "fait"}, language);
  }
  return "";
}

std::string_view source_label(DeadlineSource source, Language language) {
  for (const SourceLabel& known : kSourceLabels) {
    if (known.source == source) return pick(known.words, language);
  }
  return source_name(source);
}

std::string_view meeting_status_label(std::string_view status, Language language) {
  for (const StatusLabel& known : kMeetingStatuses) {
    if (known.status == status) return pick(known.words, language);
  }
  return status;
}

std::string delegation_summary(std::string_view head, std::size_t size, Language language) {
  bool fr = language == Language::Fr;
  if (size == 0) return std::string(label(CalendarWord::NoDelegation, language));
  std::string count =
      fr ? count_of(size, "délégué", "délégués") : count_of(size, "delegate", "delegates");
  if (head.empty()) return count;
  return fmt::format("{}{}, {}", fr ? "chef : " : "head: ", head, count);
}

std::string clash_note(const AgendaClash& clash, Language language) {
  return i18n::tr_in(language, clash.online ? "cal.also-in-online" : "cal.also-in",
                     fmt::arg("who", clash.who), fmt::arg("meeting", clash.meeting));
}

std::string deadlines_heading(Date from, Date to, Date today, std::size_t overdue,
                              Language language, bool today_given) {
  bool fr = language == Language::Fr;
  std::string where = fr ? "aujourd'hui à Nouméa" : "today in Nouméa";
  // Say which day "today" is only when the period does not start on it. A day given with
  // --today is not today in Nouméa: say which day the list is as of.
  if (today_given) {
    where = fmt::format("{} {}", fr ? "au" : "as of", long_date(today, language));
  } else if (from != today) {
    where += fmt::format("{}{}", fr ? " : " : ": ", long_date(today, language));
  }
  std::string late = overdue == 0 ? (fr ? "aucune en retard" : "none overdue")
                                  : std::to_string(overdue) + (fr ? " en retard" : " overdue");
  if (fr) {
    return fmt::format("Échéances du {} au {} ({}), {}", long_date(from, language),
                       long_date(to, language), where, late);
  }
  return fmt::format("Deadlines from {} to {} ({}), {}", long_date(from, language),
                     long_date(to, language), where, late);
}

std::string agenda_heading(Date from, Date to, Language language) {
  std::string_view from_word = language == Language::Fr ? "du" : "from";
  std::string_view to_word = language == Language::Fr ? "au" : "to";
  return fmt::format("Agenda {} {} {} {}", from_word, long_date(from, language), to_word,
                     long_date(to, language));
}

}  // namespace multilat
