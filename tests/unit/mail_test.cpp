// Tests of the mail digest: which items go, to whom, and a message no record text can bend.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "load/record_files.h"
#include "load/record_parser.h"
#include "mail/delivery.h"
#include "mail/digest.h"
#include "mail/digest_view.h"
#include "mail/message.h"
#include "store_fixture.h"
#include "templates/template_set.h"

using namespace multilat;
using multilat::testing::day;
using multilat::testing::StoreFixture;

namespace {

const multilat::testing::FixtureFile kScrreWithEmail{
    "records/entities/scrre.yaml",
    "name: SCRRE\ntype: government-service\nfocal-point: {person: Jane, email: s@example.org}\n"};
const multilat::testing::FixtureFile kDassWithout{"records/entities/dass.yaml",
                                                  "name: DASS\ntype: government-service\n"};

Deadline item(std::string_view due, std::string_view owner, DeadlineState state = DeadlineState::Open) {
  Deadline d;
  d.due = day(due);
  d.owner = Str(owner);
  d.state = state;
  d.record = "crga-56";
  return d;
}

std::vector<std::string> owners(const std::vector<Deadline>& items) {
  std::vector<std::string> out;
  for (const Deadline& d : items) out.push_back(d.due == day("2026-11-20") ? "late" : d.owner.str());
  return out;
}

AgendaEntry meeting(std::string_view id, std::string_view start, std::string_view end,
                    std::vector<std::string_view> entities = {}, std::string_view status = "") {
  AgendaEntry e;
  e.id = Str(id);
  e.uid = Str(std::string(id) + ".meeting@multilat");
  e.start = day(start);
  e.end = day(end);
  e.status = Str(status);
  for (std::string_view entity : entities) {
    e.delegation.push_back({Str(), Located<Str>{Str(entity), {}}, Str("member")});
  }
  return e;
}

std::vector<std::string> ids(const std::vector<MailMeeting>& meetings) {
  std::vector<std::string> out;
  for (const MailMeeting& m : meetings) out.push_back(m.entry.id.str() + (m.announced ? "!" : ""));
  return out;
}

Settings settings_of(std::string_view yaml) {
  RecordFile file{"x", "records/multilat.yaml", Kind::Organisation, "multilat"};
  ParsedSettings parsed = parse_settings(yaml, file);
  CAPTURE(yaml);
  CHECK(parsed.diagnostics.empty());
  return parsed.settings;
}

MailMessage message_to_desk(std::string subject) {
  MailMessage m;
  m.from = "multilat@example.org";
  m.to = {"desk@example.org"};
  m.subject = std::move(subject);
  m.plain = "text\n";
  m.html = "<p>text</p>\n";
  m.fixed_date = day("2026-11-29");
  return m;
}

DigestContext english_context() {
  DigestContext context;
  context.language = Language::En;
  context.today = day("2026-11-29");
  context.from = context.today;
  context.to = day("2026-12-29");
  return context;
}

}  // namespace

TEST_CASE("due_for_mail: overdue every day, the others only on their lead days") {
  Date today = day("2026-11-29");
  std::vector<Deadline> items = {item("2026-11-20", "a", DeadlineState::Overdue),
                                 item("2026-11-29", "b"), item("2026-12-02", "c"),
                                 item("2026-12-03", "d"), item("2026-12-02", "e", DeadlineState::Done)};
  CHECK(owners(due_for_mail(items, today, {3, 0})) == std::vector<std::string>{"late", "b", "c"});
  CHECK(owners(due_for_mail(items, today, {})) ==
        std::vector<std::string>{"late", "b", "c", "d"});  // no lead days: the whole window
  items[3].lead_days = {4};  // the record's own lead days win over the settings'
  CHECK(owners(due_for_mail(items, today, {3, 0})) ==
        std::vector<std::string>{"late", "b", "c", "d"});
}

