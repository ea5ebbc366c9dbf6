// Tests of validate_record: every diagnostic the field tables give, and the references collected.
#include "load/validate.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/rules.h"
#include "in_english.h"
#include "schema/kinds.h"

using namespace multilat;
using multilat::testing::InEnglish;

namespace {

constexpr const char* kPath = "records/meetings/crga-56.yaml";

// A meeting with every required field, to which a test appends or in which it replaces lines.
constexpr const char* kMeeting =
    "title: {fr: 56e CRGA, en: 56th CRGA}\n"
    "organisation: spc\n"
    "start: 2026-11-10\n"
    "status: planned\n";

Validation validate(std::string_view yaml, Kind kind = Kind::Meeting) {
  yaml::ParseResult parsed = yaml::parse_document(yaml);
  INFO("yaml: " << yaml);
  REQUIRE(parsed.issues.empty());
  REQUIRE(parsed.root);
  return validate_record(*parsed.root, schema::schema_of(kind), kPath);
}

Validation validate_settings(std::string_view yaml) {
  yaml::ParseResult parsed = yaml::parse_document(yaml);
  REQUIRE(parsed.root);
  return validate_record(*parsed.root, schema::settings_schema(), "records/multilat.yaml");
}

// The only diagnostic (a copy: `v` is often a temporary), which must be of `rule`, an error,
// and a rule of the table.
Diagnostic only(const Validation& v, std::string_view rule) {
  for (const Diagnostic& d : v.diagnostics) INFO(d.rule << ": " << d.message);
  REQUIRE(v.diagnostics.size() == 1);
  const Diagnostic& d = v.diagnostics[0];
  CHECK(d.rule == rule);
  CHECK(d.severity == Severity::Error);
  CHECK(find_rule(d.rule) != nullptr);
  return d;
}

void check_at(const Diagnostic& d, uint32_t line, uint32_t column) {
  CHECK(d.loc.line == line);
  CHECK(d.loc.column == column);
}

}  // namespace

TEST_CASE("a complete valid record of each kind gives no diagnostics") {
  SUBCASE("meeting") {
    Validation v = validate(
        "title: {fr: 56e réunion du CRGA, en: 56th CRGA meeting}\n"
        "organisation: spc\n"
        "body: crga\n"
        "type: governing\n"
        "start: 2026-11-10\n"
        "end: 2026-11-12\n"
        "location: Nouméa\n"
        "virtual: false\n"
        "status: confirmed\n"
        "delegation:\n"
        "  - {person: Chef du service, entity: scrre, role: head}\n"
        "deadlines:\n"
        "  - {what: Inscription, due: 2026-10-20, owner: scrre}\n"
        "agenda:\n"
        "  - {item: Budget, position: Soutien, lead: scrre}\n"
        "follow-up:\n"
        "  - {what: Note, owner: scrre, due: 2026-12-15, status: open}\n"
        "report: {due: 2026-11-27, owner: scrre}\n"
        "prospects: [spc-statistics]\n"
        "example: true\n"
        "tags: [gouvernance]\n"
        "notes: Première réunion accueillie à Nouméa depuis 2019\n"
        "silence: [task-overdue]\n");
    CHECK(v.diagnostics.empty());
  }
  SUBCASE("organisation") {
    Validation v = validate(
        "name: {fr: Communauté du Pacifique, en: Pacific Community}\n"
        "acronym: {fr: CPS, en: SPC}\n"
        "type: regional-intergovernmental\n"
        "crop: true\n"
        "headquarters: Nouméa\n"
        "website: https://www.spc.int\n"
        "nc-status: member\n"
        "nc-since: 1983-10-01\n"
        "nc-history:\n"
        "  - {status: member, since: 1983-10-01}\n"
        "focal-point: scrre\n"
        "involved: [province-sud]\n"
        "bodies:\n"
        "  - {id: crga, name: CRGA, cadence: yearly, month: 11}\n"
        "contributions:\n"
        "  - {amount: 1200000.50, currency: XPF, due: 2026-03-31}\n"
        "strategies:\n"
        "  - {title: Pacific Strategy, period: 2022-2031, link: https://www.spc.int/strategy}\n"
        "actions:\n"
        "  - {what: Relancer, owner: scrre, due: 2026-12-01, status: open}\n"
        "contacts:\n"
        "  - {name: A. Person, role: Director, email: a.person@example.org}\n",
        Kind::Organisation);
    CHECK(v.diagnostics.empty());
  }
  SUBCASE("entity") {
    Validation v = validate(
        "name: Service de la coopération régionale\n"
        "type: government-service\n"
        "parent: gouvernement\n"
        "focal-point: {person: Chef du service, email: scrre@example.org}\n",
        Kind::Entity);
    CHECK(v.diagnostics.empty());
  }
  SUBCASE("prospect") {
    Validation v = validate(
        "title: Océan\n"
        "partner: undp\n"
        "lead: province-sud\n"
        "themes: [ocean]\n"
        "stage: exploring\n"
        "stage-since: 2026-05-01\n"
        "priority: high\n"
        "instrument: mou\n"
        "value: {amount: 50000, currency: USD}\n"
        "next-step: {what: Draft, due: 2026-12-01, owner: province-sud}\n"
        "last-contact: 2026-10-01\n"
        "history:\n"
        "  - {date: 2026-05-01, note: First call, stage: exploring}\n",
        Kind::Prospect);
    CHECK(v.diagnostics.empty());
  }
  SUBCASE("settings") {
    Validation v = validate_settings(
        "language: en\ntimezone: Pacific/Noumea\nhorizon: 6w\nreport-due-after: 15d\n"
        "prospect-stale-after: 3m\nmax-file-size: 2048\n"
        "holidays:\n  - {date: 2026-12-24, name: Fermeture}\n"
        "mail: {from: a@example.org, to: [b@example.org], subject: Digest}\n");
    CHECK(v.diagnostics.empty());
  }
}

