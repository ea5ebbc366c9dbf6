// How a period's start and a revision are read: `changes --since` as a span, a date or a
// revision, and the name a mistyped revision most likely meant.
#include <doctest/doctest.h>

#include "in_language.h"
#include "git/repository.h"
#include "git/revision_guess.h"
#include "i18n/tr.h"
#include "review/history.h"

using namespace multilat;

namespace {

const Date kToday = *parse_date("2026-12-07");

// The message period_start throws, or "" when it takes the text.
std::string refusal(const std::string& since) {
  try {
    (void)period_start(since, kToday, "--since");
  } catch (const git::GitError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the period starts at a span back from today, at a date, or after a revision") {
  CHECK(period_start("7d", kToday, "--since").day == parse_date("2026-11-30"));
  CHECK(period_start("2026-11-01", kToday, "--since").day == parse_date("2026-11-01"));
  PeriodStart rev = period_start("HEAD~2", kToday, "--since");
  CHECK_FALSE(rev.day);
  CHECK(rev.rev == "HEAD~2");
}

TEST_CASE("a date the calendar does not have is said to be one, not an unknown revision") {
  testing::InLanguage french(Language::Fr);
  CHECK(refusal("2026-13-45") == "--since : le 2026-13-45 n'existe pas dans le calendrier");
  CHECK(refusal("2026-02-30") == "--since : le 2026-02-30 n'existe pas dans le calendrier");
  CHECK(refusal("2026-1-5").empty());  // not shaped as a date: a revision, which git judges
}

TEST_CASE("a mistyped revision gets the name it most likely meant, HEAD included") {
  std::vector<std::string> names = {"HEAD", "ORIG_HEAD", "main", "feature", "v1.0"};
  CHECK(git::revision_guess("HAED", names) == "HEAD");
  CHECK(git::revision_guess("HAED~3", names) == "HEAD~3");
  CHECK(git::revision_guess("mian^2", names) == "main^2");
  CHECK(git::revision_guess("ORIG_HAED", names) == "ORIG_HEAD");
  CHECK(git::revision_guess("v1:records", names) == "v1.0:records");
  CHECK(git::revision_guess("feature@{1}", names) == std::nullopt);  // the name exists
  CHECK(git::revision_guess("HEAD~100", names) == std::nullopt);
  CHECK(git::revision_guess("nope", names) == std::nullopt);
  CHECK(git::revision_guess("~1", names) == std::nullopt);
}