TEST_CASE("plan_digests: one per owner with an e-mail, the rest to the desk") {
  StoreFixture fx{kScrreWithEmail, kDassWithout};
  MailSettings mail;
  mail.to = {"desk@example.org"};
  mail.cc = {"head@example.org"};
  std::vector<Deadline> items = {item("2026-12-01", "scrre"), item("2026-12-02", "dass"),
                                 item("2026-12-03", "")};
  std::vector<Digest> desk_only = plan_digests(items, {}, fx.store, mail, {});
  REQUIRE(desk_only.size() == 1);
  CHECK(desk_only[0].items.size() == 3);
  CHECK(desk_only[0].cc == std::vector<Str>{"head@example.org"});
  std::vector<Digest> per_owner = plan_digests(items, {}, fx.store, mail, {.per_owner = true});
  REQUIRE(per_owner.size() == 2);
  CHECK(per_owner[0].owner == "scrre");
  CHECK(per_owner[0].to == std::vector<Str>{"s@example.org"});
  CHECK(per_owner[0].items.size() == 1);
  CHECK(per_owner[1].owner.empty());
  CHECK(per_owner[1].items.empty());
  CHECK(per_owner[1].without_email.size() == 2);  // dass has no e-mail, one item no owner
}

TEST_CASE("plan_digests: an address check refuses never gets a digest, the desk is told why") {
  StoreFixture fx{{"records/entities/scrre.yaml",
                   "name: SCRRE\ntype: government-service\n"
                   "focal-point: {person: Jane, email: 'a@example.org;victim@evil.example'}\n"},
                  {"records/entities/dass.yaml",
                   "name: DASS\ntype: government-service\n"
                   "focal-point: {person: Eve, email: 'Bob <victim@evil.example>'}\n"},
                  {"records/entities/pif.yaml",
                   "name: PIF\ntype: government-service\n"
                   "focal-point: {person: Ann, email: p@example.org}\n"}};
  MailSettings mail;
  mail.to = {"desk@example.org"};
  std::vector<Deadline> items = {item("2026-12-01", "scrre"), item("2026-12-02", "dass"),
                                 item("2026-12-03", "pif"), item("2026-12-04", "scrre")};
  std::vector<Digest> digests = plan_digests(items, {}, fx.store, mail, {.per_owner = true});
  REQUIRE(digests.size() == 2);
  CHECK(digests[0].to == std::vector<Str>{"p@example.org"});
  CHECK(digests[1].owner.empty());
  CHECK(digests[1].without_email.size() == 3);
  CHECK(digests[1].refused_addresses == std::vector<Str>{"dass", "scrre"});  // once each, in order
  DigestContext context = english_context();
  nlohmann::json groups = digest_view(digests[1], fx.store, context)["table"]["groups"];
  REQUIRE(groups[0]["banner"] == true);
  nlohmann::json notes = groups[0]["notes"];
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["text"].get<std::string>().find("DASS's focal point is not a plain address") !=
        std::string::npos);
}

TEST_CASE("digest_subject: mail.subject from the settings is shown like record text") {
  Digest digest;
  Str hostile("D\x1b]0;t\x07 \xc2\x9b \xe2\x80\xae");
  DigestContext context = english_context();
  context.subject = {hostile, hostile};
  CHECK(digest_subject(digest, context) ==
        "D\\e]0;t\\x07 \\u{009B} \\u{202E}: 0 coming, 0 overdue");
}

TEST_CASE("build_message: C1 controls and bidirectional overrides never reach a header") {
  MailMessage m;
  m.from = "multilat@example.org";
  m.to = {"desk@example.org"};
  m.subject = "a\xc2\x9b" "31m b\xe2\x80\xae c\xe2\x81\xa6 d";  // CSI, RLO, LRI
  m.fixed_date = day("2026-11-29");
  std::string bytes = build_message(m);
  std::string header = bytes.substr(0, bytes.find("\r\n\r\n"));
  CAPTURE(header);
  CHECK(header.find("Subject: a 31m b  c  d") != std::string::npos);
}