TEST_CASE_FIXTURE(InEnglish, "key-unknown names the mapping and suggests the closest key") {
  SUBCASE("at the top level") {
    Validation v = validate(std::string(kMeeting) + "locaton: Suva\n");
    const Diagnostic& d = only(v, "key-unknown");
    CHECK(d.message == "unknown key 'locaton' in this meeting");
    CHECK(d.path == kPath);
    CHECK(d.hint == "did you mean 'location'?");
    check_at(d, 5, 1);
    CHECK(d.loc.length == 7);
  }
  SUBCASE("a common key is suggested too") {
    const Diagnostic& d = only(validate(std::string(kMeeting) + "tag: [x]\n"), "key-unknown");
    CHECK(d.hint == "did you mean 'tags'?");
  }
  SUBCASE("in a nested mapping") {
    Validation v =
        validate(std::string(kMeeting) + "delegation:\n  - entity: scrre\n    rol: head\n");
    const Diagnostic& d = only(v, "key-unknown");
    CHECK(d.message == "unknown key 'rol' in 'delegation'");
    CHECK(d.hint == "did you mean 'role'?");
    check_at(d, 7, 5);
  }
  SUBCASE("with nothing close") {
    const Diagnostic& d = only(validate(std::string(kMeeting) + "budget: 12\n"), "key-unknown");
    CHECK(d.hint == "see docs/records.md for the keys of each kind");
  }
  SUBCASE("a key of another kind is unknown here") {
    const Diagnostic& d = only(validate(std::string(kMeeting) + "stage: idea\n"), "key-unknown");
    CHECK(d.message == "unknown key 'stage' in this meeting");
  }
}

