// Tests of calendar rendering: labels, the deadline table, Markdown, CSV, JSON, agenda and ICS.
#include "render/calendar_render.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "i18n/calendar_words.h"
#include "render/calendar_notes.h"
#include "util/utf8.h"

using namespace multilat;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

CalendarView view_en() {
  CalendarView view;
  view.language = Language::En;
  view.today = ymd(2026, 11, 30);
  view.from = ymd(2026, 11, 30);
  view.to = ymd(2026, 12, 30);
  return view;
}

CalendarView view_fr() {
  CalendarView view = view_en();
  view.language = Language::Fr;
  return view;
}

Deadline deadline(Date due, std::string what_en, std::string what_fr, std::string record,
                  std::string owner) {
  Deadline d;
  d.due = due;
  d.what = Text{std::move(what_fr), std::move(what_en)};
  d.record = record;
  d.organisation = "spc";
  d.owner = std::move(owner);
  d.path = "records/meetings/2026/" + record + ".yaml";
  d.loc.line = 12;
  d.uid = record + "." + format_date(due) + "@multilat";
  return d;
}

// The ux.md illustration, plus a moved date and a holiday.
std::vector<Deadline> desk_deadlines() {
  std::vector<Deadline> items;
  items.push_back(deadline(ymd(2026, 11, 20), "Post-mission report: CRGA 56",
                           "Rapport de mission : CRGA 56", "crga-56", "scrre"));
  items.back().state = DeadlineState::Overdue;
  items.back().source = DeadlineSource::Report;
  items.push_back(deadline(ymd(2026, 11, 23), "Next step: send draft MoU",
                           "Prochaine étape : envoyer le projet de protocole", "undp-ocean",
                           "province-sud"));
  items.back().state = DeadlineState::Overdue;
  items.back().organisation = "undp";
  items.back().record_kind = Kind::Prospect;
  items.back().source = DeadlineSource::NextStep;
  items.push_back(deadline(ymd(2026, 12, 3), "Registration closes: SPREP Meeting",
                           "Clôture des inscriptions : conférence du PROE", "sprep-34", "scrre"));
  items.back().organisation = "sprep";
  items.back().source = DeadlineSource::Registration;
  items.back().derived = true;
  items.push_back(deadline(ymd(2026, 12, 24), "Position paper: PIF FEMM",
                           "Note de position : FEMM du FIP", "pif-femm-2026", "dafe"));
  items.back().organisation = "pif";
  items.back().written_due = ymd(2026, 12, 26);
  items.back().day_note.weekend = true;
  items.push_back(
      deadline(ymd(2026, 12, 25), "Christmas greetings to the secretariat", "", "crga-56", ""));
  items.back().day_note.holiday = "Christmas";
  return items;
}

// Text that breaks naive CSV, Markdown, HTML and spreadsheet output.
std::vector<std::string> hostile_texts() {
  return {"a, \"quoted\" b",
          "first line\nsecond line",
          "=cmd|' /C calc'!A0",
          "+1",
          "@SUM(1)",
          "-2",
          "<script>alert(1)</script>",
          "|pipe|",
          "semi;colon back\\slash",
          "Contribution de la Nouvelle-Calédonie à la révision de la stratégie régionale "
          "océanienne pour les écosystèmes côtiers, les pêcheries et l'adaptation"};
}

std::vector<Deadline> hostile_deadlines() {
  std::vector<Deadline> items;
  std::vector<std::string> texts = hostile_texts();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Deadline d = deadline(add_days(ymd(2026, 12, 1), static_cast<int>(i)), texts[i], texts[i],
                          "m-" + std::to_string(i), "scrre");
    d.uid = "m-" + std::to_string(i) + ".action-" + std::to_string(i) + "@multilat";
    d.source = DeadlineSource::Action;
    d.record_kind = Kind::Organisation;
    items.push_back(d);
  }
  items[0].state = DeadlineState::Overdue;
  items[0].due = ymd(2026, 11, 27);
  items[1].state = DeadlineState::Done;
  items[1].done = ymd(2026, 11, 28);
  return items;
}

AgendaEntry meeting(std::string id, std::string title, Date start, Date end) {
  AgendaEntry e;
  e.id = id;
  e.title = Text{title, title};
  e.organisation = "spc";
  e.organisation_name = Text{"CPS", "SPC"};
  e.start = start;
  e.end = end;
  e.status = "confirmed";
  e.type = "governing";
  e.path = "records/meetings/2026/" + id + ".yaml";
  e.loc.line = 7;
  e.uid = id + ".meeting@multilat";
  return e;
}

// Built member by member: brace-initialising Delegate trips a GCC 12 -Wmaybe-uninitialized
// false positive.
Delegate delegate(const std::string& person, const std::string& entity, const std::string& role) {
  Delegate d;
  d.person = person;
  d.entity.value = entity;
  d.role = role;
  return d;
}

std::vector<AgendaEntry> desk_agenda() {
  std::vector<AgendaEntry> items;
  items.push_back(meeting("crga-56", "CRGA 56", ymd(2026, 11, 10), ymd(2026, 11, 12)));
  items.back().body = "crga";
  items.back().body_name = Text{"CRGA", "CRGA"};
  items.back().location = "Nouméa, New Caledonia";
  items.back().delegation = {delegate("Jane Doe", "scrre", "head"),
                             delegate("Paul Wete", "dafe", "member"),
                             delegate("Ana Kali", "scrre", "adviser")};
  items.back().head = "Jane Doe (scrre)";
  items.back().clashes = {AgendaClash{"scrre", "pif-fmm-2026", false}};
  items.push_back(meeting("sprep-34", "a, \"quoted\" b; <script>|x|</script>", ymd(2026, 11, 30),
                          ymd(2026, 12, 2)));
  items.back().organisation = "sprep";
  items.back().organisation_name = Text{"PROE", "SPREP"};
  items.back().is_virtual = true;
  items.back().status = "planned";
  items.push_back(meeting("pif-fmm-2026", "Forum Foreign Ministers Meeting", ymd(2026, 12, 15),
                          ymd(2026, 12, 15)));
  items.back().organisation = "pif";
  items.back().organisation_name = Text{};
  items.back().location = "Suva";
  items.back().status = "cancelled";
  items.back().delegation = {delegate("Jane Doe", "scrre", "head")};
  items.back().head = "Jane Doe (scrre)";
  return items;
}

// Deadlines for the iCalendar test: an overdue one, one with `;` and `\`, a long done one.
std::vector<Deadline> ics_deadlines() {
  std::vector<Deadline> all = hostile_deadlines();
  std::vector<Deadline> items = {all[0], all[8], all[9]};
  items[2].state = DeadlineState::Done;
  items[2].done = ymd(2026, 11, 29);
  return items;
}

std::vector<AgendaEntry> ics_meetings() {
  std::vector<AgendaEntry> all = desk_agenda();
  return {all[1], all[2]};
}

// A raw string literal written from its second line, so that expected output reads as printed.
std::string lines(std::string_view text) {
  if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
  return std::string(text);
}

