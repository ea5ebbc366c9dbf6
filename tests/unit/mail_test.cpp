// Tests of the mail digest: which items go, to whom, and a message no record text can bend.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "mail/digest.h"
#include "mail/digest_view.h"
#include "mail/message.h"
#include "store_fixture.h"
#include "templates/template_set.h"

using namespace multilat;
using multilat::testing::day;
using multilat::testing::StoreFixture;

namespace {

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
  StoreFixture fx{
      {"records/entities/scrre.yaml",
       "name: SCRRE\ntype: government-service\nfocal-point: {person: Jane, email: s@example.org}\n"},
      {"records/entities/dass.yaml", "name: DASS\ntype: government-service\n"}};
  MailSettings mail;
  mail.to = {"desk@example.org"};
  mail.cc = {"head@example.org"};
  std::vector<Deadline> items = {item("2026-12-01", "scrre"), item("2026-12-02", "dass"),
                                 item("2026-12-03", "")};
  std::vector<Digest> desk_only = plan_digests(items, fx.store, mail, false);
  REQUIRE(desk_only.size() == 1);
  CHECK(desk_only[0].items.size() == 3);
  CHECK(desk_only[0].cc == std::vector<Str>{"head@example.org"});
  std::vector<Digest> per_owner = plan_digests(items, fx.store, mail, true);
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
  std::vector<Digest> digests = plan_digests(items, fx.store, mail, true);
  REQUIRE(digests.size() == 2);
  CHECK(digests[0].to == std::vector<Str>{"p@example.org"});
  CHECK(digests[1].owner.empty());
  CHECK(digests[1].without_email.size() == 3);
  CHECK(digests[1].refused_addresses == std::vector<Str>{"dass", "scrre"});  // once each, in order
  DigestContext context{Language::En, day("2026-11-29"), Str(), {}};
  nlohmann::json notes = digest_view(digests[1], fx.store, context)["without_email"]["refused"];
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["text"].get<std::string>().find("DASS's focal point is not a plain address") !=
        std::string::npos);
}

TEST_CASE("digest_subject: mail.subject from the settings is shown like record text") {
  Digest digest;
  DigestContext context{Language::En, day("2026-11-29"), Str("D\x1b]0;t\x07 \xc2\x9b \xe2\x80\xae"), {}};
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
  MailMessage m;
  m.from = "multilat@example.org";
  m.to = {"desk@example.org"};
  m.subject = "Échéances\r\nBcc: evil@example.org";
  m.plain = "text\n";
  m.html = "<p>text</p>\n";
  m.fixed_date = day("2026-11-29");
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