TEST_CASE_FIXTURE(
    InEnglish,
    "field-required: a missing field is reported at the mapping, an empty one at its key") {
  SUBCASE("missing at the top level") {
    Validation v = validate("title: CRGA 56\norganisation: spc\nstatus: planned\n");
    const Diagnostic& d = only(v, "field-required");
    CHECK(d.message == "this meeting has no 'start'");
    CHECK(d.hint == "add 'start: ...' (first day)");
    check_at(d, 1, 1);
  }
  SUBCASE("empty") {
    Validation v = validate("title: CRGA 56\norganisation: spc\nstart:\nstatus: planned\n");
    const Diagnostic& d = only(v, "field-required");
    CHECK(d.message == "'start' is empty");
    CHECK(d.hint == "give it a value (first day)");
    check_at(d, 3, 1);
  }
  SUBCASE("missing in a list item") {
    Validation v = validate(std::string(kMeeting) + "deadlines:\n  - what: Inscription\n");
    const Diagnostic& d = only(v, "field-required");
    CHECK(d.message == "'deadlines' has no 'due'");
    check_at(d, 6, 5);
  }
  SUBCASE("every missing field is reported, in table order") {
    Validation v = validate("location: Suva\n");
    REQUIRE(v.diagnostics.size() == 4);
    CHECK(v.diagnostics[0].message == "this meeting has no 'title'");
    CHECK(v.diagnostics[1].message == "this meeting has no 'organisation'");
    CHECK(v.diagnostics[2].message == "this meeting has no 'start'");
    CHECK(v.diagnostics[3].message == "this meeting has no 'status'");
  }
  SUBCASE("an empty optional field is fine") {
    CHECK(validate(std::string(kMeeting) + "location:\n").diagnostics.empty());
  }
}

TEST_CASE_FIXTURE(InEnglish, "field-type: a list, a single value and a mapping are told apart") {
  SUBCASE("a scalar where a list is expected") {
    const Diagnostic& d = only(validate(std::string(kMeeting) + "tags: spc\n"), "field-type");
    CHECK(d.message == "'tags' must be a list");
    CHECK(d.hint == "write each item on its own line starting with '- '");
    check_at(d, 5, 7);
  }
  SUBCASE("a list where one value is expected") {
    const Diagnostic& d =
        only(validate(std::string(kMeeting) + "end: [2026-11-12]\n"), "field-type");
    CHECK(d.message == "end must be a single value (date), not a list");
    check_at(d, 5, 6);
  }
  SUBCASE("a mapping where one value is expected") {
    const Diagnostic& d =
        only(validate(std::string(kMeeting) + "location: {city: Suva}\n"), "field-type");
    CHECK(d.message == "location must be a single value (string), not a mapping");
  }
  SUBCASE("a scalar where a mapping is expected") {
    const Diagnostic& d = only(validate(std::string(kMeeting) + "report: soon\n"), "field-type");
    CHECK(d.message == "each 'report' must be a mapping of keys (the post-mission report)");
  }
  SUBCASE("a list item that is not a mapping") {
    const Diagnostic& d =
        only(validate(std::string(kMeeting) + "delegation:\n  - scrre\n"), "field-type");
    CHECK(d.message == "each 'delegation' must be a mapping of keys (New Caledonia's delegation)");
    check_at(d, 6, 5);
  }
  SUBCASE("scalar types") {
    CHECK(only(validate(std::string(kMeeting) + "virtual: yes\n"), "field-type").message ==
          "'yes' is not true or false");
    CHECK(only(validate_settings("horizon: 30 days\n"), "field-type").message ==
          "'30 days' is not a duration");
    CHECK(only(validate(std::string(kMeeting) + "report: {link: x, owner: scrre, due: soon}\n"),
               "date-invalid")
              .message == "soon is not a date");
  }
  SUBCASE("amounts, addresses and numbers") {
    std::string org = "name: SPC\nnc-status: member\n";
    auto message = [&](std::string extra) {
      Validation v = validate(org + extra, Kind::Organisation);
      REQUIRE(v.diagnostics.size() == 1);
      return v.diagnostics[0].message;
    };
    CHECK(message("contributions:\n  - {amount: 1 200 000, currency: XPF, due: 2026-03-31}\n") ==
          "'1 200 000' is not an amount");
    CHECK(message("contributions:\n  - {amount: 12.345, currency: XPF, due: 2026-03-31}\n") ==
          "'12.345' is not an amount");
    CHECK(message("website: www.spc.int\n") == "'www.spc.int' is not a web address");
    CHECK(message("contacts:\n  - {name: A, email: a.example.org}\n") ==
          "'a.example.org' is not an e-mail address");
    CHECK(message("bodies:\n  - {id: crga, name: CRGA, month: May}\n") ==
          "'May' is not a whole number");
  }
}