template <class Render, class Items>
std::string rendered(Render render, const Items& items, const CalendarView& view) {
  std::ostringstream out;
  render(out, items, view);
  return out.str();
}

std::string table(const std::vector<Deadline>& items, const CalendarView& view) {
  return rendered(render_deadlines_table, items, view);
}

}  // namespace

TEST_CASE("dates are written with abbreviated weekdays and months in both languages") {
  CHECK(short_date(ymd(2026, 11, 20), Language::En) == "Fri 20 Nov");
  CHECK(short_date(ymd(2026, 11, 20), Language::Fr) == "ven. 20 nov.");
  CHECK(long_date(ymd(2026, 11, 30), Language::En) == "Mon 30 Nov 2026");
  CHECK(long_date(ymd(2026, 11, 30), Language::Fr) == "lun. 30 nov. 2026");
  CHECK(long_date(ymd(2026, 12, 30), Language::Fr) == "mer. 30 déc. 2026");
  CHECK(short_date(ymd(2026, 12, 1), Language::Fr) == "mar. 1er déc.");
  CHECK(short_date(ymd(2026, 12, 1), Language::En) == "Tue 1 Dec");
  CHECK(short_date(ymd(2027, 2, 7), Language::Fr) == "dim. 7 févr.");
  CHECK(short_date(ymd(2027, 8, 14), Language::Fr) == "sam. 14 août");
  CHECK(month_year(ymd(2026, 11, 10), Language::En) == "November 2026");
  CHECK(month_year(ymd(2026, 11, 10), Language::Fr) == "novembre 2026");
  CHECK(weekday_name(ymd(2026, 12, 26), Language::En) == "Saturday");
  CHECK(weekday_name(ymd(2026, 12, 27), Language::Fr) == "dimanche");
}

TEST_CASE("days to a due date read as lateness, today, tomorrow or a count") {
  CHECK(relative_days(-10, Language::En) == "10 days late");
  CHECK(relative_days(-1, Language::En) == "1 day late");
  CHECK(relative_days(0, Language::En) == "today");
  CHECK(relative_days(1, Language::En) == "tomorrow");
  CHECK(relative_days(3, Language::En) == "in 3 days");
  CHECK(relative_days(-10, Language::Fr) == "10 jours de retard");
  CHECK(relative_days(-1, Language::Fr) == "1 jour de retard");
  CHECK(relative_days(0, Language::Fr) == "aujourd'hui");
  CHECK(relative_days(1, Language::Fr) == "demain");
  CHECK(relative_days(3, Language::Fr) == "dans 3 jours");
}

TEST_CASE("a day note names the holiday, else the weekday of the date written in the record") {
  std::vector<Deadline> items = desk_deadlines();
  CHECK(day_note_text(items[0], Language::En) == "");
  CHECK(day_note_text(items[3], Language::En) == "Saturday");
  CHECK(day_note_text(items[3], Language::Fr) == "samedi");
  CHECK(day_note_text(items[4], Language::Fr) == "Christmas");
  CHECK(moved_from_text(items[3], Language::En) == "(moved from Sat 26 Dec)");
  CHECK(moved_from_text(items[3], Language::Fr) == "(déplacée du sam. 26 déc.)");
  CHECK(moved_from_text(items[4], Language::En) == "");
}

TEST_CASE("states, sources, statuses and delegations have words in both languages") {
  CHECK(state_label(DeadlineState::Overdue, Language::Fr) == "en retard");
  CHECK(state_label(DeadlineState::Done, Language::En) == "done");
  CHECK(source_label(DeadlineSource::Registration, Language::Fr) == "inscription");
  CHECK(source_label(DeadlineSource::NextMeeting, Language::En) == "next meeting");
  for (std::string_view name : source_names()) {
    auto source = source_from_name(name);
    REQUIRE(source);
    CHECK_FALSE(source_label(*source, Language::Fr).empty());
    CHECK_FALSE(source_label(*source, Language::En).empty());
  }
  CHECK(meeting_status_label("cancelled", Language::Fr) == "annulée");
  CHECK(meeting_status_label("unheard-of", Language::Fr) == "unheard-of");
  CHECK(delegation_summary("Jane Doe (scrre)", 3, Language::En) ==
        "head: Jane Doe (scrre), 3 delegates");
  CHECK(delegation_summary("Jane Doe (scrre)", 1, Language::Fr) ==
        "conduite par Jane Doe (scrre), 1 délégué");
  CHECK(delegation_summary("", 2, Language::En) == "2 delegates");
  CHECK(delegation_summary("", 0, Language::Fr) == "pas de délégation");
}

TEST_CASE("the header says which day today is when the period starts on another day") {
  Date today = ymd(2026, 11, 29);
  CHECK(deadlines_heading(ymd(2026, 11, 30), ymd(2026, 12, 30), today, 0, Language::En) ==
        "Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa: Sunday 29 November 2026), "
        "none overdue");
  CHECK(deadlines_heading(ymd(2026, 11, 30), ymd(2026, 12, 30), today, 1, Language::Fr) ==
        "Échéances du lundi 30 novembre au mercredi 30 décembre 2026 (nous sommes le dimanche 29 novembre "
        "2026 à Nouméa) ; 1 en retard");
}

TEST_CASE("headings spell dates out and say once what the two ends share") {
  CHECK(full_date(ymd(2027, 12, 1), Language::Fr) == "mercredi 1er décembre 2027");
  CHECK(full_date(ymd(2027, 12, 1), Language::En) == "Wednesday 1 December 2027");
  PeriodEnds month = period_ends(ymd(2027, 12, 1), ymd(2027, 12, 31), Language::Fr);
  CHECK(month.from == "mercredi 1er");
  CHECK(month.to == "vendredi 31 décembre 2027");
  CHECK(period_ends(ymd(2027, 11, 30), ymd(2027, 12, 31), Language::Fr).from == "mardi 30 novembre");
  PeriodEnds years = period_ends(ymd(2026, 12, 7), ymd(2027, 1, 6), Language::Fr);
  CHECK(years.from == "lundi 7 décembre 2026");
  CHECK(years.to == "mercredi 6 janvier 2027");
  CHECK(agenda_heading(ymd(2027, 1, 1), ymd(2027, 12, 31), Language::Fr) ==
        "Réunions du vendredi 1er janvier au vendredi 31 décembre 2027");
  CHECK(agenda_heading(ymd(2026, 12, 16), ymd(2026, 12, 16), Language::Fr) ==
        "Réunions du mercredi 16 décembre 2026");
}

TEST_CASE("the deadline table groups by urgency, aligns columns and wraps long notes") {
  CHECK(table(desk_deadlines(), view_en()) == lines(R"~(
Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), 2 overdue

OVERDUE
  Fri 20 Nov  10 days late  Post-mission report: CRGA 56           crga-56 (spc)        scrre
  Mon 23 Nov  7 days late   Next step: send draft MoU              undp-ocean (undp)    province-sud

THIS WEEK
  Thu 3 Dec   in 3 days     Registration closes: SPREP Meeting     sprep-34 (sprep)     scrre

LATER
  Thu 24 Dec  in 24 days    Position paper: PIF FEMM               pif-femm-2026 (pif)  dafe
                            ⚠ Saturday (moved from Sat 26 Dec)
  Fri 25 Dec  in 25 days    Christmas greetings to the             crga-56 (spc)
                            secretariat
                            ⚠ Christmas
)~"));
}