TEST_CASE("build_message: a line break in any header value cannot add a header") {
  MailMessage m = message_to_desk("Échéances\r\nBcc: evil@example.org");
  std::string bytes = build_message(m);
  CHECK(bytes.find("\r\nBcc:") == std::string::npos);
  CHECK(bytes.find("\nBcc:") == std::string::npos);
  CHECK(bytes.find("Date: Sun, 29 Nov 2026 00:00:00 +1100") != std::string::npos);
  CHECK(build_message(m) == bytes);  // the same digest is the same bytes
}

TEST_CASE("templates: the project's folder wins, errors name line and column, no way out") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "multilat-template-test";
  fs::remove_all(root);
  fs::create_directories(root / "project/mail");
  fs::create_directories(root / "shipped/mail");
  std::ofstream(root / "shipped/mail/t.mustache") << "shipped {{x}}";
  std::ofstream(root / "project/mail/t.mustache") << "project {{x}}";
  std::ofstream(root / "project/mail/bad.mustache") << "line one\n  {{#open}}\n";
  std::ofstream(root / "project/mail/p.mustache") << "[{{> ../../secret}}]";
  std::ofstream(root / "secret.mustache") << "secret";
  TemplateSet set({root / "project", root / "shipped"});
  CHECK(set.render("mail/t.mustache", {{"x", "<b>"}}, Escaping::Html) == "project &lt;b&gt;");
  CHECK(set.render("mail/t.mustache", {{"x", "<b>"}}, Escaping::None) == "project <b>");
  CHECK_FALSE(set.find("../secret.mustache"));
  try {
    set.render("mail/bad.mustache", {}, Escaping::None);
    FAIL("no error");
  } catch (const TemplateError& e) {
    CHECK(std::string(e.what()).find("bad.mustache:2:3") != std::string::npos);
  }
  CHECK_THROWS_AS(set.render("mail/p.mustache", {}, Escaping::None), TemplateError);
  CHECK_THROWS_AS(set.render("mail/missing.mustache", {}, Escaping::None), TemplateError);
  fs::remove_all(root);
}

TEST_CASE("meetings_for_mail: cancelled ones left out, announced on a lead day of their start") {
  Date today = day("2026-11-29");
  std::vector<AgendaEntry> entries = {
      meeting("crga-56", "2026-11-27", "2026-12-01"),    // under way: never announced again
      meeting("wcpfc-23", "2026-11-29", "2026-12-04"),   // opens today
      meeting("atelier", "2026-12-02", "2026-12-02", {}, "cancelled"),
      meeting("pif", "2026-12-02", "2026-12-03", {}, "postponed"),
      meeting("fffa", "2026-12-06", "2026-12-06", {}, "planned")};  // in 7 days
  CHECK(ids(meetings_for_mail(entries, today, {7, 0})) ==
        std::vector<std::string>{"crga-56", "wcpfc-23!", "fffa!"});
  CHECK(ids(meetings_for_mail(entries, today, {3})) ==
        std::vector<std::string>{"crga-56", "wcpfc-23", "fffa"});
  CHECK(ids(meetings_for_mail(entries, today, {})) ==  // no lead days: every one that is to come
        std::vector<std::string>{"crga-56", "wcpfc-23!", "fffa!"});
}