TEST_CASE_FIXTURE(
    InEnglish, "field-type: a plain number or boolean where text is expected, as editors read it") {
  auto with = [](std::string extra) { return validate(std::string(kMeeting) + extra); };
  SUBCASE("a number in a string field, at its place, with the quoted fix") {
    const Diagnostic& d = only(with("location: 55\n"), "field-type");
    CHECK(d.message == "55 is read as a number by YAML, not as text");
    CHECK(d.hint == "put it in quotes: location: \"55\"");
    check_at(d, 5, 11);
  }
  SUBCASE("every YAML 1.2 number and boolean form trips it") {
    for (const char* value : {"-12", "+7", "0o17", "0x1F", "1.5", ".5", "3.", "1e3", "-2.5E-3",
                              ".inf", "-.Inf", ".NaN"}) {
      INFO(value);
      CHECK(only(with(std::string("location: ") + value + "\n"), "field-type").message ==
            std::string(value) + " is read as a number by YAML, not as text");
    }
    for (const char* value : {"true", "False", "TRUE"}) {
      INFO(value);
      CHECK(only(with(std::string("location: ") + value + "\n"), "field-type").message ==
            std::string(value) + " is read as a boolean by YAML, not as text");
    }
  }
  SUBCASE("in text, in each language, in ids and in lists") {
    CHECK(only(validate("title: 2026\norganisation: spc\nstart: 2026-11-10\nstatus: held\n"),
               "field-type")
              .hint == "put it in quotes: title: \"2026\"");
    CHECK(only(validate("title: {fr: 56, en: x}\norganisation: spc\nstart: 2026-11-10\n"
                        "status: held\n"),
               "field-type")
              .hint == "put it in quotes: fr: \"56\"");
    CHECK(only(with("body: 55\n"), "field-type").message ==
          "55 is read as a number by YAML, not as text");
    const Diagnostic& tag = only(with("tags: [climate, 2026]\n"), "field-type");
    CHECK(tag.message == "2026 is read as a number by YAML, not as text");
    CHECK(tag.hint == "put it in quotes: - \"2026\"");
    CHECK(only(with("outcomes:\n  - Adopted\n  - 2026\n"), "field-type").hint ==
          "put it in quotes: - \"2026\"");
  }
  SUBCASE("quoted values, block scalars and text that only starts like a number pass") {
    for (const char* value : {"\"55\"", "'55'", "55 rue", "2026-11-10", "1.2.3", "0x", "1e", "-x",
                              "trueish", "yes", "no", "on", "+687 27 27 27", "|\n  55\n"}) {
      INFO(value);
      CHECK(with(std::string("location: ") + value + "\n").diagnostics.empty());
    }
  }
  SUBCASE("a number that is not a valid value of its type gets the type's own message") {
    CHECK(only(with("end: 20261110\n"), "date-invalid").message == "20261110 is not a date");
    CHECK(only(with("type: 1\n"), "field-value").message == "'1' is not a valid type");
    CHECK(only(validate_settings("horizon: 30\n"), "field-type").message ==
          "'30' is not a duration");
  }
  SUBCASE("numbers where numbers belong pass") {
    CHECK(validate("name: SPC\nnc-status: member\nbodies:\n  - {id: crga, name: CRGA, month: 5}\n"
                   "contributions:\n  - {amount: 1200000, currency: XPF, due: 2026-03-31}\n",
                   Kind::Organisation)
              .diagnostics.empty());
    CHECK(with("virtual: true\n").diagnostics.empty());
  }
}