TEST_CASE("a wide terminal keeps the note on the item's line") {
  CalendarView view = view_en();
  view.width = 140;
  std::string out = table(desk_deadlines(), view);
  CHECK(out.find("  Thu 24 Dec  in 24 days    Position paper: PIF FEMM                "
                 "pif-femm-2026 (pif)  dafe          ⚠ Saturday (moved from Sat 26 Dec)\n") !=
        std::string::npos);
  CHECK(out.find("crga-56 (spc)                      ⚠ Christmas\n") != std::string::npos);
}

TEST_CASE("the deadline table speaks French, and the what column shrinks to fit") {
  CHECK(table(desk_deadlines(), view_fr()) == lines(R"~(
Échéances du lundi 30 novembre au mercredi 30 décembre 2026 (à partir d'aujourd'hui, heure de Nouméa) ; 2 en retard

EN RETARD
  ven. 20 nov.  10 jours de retard  Rapport de mission : CRGA 56   crga-56 (spc)        scrre
  lun. 23 nov.  7 jours de retard   Prochaine étape : envoyer le   undp-ocean (undp)    province-sud
                                    projet de protocole

CETTE SEMAINE
  jeu. 3 déc.   dans 3 jours        Clôture des inscriptions :     sprep-34 (sprep)     scrre
                                    conférence du PROE

PLUS TARD
  jeu. 24 déc.  dans 24 jours       Note de position : FEMM du     pif-femm-2026 (pif)  dafe
                                    FIP
                                    ⚠ samedi (déplacée du sam. 26 déc.)
  ven. 25 déc.  dans 25 jours       Christmas greetings to the     crga-56 (spc)
                                    secretariat
                                    ⚠ Christmas
)~"));
}

TEST_CASE("no line of the table is wider than the terminal") {
  // Below these widths the other columns and the 20 characters kept for `what` do not fit.
  for (auto [language, width] : {std::pair{Language::En, 83u},
                                 {Language::En, 90u},
                                 {Language::Fr, 91u},
                                 {Language::Fr, 100u}}) {
    CalendarView view = language == Language::En ? view_en() : view_fr();
    view.width = width;
    std::istringstream out(table(desk_deadlines(), view));
    std::string line;
    std::getline(out, line);  // the header is a sentence, not a row
    while (std::getline(out, line)) CHECK(display_width(line) <= width);
  }
}

TEST_CASE("a narrow terminal puts the ids under the text, which wraps and is never cut") {
  CalendarView view = view_en();
  view.width = 30;  // below the 20 characters the text keeps at least
  std::string out = table(desk_deadlines(), view);
  CHECK(out.find("  Fri 20 Nov  10 days late  Post-mission report:\n"
                 "                            CRGA 56\n"
                 "                            crga-56 (spc) · scrre\n") != std::string::npos);
  CHECK(out.find("…") == std::string::npos);  // nothing is cut
  view.width = 100;  // room for the ids beside a text of 20 characters or more
  out = table(desk_deadlines(), view);
  CHECK(out.find("  Fri 20 Nov  10 days late  Post-mission report: CRGA 56") != std::string::npos);
  CHECK(out.find(" · ") == std::string::npos);
}

TEST_CASE("wrap_to_width breaks at spaces, splits overlong words, and loses nothing") {
  CHECK(wrap_to_width("Christmas greetings to the secretariat", 20) ==
        std::vector<std::string>{"Christmas greetings", "to the secretariat"});
  CHECK(wrap_to_width("short", 20) == std::vector<std::string>{"short"});
  CHECK(wrap_to_width("abcdefghij klm", 4) ==
        std::vector<std::string>{"abcd", "efgh", "ij", "klm"});
  CHECK(wrap_to_width("Réunion élargie", 7) == std::vector<std::string>{"Réunion", "élargie"});
  CHECK(wrap_to_width("anything at all", 0) == std::vector<std::string>{"anything at all"});
  CHECK(wrap_to_width("", 5) == std::vector<std::string>{""});
}

TEST_CASE("verbose adds each item's file and line") {
  CalendarView view = view_en();
  view.width = 60;
  view.verbose = true;
  CHECK(table(desk_deadlines(), view) == lines(R"~(
Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), 2 overdue

OVERDUE
  Fri 20 Nov  10 days late  Post-mission report: CRGA 56
                            crga-56 (spc) · scrre
                            records/meetings/2026/crga-56.yaml:12
  Mon 23 Nov  7 days late   Next step: send draft MoU
                            undp-ocean (undp) · province-sud
                            records/meetings/2026/undp-ocean.yaml:12

THIS WEEK
  Thu 3 Dec   in 3 days     Registration closes: SPREP
                            Meeting
                            sprep-34 (sprep) · scrre
                            records/meetings/2026/sprep-34.yaml:12

LATER
  Thu 24 Dec  in 24 days    Position paper: PIF FEMM
                            pif-femm-2026 (pif) · dafe
                            ⚠ Saturday (moved from Sat 26 Dec)  records/meetings/2026/pif-femm-2026.yaml:12
  Fri 25 Dec  in 25 days    Christmas greetings to the
                            secretariat
                            crga-56 (spc)
                            ⚠ Christmas  records/meetings/2026/crga-56.yaml:12
)~"));
}

TEST_CASE("grouping by week puts overdue items first, then one section per ISO week") {
  CalendarView view = view_en();
  view.group = DeadlineGrouping::Week;
  CHECK(table(desk_deadlines(), view) == lines(R"~(
Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), 2 overdue

OVERDUE
  Fri 20 Nov  10 days late  Post-mission report: CRGA 56           crga-56 (spc)        scrre
  Mon 23 Nov  7 days late   Next step: send draft MoU              undp-ocean (undp)    province-sud

Week 49 · 30 Nov – 6 Dec
  Thu 3 Dec   in 3 days     Registration closes: SPREP Meeting     sprep-34 (sprep)     scrre

Week 52 · 21 Dec – 27 Dec
  Thu 24 Dec  in 24 days    Position paper: PIF FEMM               pif-femm-2026 (pif)  dafe
                            ⚠ Saturday (moved from Sat 26 Dec)
  Fri 25 Dec  in 25 days    Christmas greetings to the             crga-56 (spc)
                            secretariat
                            ⚠ Christmas
)~"));
}

TEST_CASE("ISO weeks cross the new year: 2026 has a week 53") {
  CalendarView view = view_fr();
  view.group = DeadlineGrouping::Week;
  std::vector<Deadline> items = {deadline(ymd(2026, 12, 28), "a", "a", "r-1", "scrre"),
                                 deadline(ymd(2027, 1, 3), "b", "b", "r-2", "scrre"),
                                 deadline(ymd(2027, 1, 4), "c", "c", "r-3", "scrre")};
  std::string out = table(items, view);
  // The rows span two years, so every date says its year.
  CHECK(out.find("\nSemaine 53 · 28 déc. – 3 janv.\n  lun. 28 déc. 2026  dans 28 jours  a") !=
        std::string::npos);
  CHECK(out.find("\n  dim. 3 janv. 2027  dans 34 jours  b") != std::string::npos);
  CHECK(out.find("\nSemaine 1 · 4 janv. – 10 janv.\n  lun. 4 janv. 2027  dans 35 jours  c") !=
        std::string::npos);
}

TEST_CASE("grouping by owner sorts owners and puts items with none last") {
  CalendarView view = view_en();
  view.group = DeadlineGrouping::Owner;
  CHECK(table(desk_deadlines(), view) == lines(R"~(
Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), 2 overdue

dafe
  Thu 24 Dec  in 24 days    Position paper: PIF FEMM               pif-femm-2026 (pif)  dafe
                            ⚠ Saturday (moved from Sat 26 Dec)

province-sud
  Mon 23 Nov  7 days late   Next step: send draft MoU              undp-ocean (undp)    province-sud

scrre
  Fri 20 Nov  10 days late  Post-mission report: CRGA 56           crga-56 (spc)        scrre
  Thu 3 Dec   in 3 days     Registration closes: SPREP Meeting     sprep-34 (sprep)     scrre

(no owner)
  Fri 25 Dec  in 25 days    Christmas greetings to the             crga-56 (spc)
                            secretariat
                            ⚠ Christmas
)~"));
}

TEST_CASE("grouping by organisation gives one section per organisation id") {
  CalendarView view = view_fr();
  view.group = DeadlineGrouping::Organisation;
  view.width = 0;  // no limit
  std::vector<Deadline> items = desk_deadlines();
  items[1].organisation = Str();
  CHECK(table(items, view) == lines(R"~(
Échéances du lundi 30 novembre au mercredi 30 décembre 2026 (à partir d'aujourd'hui, heure de Nouméa) ; 2 en retard

pif
  jeu. 24 déc.  dans 24 jours       Note de position : FEMM du FIP                    pif-femm-2026 (pif)  dafe          ⚠ samedi (déplacée du sam. 26 déc.)

spc
  ven. 20 nov.  10 jours de retard  Rapport de mission : CRGA 56                      crga-56 (spc)        scrre
  ven. 25 déc.  dans 25 jours       Christmas greetings to the secretariat            crga-56 (spc)                      ⚠ Christmas

sprep
  jeu. 3 déc.   dans 3 jours        Clôture des inscriptions : conférence du PROE     sprep-34 (sprep)     scrre

(sans organisation)
  lun. 23 nov.  7 jours de retard   Prochaine étape : envoyer le projet de protocole  undp-ocean           province-sud
)~"));
}

TEST_CASE("colour: red for overdue, yellow for this week, bold section titles") {
  CalendarView view = view_en();
  view.color = true;
  std::vector<Deadline> all = desk_deadlines();
  CHECK(
      table({all[0], all[2], all[3]}, view) ==
      "Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), 1 overdue\n"
      "\n"
      "\x1b[1mOVERDUE\x1b[0m\n"
      "  \x1b[31mFri 20 Nov  10 days late\x1b[0m  Post-mission report: CRGA 56        "
      "crga-56 (spc)        scrre\n"
      "\n"
      "\x1b[1mTHIS WEEK\x1b[0m\n"
      "  \x1b[33mThu 3 Dec   in 3 days   \x1b[0m  Registration closes: SPREP Meeting  "
      "sprep-34 (sprep)     scrre\n"
      "\n"
      "\x1b[1mLATER\x1b[0m\n"
      "  Thu 24 Dec  in 24 days    Position paper: PIF FEMM            pif-femm-2026 (pif)  dafe\n"
      "                            ⚠ Saturday (moved from Sat 26 Dec)\n");
  view.color = false;
  CHECK(table(all, view).find('\x1b') == std::string::npos);
}

TEST_CASE("an empty list prints the header and says so") {
  CHECK(table({}, view_en()) ==
        "Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), none overdue\n"
        "\n"
        "No deadlines.\n");
  CHECK(table({}, view_fr()) ==
        "Échéances du lundi 30 novembre au mercredi 30 décembre 2026 (à partir d'aujourd'hui, heure de Nouméa) ; aucune en "
        "retard\n"
        "\n"
        "Aucune échéance.\n");
}

TEST_CASE("hostile text cannot break the table's lines, and done items get their own section") {
  CHECK(table(hostile_deadlines(), view_en()) == lines(R"~(
Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), 1 overdue

OVERDUE
  Fri 27 Nov  3 days late  a, "quoted" b                                            m-0 (spc)  scrre

THIS WEEK
  Thu 3 Dec   in 3 days    =cmd|' /C calc'!A0                                       m-2 (spc)  scrre
  Fri 4 Dec   in 4 days    +1                                                       m-3 (spc)  scrre
  Sat 5 Dec   in 5 days    @SUM(1)                                                  m-4 (spc)  scrre
  Sun 6 Dec   in 6 days    -2                                                       m-5 (spc)  scrre

LATER
  Mon 7 Dec   in 7 days    <script>alert(1)</script>                                m-6 (spc)  scrre
  Tue 8 Dec   in 8 days    |pipe|                                                   m-7 (spc)  scrre
  Wed 9 Dec   in 9 days    semi;colon back\slash                                    m-8 (spc)  scrre
  Thu 10 Dec  in 10 days   Contribution de la Nouvelle-Calédonie à la révision de   m-9 (spc)  scrre
                           la stratégie régionale océanienne pour les écosystèmes
                           côtiers, les pêcheries et l'adaptation

DONE
  Wed 2 Dec   done         first line second line                                   m-1 (spc)  scrre
)~"));
  std::vector<Deadline> items = {
      deadline(ymd(2026, 12, 1), "bell\a esc\x1b[31m tab\t", "", "r-1", "scrre")};
  CHECK(table(items, view_en())
            .find("  Tue 1 Dec  tomorrow  bell  esc [31m tab   r-1 (spc)  scrre\n") !=
        std::string::npos);
}

TEST_CASE("rows that all fall in a year other than today's still say their year") {
  std::vector<Deadline> arrears = {
      deadline(ymd(1900, 1, 1), "Contribution due: dues", "", "spc", "scrre")};
  arrears.back().state = DeadlineState::Overdue;
  CHECK(table(arrears, view_en()).find("Mon 1 Jan 1900") != std::string::npos);
  std::vector<Deadline> this_year = {deadline(ymd(2026, 12, 1), "Report", "", "r-1", "scrre")};
  CHECK(table(this_year, view_en()).find("  Tue 1 Dec  ") != std::string::npos);
}

TEST_CASE("Markdown escapes pipes, backslashes, tags and line breaks in cells") {
  CHECK(rendered(render_deadlines_markdown, hostile_deadlines(), view_en()) == lines(R"~(
Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), 1 overdue

| Date | Days | What | Record | Organisation | Owner | State |
| --- | --- | --- | --- | --- | --- | --- |
| Fri 27 Nov 2026 | 3 days late | a, "quoted" b | m-0 | spc | scrre | overdue |
| Wed 2 Dec 2026 | done | first line second line | m-1 | spc | scrre | done |
| Thu 3 Dec 2026 | in 3 days | =cmd\|' /C calc'!A0 | m-2 | spc | scrre | open |
| Fri 4 Dec 2026 | in 4 days | +1 | m-3 | spc | scrre | open |
| Sat 5 Dec 2026 | in 5 days | @&#8203;SUM(1) | m-4 | spc | scrre | open |
| Sun 6 Dec 2026 | in 6 days | -2 | m-5 | spc | scrre | open |
| Mon 7 Dec 2026 | in 7 days | &lt;script&gt;alert(1)&lt;/script&gt; | m-6 | spc | scrre | open |
| Tue 8 Dec 2026 | in 8 days | \|pipe\| | m-7 | spc | scrre | open |
| Wed 9 Dec 2026 | in 9 days | semi;colon back\\slash | m-8 | spc | scrre | open |
| Thu 10 Dec 2026 | in 10 days | Contribution de la Nouvelle-Calédonie à la révision de la stratégie régionale océanienne pour les écosystèmes côtiers, les pêcheries et l'adaptation | m-9 | spc | scrre | open |
)~"));
}

TEST_CASE("Markdown in French puts the day note and the move in the date cell") {
  std::vector<Deadline> all = desk_deadlines();
  all[3].what.fr = "a\r\nb";
  CHECK(rendered(render_deadlines_markdown, std::vector<Deadline>{all[3], all[4]}, view_fr()) ==
        lines(R"~(
Échéances du lundi 30 novembre au mercredi 30 décembre 2026 (à partir d'aujourd'hui, heure de Nouméa) ; aucune en retard

| Date | Jours | Objet | Fiche | Organisation | Responsable | État |
| --- | --- | --- | --- | --- | --- | --- |
| jeu. 24 déc. 2026 ⚠ samedi (déplacée du sam. 26 déc.) | dans 24 jours | a b | pif-femm-2026 | pif | dafe | à faire |
| ven. 25 déc. 2026 ⚠ Christmas | dans 25 jours | Christmas greetings to the secretariat | crga-56 | spc |  | à faire |
)~"));
  CHECK(rendered(render_deadlines_markdown, std::vector<Deadline>{}, view_en()) ==
        "Deadlines from Monday 30 November to Wednesday 30 December 2026 (today in Nouméa), none overdue\n"
        "\n"
        "No deadlines.\n");
}

TEST_CASE("CSV quotes what needs it, neutralises formulas and keeps numbers raw") {
  CHECK(rendered(render_deadlines_csv, hostile_deadlines(), view_en()) ==
        "due,weekday,days,state,source,derived,what,record,organisation,owner,holiday,moved_from,"
        "file,line,uid\r\n"
        "2026-11-27,fri,-3,overdue,action,false,\"a, \"\"quoted\"\" b\",m-0,spc,scrre,,,"
        "records/meetings/2026/m-0.yaml,12,m-0.action-0@multilat\r\n"
        "2026-12-02,wed,2,done,action,false,\"first line\nsecond line\",m-1,spc,scrre,,,"
        "records/meetings/2026/m-1.yaml,12,m-1.action-1@multilat\r\n"
        "2026-12-03,thu,3,open,action,false,'=cmd|' /C calc'!A0,m-2,spc,scrre,,,"
        "records/meetings/2026/m-2.yaml,12,m-2.action-2@multilat\r\n"
        "2026-12-04,fri,4,open,action,false,'+1,m-3,spc,scrre,,,"
        "records/meetings/2026/m-3.yaml,12,m-3.action-3@multilat\r\n"
        "2026-12-05,sat,5,open,action,false,'@SUM(1),m-4,spc,scrre,,,"
        "records/meetings/2026/m-4.yaml,12,m-4.action-4@multilat\r\n"
        "2026-12-06,sun,6,open,action,false,'-2,m-5,spc,scrre,,,"
        "records/meetings/2026/m-5.yaml,12,m-5.action-5@multilat\r\n"
        "2026-12-07,mon,7,open,action,false,<script>alert(1)</script>,m-6,spc,scrre,,,"
        "records/meetings/2026/m-6.yaml,12,m-6.action-6@multilat\r\n"
        "2026-12-08,tue,8,open,action,false,|pipe|,m-7,spc,scrre,,,"
        "records/meetings/2026/m-7.yaml,12,m-7.action-7@multilat\r\n"
        "2026-12-09,wed,9,open,action,false,semi;colon back\\slash,m-8,spc,scrre,,,"
        "records/meetings/2026/m-8.yaml,12,m-8.action-8@multilat\r\n"
        "2026-12-10,thu,10,open,action,false,\"Contribution de la Nouvelle-Calédonie à la "
        "révision de la stratégie régionale océanienne pour les écosystèmes côtiers, les "
        "pêcheries et l'adaptation\",m-9,spc,scrre,,,"
        "records/meetings/2026/m-9.yaml,12,m-9.action-9@multilat\r\n");
}

TEST_CASE("CSV gives neutral weekdays, the written date, and an empty line when it is unknown") {
  std::vector<Deadline> all = desk_deadlines();
  all[3].loc.line = 0;
  all[2].what.fr = "-";
  CHECK(rendered(render_deadlines_csv, std::vector<Deadline>{all[2], all[3]}, view_fr()) ==
        "due,weekday,days,state,source,derived,what,record,organisation,owner,holiday,moved_from,"
        "file,line,uid\r\n"
        "2026-12-03,thu,3,open,registration,true,'-,sprep-34,sprep,scrre,,,"
        "records/meetings/2026/sprep-34.yaml,12,sprep-34.2026-12-03@multilat\r\n"
        "2026-12-24,thu,24,open,meeting-deadline,false,Note de position : FEMM du FIP,"
        "pif-femm-2026,pif,dafe,,2026-12-26,records/meetings/2026/pif-femm-2026.yaml,,"
        "pif-femm-2026.2026-12-24@multilat\r\n");
  CHECK(rendered(render_deadlines_csv, std::vector<Deadline>{}, view_fr()) ==
        "due,weekday,days,state,source,derived,what,record,organisation,owner,holiday,moved_from,"
        "file,line,uid\r\n");
}

TEST_CASE("JSON carries both languages, nulls for what is absent, and negative days") {
  std::vector<Deadline> items = {hostile_deadlines()[0], desk_deadlines()[3],
                                 hostile_deadlines()[1]};
  CHECK(rendered(render_deadlines_json, items, view_fr()) == lines(R"~(
{
  "version": 1,
  "today": "2026-11-30",
  "from": "2026-11-30",
  "to": "2026-12-30",
  "language": "fr",
  "deadlines": [
    {
      "due": "2026-11-27",
      "written_due": null,
      "done_in_future": null,
      "weekday": "fri",
      "days": -3,
      "state": "overdue",
      "source": "action",
      "derived": false,
      "what": {
        "fr": "a, \"quoted\" b",
        "en": "a, \"quoted\" b"
      },
      "record": "m-0",
      "record_kind": "organisation",
      "organisation": "spc",
      "owner": "scrre",
      "done": null,
      "holiday": null,
      "weekend": false,
      "file": "records/meetings/2026/m-0.yaml",
      "line": 12,
      "uid": "m-0.action-0@multilat"
    },
    {
      "due": "2026-12-24",
      "written_due": "2026-12-26",
      "done_in_future": null,
      "weekday": "thu",
      "days": 24,
      "state": "open",
      "source": "meeting-deadline",
      "derived": false,
      "what": {
        "fr": "Note de position : FEMM du FIP",
        "en": "Position paper: PIF FEMM"
      },
      "record": "pif-femm-2026",
      "record_kind": "meeting",
      "organisation": "pif",
      "owner": "dafe",
      "done": null,
      "holiday": null,
      "weekend": true,
      "file": "records/meetings/2026/pif-femm-2026.yaml",
      "line": 12,
      "uid": "pif-femm-2026.2026-12-24@multilat"
    },
    {
      "due": "2026-12-02",
      "written_due": null,
      "done_in_future": null,
      "weekday": "wed",
      "days": 2,
      "state": "done",
      "source": "action",
      "derived": false,
      "what": {
        "fr": "first line\nsecond line",
        "en": "first line\nsecond line"
      },
      "record": "m-1",
      "record_kind": "organisation",
      "organisation": "spc",
      "owner": "scrre",
      "done": "2026-11-28",
      "holiday": null,
      "weekend": false,
      "file": "records/meetings/2026/m-1.yaml",
      "line": 12,
      "uid": "m-1.action-1@multilat"
    }
  ]
}
)~"));
  CHECK(rendered(render_deadlines_json, std::vector<Deadline>{}, view_en()) == lines(R"~(
{
  "version": 1,
  "today": "2026-11-30",
  "from": "2026-11-30",
  "to": "2026-12-30",
  "language": "en",
  "deadlines": []
}
)~"));
}

TEST_CASE("the agenda table goes month by month, with details, delegation and clashes") {
  CHECK(rendered(render_agenda_table, desk_agenda(), view_en()) == lines(R"~(
Agenda from Monday 30 November to Wednesday 30 December 2026

November 2026
  Tue 10 – Thu 12 Nov     CRGA 56                              crga-56
                          SPC · CRGA · Nouméa, New Caledonia · confirmed
                          head: Jane Doe (scrre), 3 delegates
                          ⚠ scrre also in pif-fmm-2026
  Mon 30 Nov – Wed 2 Dec  a, "quoted" b; <script>|x|</script>  sprep-34
                          SPREP · online · planned · no delegation

December 2026
  Tue 15 Dec              Forum Foreign Ministers Meeting      pif-fmm-2026
                          pif · Suva · cancelled · head: Jane Doe (scrre), 1 delegate
)~"));
}

TEST_CASE("the agenda table in French, verbose, wrapping what does not fit") {
  CalendarView view = view_fr();
  view.verbose = true;
  std::vector<AgendaEntry> items = desk_agenda();
  items.push_back(
      meeting("pic-2027", "Pacific Islands Conference", ymd(2026, 12, 31), ymd(2027, 1, 2)));
  items.back().body_name = Text{"Conférence", ""};
  items.back().location = "Apia";
  CHECK(rendered(render_agenda_table, items, view) == lines(R"~(
Réunions du lundi 30 novembre au mercredi 30 décembre 2026

novembre 2026
  mar. 10 – jeu. 12 nov.                 CRGA 56                              crga-56
                                         records/meetings/2026/crga-56.yaml:7
                                         CPS · CRGA · Nouméa, New Caledonia · confirmée
                                         conduite par Jane Doe (scrre), 3 délégués
                                         ⚠ scrre participe aussi à pif-fmm-2026
  lun. 30 nov. – mer. 2 déc.             a, "quoted" b; <script>|x|</script>  sprep-34
                                         records/meetings/2026/sprep-34.yaml:7
                                         PROE · en ligne · prévue · pas de délégation

décembre 2026
  mar. 15 déc.                           Forum Foreign Ministers Meeting      pif-fmm-2026
                                         records/meetings/2026/pif-fmm-2026.yaml:7
                                         pif · Suva · annulée
                                         conduite par Jane Doe (scrre), 1 délégué
  jeu. 31 déc. 2026 – sam. 2 janv. 2027  Pacific Islands Conference           pic-2027
                                         records/meetings/2026/pic-2027.yaml:7
                                         CPS · Conférence · Apia · confirmée · pas de délégation
)~"));
  view.width = 0;  // no limit: the source closes the first line, after the widest id
  CHECK(rendered(render_agenda_table, items, view)
            .find("  mar. 15 déc.                           Forum Foreign Ministers Meeting      "
                  "pif-fmm-2026  records/meetings/2026/pif-fmm-2026.yaml:7\n") !=
        std::string::npos);
  CHECK(rendered(render_agenda_table, items, view)
            .find("  CRGA 56                              crga-56       records/") !=
        std::string::npos);
  CHECK(rendered(render_agenda_table, std::vector<AgendaEntry>{}, view) ==
        "Réunions du lundi 30 novembre au mercredi 30 décembre 2026\n\nAucune réunion.\n");
}

TEST_CASE("the agenda in Markdown has one table per month, escaped") {
  CHECK(rendered(render_agenda_markdown, desk_agenda(), view_en()) == lines(R"~(
Agenda from Monday 30 November to Wednesday 30 December 2026

### November 2026

| Dates | Meeting | Record | Organisation | Location | Status | Delegation | Clashes |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Tue 10 – Thu 12 Nov | CRGA 56 | crga-56 | SPC · CRGA | Nouméa, New Caledonia | confirmed | head: Jane Doe (scrre), 3 delegates | ⚠ scrre also in pif-fmm-2026 |
| Mon 30 Nov – Wed 2 Dec | a, "quoted" b; &lt;script&gt;\|x\|&lt;/script&gt; | sprep-34 | SPREP | online | planned | no delegation |  |

### December 2026

| Dates | Meeting | Record | Organisation | Location | Status | Delegation | Clashes |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Tue 15 Dec | Forum Foreign Ministers Meeting | pif-fmm-2026 | pif | Suva | cancelled | head: Jane Doe (scrre), 1 delegate |  |
)~"));
  CHECK(rendered(render_agenda_markdown, std::vector<AgendaEntry>{}, view_fr()) ==
        "Réunions du lundi 30 novembre au mercredi 30 décembre 2026\n\nAucune réunion.\n");
}

TEST_CASE("the agenda in CSV") {
  std::vector<AgendaEntry> items = desk_agenda();
  items[2].title.en = "@meeting";
  CHECK(rendered(render_agenda_csv, items, view_en()) ==
        "start,end,id,title,organisation,organisation_name,body,body_name,type,location,virtual,"
        "status,head,delegates,clashes,file,line,uid\r\n"
        "2026-11-10,2026-11-12,crga-56,CRGA 56,spc,SPC,crga,CRGA,governing,"
        "\"Nouméa, New Caledonia\",false,confirmed,Jane Doe (scrre),3,scrre:pif-fmm-2026,"
        "records/meetings/2026/crga-56.yaml,7,crga-56.meeting@multilat\r\n"
        "2026-11-30,2026-12-02,sprep-34,\"a, \"\"quoted\"\" b; <script>|x|</script>\",sprep,SPREP,"
        ",,governing,,true,planned,,0,,records/meetings/2026/sprep-34.yaml,7,"
        "sprep-34.meeting@multilat\r\n"
        "2026-12-15,2026-12-15,pif-fmm-2026,'@meeting,pif,,,,governing,Suva,false,cancelled,"
        "Jane Doe (scrre),1,,records/meetings/2026/pif-fmm-2026.yaml,7,"
        "pif-fmm-2026.meeting@multilat\r\n");
}

TEST_CASE("the agenda in JSON has the full delegation") {
  CHECK(rendered(render_agenda_json, std::vector<AgendaEntry>{desk_agenda()[0]}, view_en()) ==
        lines(R"~(
{
  "version": 1,
  "today": "2026-11-30",
  "from": "2026-11-30",
  "to": "2026-12-30",
  "language": "en",
  "meetings": [
    {
      "id": "crga-56",
      "title": {
        "fr": "CRGA 56",
        "en": "CRGA 56"
      },
      "organisation": "spc",
      "organisation_name": {
        "fr": "CPS",
        "en": "SPC"
      },
      "body": "crga",
      "body_name": {
        "fr": "CRGA",
        "en": "CRGA"
      },
      "type": "governing",
      "start": "2026-11-10",
      "end": "2026-11-12",
      "location": "Nouméa, New Caledonia",
      "virtual": false,
      "status": "confirmed",
      "head": "Jane Doe (scrre)",
      "delegation": [
        {
          "person": "Jane Doe",
          "entity": "scrre",
          "role": "head"
        },
        {
          "person": "Paul Wete",
          "entity": "dafe",
          "role": "member"
        },
        {
          "person": "Ana Kali",
          "entity": "scrre",
          "role": "adviser"
        }
      ],
      "clashes": [
        {
          "who": "scrre",
          "meeting": "pif-fmm-2026",
          "online": false
        }
      ],
      "tags": [],
      "file": "records/meetings/2026/crga-56.yaml",
      "line": 7,
      "uid": "crga-56.meeting@multilat"
    }
  ]
}
)~"));
}

TEST_CASE("iCalendar through libical: all-day events, escaped text, stable UIDs") {
  // Folded lines end with the space before the fold: RFC 5545 unfolding removes CRLF and one space.
  CHECK(render_ics(ics_deadlines(), ics_meetings(), view_fr()) ==
        "BEGIN:VCALENDAR\r\n"
        "PRODID:-//multilat//multilat 0.1//EN\r\n"
        "VERSION:2.0\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "X-WR-CALNAME:multilat\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:m-0.action-0@multilat\r\n"
        "DTSTAMP:20261130T000000Z\r\n"
        "DTSTART;VALUE=DATE:20261127\r\n"
        "DTEND;VALUE=DATE:20261128\r\n"
        "SUMMARY:a\\, \"quoted\" b\r\n"
        "DESCRIPTION:Fiche\u00a0: m-0\\nOrganisation\u00a0: spc\\nResponsable\u00a0: \r\n"
        " scrre\\nÉtat\u00a0: en retard\\nrecords/meetings/2026/m-0.yaml:12\r\n"
        "CATEGORIES:action\r\n"
        "STATUS:CONFIRMED\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:m-8.action-8@multilat\r\n"
        "DTSTAMP:20261130T000000Z\r\n"
        "DTSTART;VALUE=DATE:20261209\r\n"
        "DTEND;VALUE=DATE:20261210\r\n"
        "SUMMARY:semi\\;colon back\\\\slash\r\n"
        "DESCRIPTION:Fiche\u00a0: m-8\\nOrganisation\u00a0: spc\\nResponsable\u00a0: \r\n"
        " scrre\\nÉtat\u00a0: à faire\\nrecords/meetings/2026/m-8.yaml:12\r\n"
        "CATEGORIES:action\r\n"
        "STATUS:CONFIRMED\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:m-9.action-9@multilat\r\n"
        "DTSTAMP:20261130T000000Z\r\n"
        "DTSTART;VALUE=DATE:20261210\r\n"
        "DTEND;VALUE=DATE:20261211\r\n"
        "SUMMARY:✔ Contribution de la Nouvelle-Calédonie à la révision de la \r\n"
        " stratégie régionale océanienne pour les écosystèmes côtiers\\, les \r\n"
        " pêcheries et l'adaptation\r\n"
        "DESCRIPTION:Fiche\u00a0: m-9\\nOrganisation\u00a0: spc\\nResponsable\u00a0: \r\n"
        " scrre\\nÉtat\u00a0: fait\\nrecords/meetings/2026/m-9.yaml:12\r\n"
        "CATEGORIES:action\r\n"
        "STATUS:CONFIRMED\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:sprep-34.meeting@multilat\r\n"
        "DTSTAMP:20261130T000000Z\r\n"
        "DTSTART;VALUE=DATE:20261130\r\n"
        "DTEND;VALUE=DATE:20261203\r\n"
        "SUMMARY:a\\, \"quoted\" b\\; <script>|x|</script>\r\n"
        "LOCATION:en ligne\r\n"
        "DESCRIPTION:Organisation\u00a0: PROE\\nStatut\u00a0: prévue\r\n"
        "STATUS:TENTATIVE\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:pif-fmm-2026.meeting@multilat\r\n"
        "DTSTAMP:20261130T000000Z\r\n"
        "DTSTART;VALUE=DATE:20261215\r\n"
        "DTEND;VALUE=DATE:20261216\r\n"
        "SUMMARY:Forum Foreign Ministers Meeting\r\n"
        "LOCATION:Suva\r\n"
        "DESCRIPTION:Organisation\u00a0: pif\\nStatut\u00a0: annulée\\nChef de \r\n"
        " délégation\u00a0: Jane Doe (scrre)\r\n"
        "STATUS:CANCELLED\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n");
}

TEST_CASE("iCalendar lines end with CRLF and fold within 75 octets, never inside a character") {
  std::vector<Deadline> items = hostile_deadlines();
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "é€🌊";  // 2, 3 and 4 bytes
  items[9].what.en = long_text;
  std::string ics = render_ics(items, desk_agenda(), view_en());
  REQUIRE(ics.ends_with("END:VCALENDAR\r\n"));
  std::size_t start = 0;
  int folded = 0;
  while (start < ics.size()) {
    std::size_t end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    std::string_view line(ics.data() + start, end - start);
    CHECK(line.find('\n') == std::string_view::npos);
    CHECK(line.size() <= 75);
    CHECK_FALSE(first_invalid_utf8(line));
    if (line.starts_with(" ")) ++folded;
    start = end + 2;
  }
  CHECK(folded > 3);
}

TEST_CASE("iCalendar: a meeting spans its days, and an empty calendar is still valid") {
  std::string ics = render_ics({}, desk_agenda(), view_en());
  CHECK(ics.find("UID:crga-56.meeting@multilat\r\nDTSTAMP:20261130T000000Z\r\n"
                 "DTSTART;VALUE=DATE:20261110\r\nDTEND;VALUE=DATE:20261113\r\n"
                 "SUMMARY:CRGA 56\r\nLOCATION:Nouméa\\, New Caledonia\r\n"
                 "DESCRIPTION:Organisation: SPC\\nBody: CRGA\\nStatus: confirmed\\nHead of \r\n"
                 " delegation: Jane Doe (scrre)\r\nSTATUS:CONFIRMED\r\n") != std::string::npos);
  CHECK(ics.find("LOCATION:online\r\n") != std::string::npos);
  CHECK(render_ics({}, {}, view_en()) ==
        "BEGIN:VCALENDAR\r\nPRODID:-//multilat//multilat 0.1//EN\r\nVERSION:2.0\r\n"
        "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:multilat\r\nEND:VCALENDAR\r\n");
}

TEST_CASE("every format renders the same bytes twice") {
  CalendarView view = view_fr();
  std::vector<Deadline> items = desk_deadlines();
  CHECK(table(items, view) == table(items, view));
  CHECK(rendered(render_deadlines_json, items, view) ==
        rendered(render_deadlines_json, items, view));
  CHECK(render_ics(items, desk_agenda(), view) == render_ics(items, desk_agenda(), view));
}

// Writes the files tests/render/parse_outputs.py reads back with Python's csv module and
// python3-icalendar; ctest sets MULTILAT_RENDER_OUT (tests/tests.cmake, render/parse-outputs).
TEST_CASE("calendar outputs are written for the parser test") {
  const char* folder = std::getenv("MULTILAT_RENDER_OUT");
  if (folder == nullptr) return;  // run alone, there is nothing to write
  std::filesystem::create_directories(folder);
  std::ofstream csv(std::filesystem::path(folder) / "deadlines.csv", std::ios::binary);
  render_deadlines_csv(csv, hostile_deadlines(), view_en());
  std::ofstream ics(std::filesystem::path(folder) / "calendar.ics", std::ios::binary);
  ics << render_ics(hostile_deadlines(), desk_agenda(), view_en());
  csv.close();
  ics.close();
  CHECK(csv.good());
  CHECK(ics.good());
}

TEST_CASE("iCalendar: a postponed meeting is tentative, like a planned one") {
  std::vector<AgendaEntry> meetings = desk_agenda();
  meetings.resize(1);
  meetings[0].status = "postponed";
  std::string ics = render_ics({}, meetings, view_en());
  CHECK(ics.find("STATUS:TENTATIVE\r\n") != std::string::npos);
  CHECK(ics.find("STATUS:CONFIRMED") == std::string::npos);
}

TEST_CASE("iCalendar: a deadline's summary names the record it is about") {
  std::vector<Deadline> items = ics_deadlines();
  items.resize(1);
  items[0].what = Text{"Inscription", "Registration"};
  items[0].record_title = Text{"56e réunion du CRGA", "56th CRGA meeting"};
  CHECK(render_ics(items, {}, view_fr()).find("SUMMARY:Inscription : 56e réunion du CRGA\r\n") !=
        std::string::npos);
  CHECK(render_ics(items, {}, view_en()).find("SUMMARY:Registration: 56th CRGA meeting\r\n") !=
        std::string::npos);
  // A text that already names the record is left as it is.
  items[0].what = Text{"Compte-rendu de mission : 56e réunion du CRGA", ""};
  CHECK(render_ics(items, {}, view_fr())
            .find("SUMMARY:Compte-rendu de mission : 56e réunion du CRGA\r\n") !=
        std::string::npos);
}

// Defence in depth: the loader refuses records whose text holds control characters, but no
// renderer may write one raw even if such text reached it.
TEST_CASE("no format writes a raw control character, whatever the text it is given") {
  const std::vector<std::string> hostile = {
      "\x1b]0;PWNED\x07\x1b[31mred",  // escape sequences and BEL
      "csi \xc2\x9b" "31m",            // a C1 control (U+009B), no NUL
      "abc\xe2\x80\xaetxt.exe",        // a bidi override (U+202E)
      std::string(20000, 'x') + "\x1b[2J",  // an overlong line ending in an escape
  };
  std::vector<Deadline> deadlines;
  std::vector<AgendaEntry> meetings;
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    Deadline d = deadline(ymd(2026, 12, 1 + static_cast<unsigned>(i)), hostile[i], hostile[i],
                          "m-" + std::to_string(i), hostile[i]);
    d.organisation = Str(hostile[i]);
    d.record_title = Text{hostile[i], hostile[i]};
    d.day_note.holiday = Str(hostile[i]);
    d.path = Str("records/" + hostile[i] + ".yaml");
    deadlines.push_back(d);
    AgendaEntry e = meeting("m-" + std::to_string(i), hostile[i], ymd(2026, 12, 1), ymd(2026, 12, 2));
    e.location = Str(hostile[i]);
    e.head = Str(hostile[i]);
    e.organisation_name = Text{hostile[i], hostile[i]};
    e.delegation = {delegate(hostile[i], "scrre", "head")};
    e.clashes = {AgendaClash{Str(hostile[i]), "other", true}};
    e.path = Str("records/" + hostile[i] + ".yaml");
    meetings.push_back(e);
  }
  CalendarView view = view_fr();
  view.verbose = true;
  std::vector<std::pair<std::string, std::string>> outputs = {
      {"deadlines table", rendered(render_deadlines_table, deadlines, view)},
      {"deadlines md", rendered(render_deadlines_markdown, deadlines, view)},
      {"deadlines csv", rendered(render_deadlines_csv, deadlines, view)},
      {"deadlines json", rendered(render_deadlines_json, deadlines, view)},
      {"agenda table", rendered(render_agenda_table, meetings, view)},
      {"agenda md", rendered(render_agenda_markdown, meetings, view)},
      {"agenda csv", rendered(render_agenda_csv, meetings, view)},
      {"agenda json", rendered(render_agenda_json, meetings, view)},
      {"ics", render_ics(deadlines, meetings, view)},
  };
  for (const auto& [name, text] : outputs) {
    INFO(name);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find("\xc2\x9b") == std::string::npos);
    CHECK(text.find("\xe2\x80\xae") == std::string::npos);
    CHECK(text.size() > 1000);  // the overlong text is there, made safe, not dropped
  }
}