TEST_CASE("plan_digests: the desk lists every meeting, an owner those its entity goes to") {
  StoreFixture fx{
      kScrreWithEmail,
      {"records/entities/dam.yaml",
       "name: DAM\ntype: government-service\nfocal-point: {person: Paul, email: d@example.org}\n"},
      kDassWithout};
  MailSettings mail;
  mail.to = {"desk@example.org"};
  std::vector<MailMeeting> meetings = {
      {meeting("crga-56", "2026-11-27", "2026-12-01", {"scrre", "scrre", "dass"}), false},
      {meeting("wcpfc-23", "2026-11-29", "2026-12-04", {"dam", "scrre"}), true}};
  std::vector<Deadline> items = {item("2026-12-01", "scrre")};
  std::vector<Digest> digests = plan_digests(items, meetings, fx.store, mail, {.per_owner = true});
  REQUIRE(digests.size() == 3);
  CHECK(digests[0].owner == "dam");  // no item, but in a delegation: a digest, sent if announced
  CHECK(ids(digests[0].meetings) == std::vector<std::string>{"wcpfc-23!"});
  CHECK_FALSE(digests[0].empty());
  CHECK(digests[1].owner == "scrre");  // twice in crga-56's delegation, once in its digest
  CHECK(ids(digests[1].meetings) == std::vector<std::string>{"crga-56", "wcpfc-23!"});
  CHECK(digests[2].is_desk());
  CHECK(ids(digests[2].meetings) == std::vector<std::string>{"crga-56", "wcpfc-23!"});
  CHECK_FALSE(digests[2].empty());  // nothing of its own, but a meeting opens
  meetings[1].announced = false;
  std::vector<Digest> quiet = plan_digests(items, meetings, fx.store, mail, {.per_owner = true});
  CHECK(quiet[0].empty());  // dam: a meeting under way alone sends nothing
  CHECK(quiet[2].empty());
}

TEST_CASE("plan_digests: mail.cc-desk gets the whole digest, apart or copied with desk_full") {
  StoreFixture fx{kScrreWithEmail, kDassWithout};
  MailSettings mail;
  mail.to = {"desk@example.org"};
  mail.cc = {"team@example.org"};
  mail.cc_desk = {"head@example.org"};
  std::vector<Deadline> items = {item("2026-12-01", "scrre"), item("2026-12-02", "dass")};
  items[0].uid = "crga-56.0@multilat";
  items[1].uid = "crga-56.1@multilat";
  std::vector<Digest> apart = plan_digests(items, {}, fx.store, mail, {.per_owner = true});
  REQUIRE(apart.size() == 3);
  CHECK(apart[1].to == std::vector<Str>{"desk@example.org"});
  CHECK_FALSE(apart[1].full);
  CHECK(apart[1].without_email.size() == 1);
  CHECK(apart[2].to == std::vector<Str>{"head@example.org"});
  CHECK(apart[2].cc.empty());
  CHECK(apart[2].full);
  CHECK(apart[2].items.size() == 2);
  CHECK(apart[2].desk_only == std::unordered_set<Str>{"crga-56.1@multilat"});

  std::vector<Digest> together =
      plan_digests(items, {}, fx.store, mail, {.per_owner = true, .desk_full = true});
  REQUIRE(together.size() == 2);
  CHECK(together[1].full);
  CHECK(together[1].to == std::vector<Str>{"desk@example.org"});
  CHECK(together[1].cc == std::vector<Str>{"team@example.org", "head@example.org"});
  nlohmann::json groups = digest_view(together[1], fx.store, english_context())["table"]["groups"];
  REQUIRE(groups.size() == 1);
  CHECK(groups[0]["items"][0]["desk_only"] == false);
  CHECK(groups[0]["items"][1]["desk_only"] == "sent to the desk only");

  std::vector<Digest> desk = plan_digests(items, {}, fx.store, mail, {});
  REQUIRE(desk.size() == 1);  // without --per-owner the desk's digest is whole already: copied
  CHECK(desk[0].cc == std::vector<Str>{"team@example.org", "head@example.org"});
}