TEST_CASE_FIXTURE(
    InEnglish, "field-value: enums suggest a spelling or list the values, and integers have a range") {
  SUBCASE("a misspelt enum value") {
    const Diagnostic& d = only(validate("title: a\norganisation: spc\nstart: 2026-11-10\n"
                                        "status: planed\n"),
                               "field-value");
    CHECK(d.message == "'planed' is not a valid status");
    CHECK(d.hint == "did you mean 'planned'?");
    check_at(d, 4, 9);
    CHECK(d.loc.length == 6);
  }
  SUBCASE("an enum value with nothing close") {
    const Diagnostic& d = only(validate("title: a\norganisation: spc\nstart: 2026-11-10\n"
                                        "status: tbc\n"),
                               "field-value");
    CHECK(d.hint == "use one of: planned, confirmed, held, cancelled, postponed");
  }
  SUBCASE("an integer out of range") {
    const Diagnostic& d = only(validate("name: SPC\nnc-status: member\nbodies:\n"
                                        "  - {id: crga, name: CRGA, month: 13}\n",
                                        Kind::Organisation),
                               "field-value");
    CHECK(d.message == "13 is out of range for month");
    CHECK(d.hint == "use a number from 1 to 12");
  }
  SUBCASE("the range's bounds are allowed") {
    CHECK(validate("name: SPC\nnc-status: member\nbodies:\n  - {id: a, name: A, month: 1}\n"
                   "  - {id: b, name: B, month: 12}\n",
                   Kind::Organisation)
              .diagnostics.empty());
    CHECK(only(validate("name: SPC\nnc-status: member\nbodies:\n  - {id: a, name: A, month: 0}\n",
                        Kind::Organisation),
               "field-value")
              .message == "0 is out of range for month");
  }
  SUBCASE("a cadence") {
    const Diagnostic& d = only(validate("name: SPC\nnc-status: member\nbodies:\n"
                                        "  - {id: crga, name: CRGA, cadence: annually}\n",
                                        Kind::Organisation),
                               "field-value");
    CHECK(d.message == "'annually' is not a cadence");
  }
}

TEST_CASE_FIXTURE(InEnglish, "date-invalid: a day that does not exist, or not YYYY-MM-DD") {
  SUBCASE("30 February") {
    Validation v = validate("title: a\norganisation: spc\nstart: 2026-02-30\nstatus: planned\n");
    const Diagnostic& d = only(v, "date-invalid");
    CHECK(d.message == "2026-02-30 is not a date");
    CHECK(d.hint == "write YYYY-MM-DD with a day that exists on the calendar");
    check_at(d, 3, 8);
    CHECK(d.loc.length == 10);
  }
  SUBCASE("other spellings") {
    for (std::string date : {"2026-13-01", "2026-1-5", "10/11/2026", "2026-11-10T09:00"}) {
      CAPTURE(date);
      Validation v =
          validate("title: a\norganisation: spc\nstart: " + date + "\nstatus: planned\n");
      CHECK(only(v, "date-invalid").message == date + " is not a date");
    }
  }
  SUBCASE("29 February in a leap year is a date") {
    CHECK(validate("title: a\norganisation: spc\nstart: 2028-02-29\nstatus: planned\n")
              .diagnostics.empty());
  }
}

TEST_CASE_FIXTURE(InEnglish, "currency-invalid: ISO 4217 codes in capitals") {
  std::string prospect = "title: a\npartner: undp\nlead: scrre\nstage: idea\n";
  SUBCASE("lowercase xpf suggests XPF") {
    const Diagnostic& d =
        only(validate(prospect + "value: {amount: 1000, currency: xpf}\n", Kind::Prospect),
             "currency-invalid");
    CHECK(d.message == "'xpf' is not an ISO 4217 currency code");
    CHECK(d.hint == "did you mean 'XPF'?");
    check_at(d, 5, 33);
  }
  SUBCASE("an unknown code") {
    const Diagnostic& d =
        only(validate(prospect + "value: {amount: 1000, currency: CFP}\n", Kind::Prospect),
             "currency-invalid");
    CHECK(d.hint == "use a code such as XPF, EUR, USD, AUD or NZD");
  }
}

TEST_CASE_FIXTURE(InEnglish, "id-invalid: references and silences must be ids") {
  SUBCASE("capitals in a reference") {
    Validation v = validate("title: a\norganisation: SPC\nstart: 2026-11-10\nstatus: planned\n");
    const Diagnostic& d = only(v, "id-invalid");
    CHECK(d.message == "'SPC' is not a valid id");
    CHECK(d.hint == "ids are lowercase letters, digits and hyphens, like province-sud");
    check_at(d, 2, 15);
    CHECK(v.references.empty());  // an invalid id is not looked up
  }
  SUBCASE("in a list") {
    const Diagnostic& d =
        only(validate(std::string(kMeeting) + "prospects: [ok, not_ok]\n"), "id-invalid");
    CHECK(d.message == "'not_ok' is not a valid id");
    check_at(d, 5, 17);
  }
  SUBCASE("in silence") {
    CHECK(
        only(validate(std::string(kMeeting) + "silence: [Task Overdue]\n"), "id-invalid").message ==
        "'Task Overdue' is not a valid id");
  }
}

TEST_CASE_FIXTURE(InEnglish, "Text is a string or {fr, en}, and nothing else") {
  SUBCASE("a plain string and a bilingual mapping are both fine") {
    CHECK(validate("title: CRGA\norganisation: spc\nstart: 2026-11-10\nstatus: held\n")
              .diagnostics.empty());
    CHECK(validate("title: {fr: a}\norganisation: spc\nstart: 2026-11-10\nstatus: held\n")
              .diagnostics.empty());
    CHECK(validate("title:\n  fr: a\n  en: b\norganisation: spc\nstart: 2026-11-10\n"
                   "status: held\n")
              .diagnostics.empty());
  }
  SUBCASE("an unknown language key") {
    const Diagnostic& d = only(validate("title: {fr: a, eng: b}\norganisation: spc\n"
                                        "start: 2026-11-10\nstatus: held\n"),
                               "key-unknown");
    CHECK(d.message == "unknown key 'eng' in 'title'");
    CHECK(d.hint == "did you mean 'en'?");
    check_at(d, 1, 16);
  }
  SUBCASE("a list") {
    const Diagnostic& d = only(validate("title: [a, b]\norganisation: spc\nstart: 2026-11-10\n"
                                        "status: held\n"),
                               "field-type");
    CHECK(d.message == "'title' must be text, or a mapping {fr: ..., en: ...}");
  }
  SUBCASE("a language holding a list") {
    const Diagnostic& d = only(validate("title: {fr: [a]}\norganisation: spc\n"
                                        "start: 2026-11-10\nstatus: held\n"),
                               "field-type");
    CHECK(d.message == "'title.fr' must be plain text");
  }
  SUBCASE("each outcome in a list of texts") {
    const Diagnostic& d =
        only(validate(std::string(kMeeting) +
                      "outcomes:\n  - Adopted\n  - {fr: Adopté, de: Angenommen}\n"),
             "key-unknown");
    CHECK(d.message == "unknown key 'de' in 'outcomes'");
  }
}

TEST_CASE_FIXTURE(InEnglish, "a document that is not a mapping is record-not-mapping") {
  yaml::ParseResult parsed = yaml::parse_document("- title: a\n");
  REQUIRE(parsed.root);
  Validation v = validate_record(*parsed.root, schema::schema_of(Kind::Meeting), kPath);
  const Diagnostic& d = only(v, "record-not-mapping");
  CHECK(d.message == "a meeting record must be a mapping of keys");
  check_at(d, 1, 1);
}

TEST_CASE("every problem is reported, not only the first") {
  Validation v = validate(
      "titel: a\n"
      "organisation: SPC\n"
      "start: 2026-02-30\n"
      "status: done\n"
      "tags: x\n");
  std::vector<std::string> rules;
  for (const Diagnostic& d : v.diagnostics) rules.push_back(d.rule);
  CHECK(rules == std::vector<std::string>{"key-unknown", "id-invalid", "date-invalid",
                                          "field-value", "field-type", "field-required"});
}