TEST_CASE("mail.subject: a plain string for both languages, a map for each, none in the other") {
  Settings plain = settings_of("mail:\n  subject: Desk deadlines\n");
  CHECK(plain.mail.subject.fr == "Desk deadlines");
  CHECK(plain.mail.subject.en == "Desk deadlines");
  Settings both = settings_of("mail:\n  subject: {fr: Échéances du pôle, en: Desk deadlines}\n");
  Settings french = settings_of("mail:\n  subject: {fr: Échéances du pôle}\n");
  Digest digest;
  DigestContext context = english_context();
  context.subject = both.mail.subject;
  CHECK(digest_subject(digest, context) == "Desk deadlines: 0 coming, 0 overdue");
  context.subject = french.mail.subject;  // the English digest's subject is English
  CHECK(digest_subject(digest, context) == "Multilateral deadlines: 0 coming, 0 overdue");
  context.language = Language::Fr;
  CHECK(digest_subject(digest, context).starts_with("Échéances du pôle"));
  Settings cc = settings_of("mail:\n  cc-desk: [head@example.org]\n");
  CHECK(cc.mail.cc_desk == std::vector<Str>{"head@example.org"});
}

TEST_CASE("digest_view: the summary counts per owner, the foot states period and lead days") {
  StoreFixture fx{{"records/entities/scrre.yaml", "name: SCRRE\ntype: government-service\n"},
                  {"records/entities/dass.yaml", "name: Santé\nacronym: DASS\ntype: government-service\n"}};
  Digest digest;
  digest.items = {item("2026-11-20", "dass", DeadlineState::Overdue), item("2026-11-29", "scrre"),
                  item("2026-12-02", "dass"), item("2026-12-10", "")};
  DigestContext context = english_context();
  context.lead_days = {7, 0};
  nlohmann::json view = digest_view(digest, fx.store, context);
  CHECK(view["summary"]["counts"] == "1 overdue · 1 due this week · 2 later");
  CHECK(view["summary"]["owners"] == "By owner: DASS 2 (1 overdue) · (no owner) 1 · SCRRE 1");
  nlohmann::json groups = view["table"]["groups"];
  REQUIRE(groups.size() == 4);  // overdue, weeks 48, 49 and 50: one table, four row groups
  CHECK(groups[0]["items"][0]["owner"] == "DASS");
  CHECK(groups[0]["items"][0]["owner_id"] == "dass");
  CHECK(view["coverage"][0]["text"] ==
        "Deadlines and meetings from Sunday 29 November to Tuesday 29 December 2026, and every overdue deadline.");
  CHECK(view["coverage"][1]["text"].get<std::string>().starts_with("Lead days: 7, 0 "));
  digest.owner = "dass";  // an owner's digest: one owner, no line per owner
  CHECK(digest_view(digest, fx.store, context)["summary"]["owners"] == false);
}

TEST_CASE("build_message: marked as sent by a robot, no English MIME preamble") {
  std::string bytes = build_message(message_to_desk("Échéances"));
  std::string header = bytes.substr(0, bytes.find("\r\n\r\n"));
  CHECK(header.find("\r\nAuto-Submitted: auto-generated") != std::string::npos);
  CHECK(bytes.find("multi-part message") == std::string::npos);
  CHECK(bytes.substr(header.size(), 7) == "\r\n\r\n--=");  // the first boundary right away
}

TEST_CASE("mbox: the From_ line carries the delivery time in UTC, asctime's layout") {
  CHECK(mbox_from_line("m@example.org", 1795894200) ==
        "From m@example.org Sat Nov 28 19:30:00 2026");
  CHECK(mbox_from_line("m@example.org", 0) == "From m@example.org Thu Jan  1 00:00:00 1970");
  OutgoingMail a{"desk", {"d@example.org"}, "m@example.org", "Subject: a\r\n\r\nFrom here\r\n"};
  std::string stream = as_stream({a, a}, 1795894200);
  CHECK(stream.starts_with("From m@example.org Sat Nov 28 19:30:00 2026\nSubject: a\n\n>From here\n"));
  CHECK(as_stream({a}, 0) == a.bytes);  // one message goes as it is
}