TEST_CASE("references are collected with their kind and location, in file order") {
  Validation v = validate(
      "title: a\n"
      "organisation: spc\n"
      "body: crga\n"
      "start: 2026-11-10\n"
      "status: planned\n"
      "delegation:\n"
      "  - entity: scrre\n"
      "deadlines:\n"
      "  - {what: x, due: 2026-10-01, owner: province-sud}\n"
      "prospects: [spc-statistics]\n");
  CHECK(v.diagnostics.empty());
  REQUIRE(v.references.size() == 4);  // `body` is checked against the organisation, not here
  CHECK(v.references[0].id == "spc");
  CHECK(v.references[0].target == Kind::Organisation);
  CHECK(v.references[0].loc.line == 2);
  CHECK(v.references[0].loc.column == 15);
  CHECK(v.references[1].id == "scrre");
  CHECK(v.references[1].target == Kind::Entity);
  CHECK(v.references[1].loc.line == 7);
  CHECK(v.references[1].loc.column == 13);
  CHECK(v.references[2].id == "province-sud");
  CHECK(v.references[2].target == Kind::Entity);
  CHECK(v.references[2].loc.line == 9);
  CHECK(v.references[3].id == "spc-statistics");
  CHECK(v.references[3].target == Kind::Prospect);
  CHECK(v.references[3].loc.line == 10);
  CHECK(v.references[3].loc.column == 13);
}

TEST_CASE("references of the other kinds: parent, partner, lead, focal-point, owners") {
  Validation entity = validate("name: a\ntype: province\nparent: gouvernement\n", Kind::Entity);
  REQUIRE(entity.references.size() == 1);
  CHECK(entity.references[0].target == Kind::Entity);

  Validation prospect = validate(
      "title: a\npartner: undp\nlead: province-sud\nstage: idea\n"
      "next-step: {what: x, owner: scrre}\n",
      Kind::Prospect);
  REQUIRE(prospect.references.size() == 3);
  CHECK(prospect.references[0].id == "undp");
  CHECK(prospect.references[0].target == Kind::Organisation);
  CHECK(prospect.references[1].id == "province-sud");
  CHECK(prospect.references[2].id == "scrre");

  Validation org = validate(
      "name: a\nnc-status: member\nfocal-point: scrre\ninvolved: [dafe]\n"
      "actions:\n  - {what: x, owner: province-nord}\n",
      Kind::Organisation);
  REQUIRE(org.references.size() == 3);
  for (const Reference& ref : org.references) CHECK(ref.target == Kind::Entity);
}

TEST_CASE_FIXTURE(InEnglish, "an empty text mapping and an empty list item are reported") {
  const auto& schema = multilat::schema::schema_of(multilat::Kind::Entity);
  SUBCASE("name: {}") {
    auto parsed = multilat::yaml::parse_document("name: {}\ntype: province\n");
    REQUIRE(parsed.root);
    auto v = multilat::validate_record(*parsed.root, schema, "records/entities/x.yaml");
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].rule == "field-type");
    CHECK(v.diagnostics[0].message == "'name' gives no text in fr or en");
  }
  SUBCASE("name: {fr: } with only an empty language") {
    auto parsed = multilat::yaml::parse_document("name: {fr: }\ntype: province\n");
    REQUIRE(parsed.root);
    auto v = multilat::validate_record(*parsed.root, schema, "records/entities/x.yaml");
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].message == "'name' gives no text in fr or en");
  }
  SUBCASE("tags: [~, a]") {
    auto parsed = multilat::yaml::parse_document("name: X\ntype: province\ntags: [~, a]\n");
    REQUIRE(parsed.root);
    auto v = multilat::validate_record(*parsed.root, schema, "records/entities/x.yaml");
    REQUIRE(v.diagnostics.size() == 1);
    CHECK(v.diagnostics[0].message == "empty item in 'tags'");
    CHECK(v.diagnostics[0].loc.line == 3);
  }
}
