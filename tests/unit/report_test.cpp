// The reports' arithmetic and the template set's strict mode.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "report/contribution_lines.h"
#include "report/money.h"
#include "templates/template_set.h"

namespace multilat {
namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

}  // namespace

TEST_CASE("amounts are exact cents, written as the language writes them") {
  CHECK(parse_cents("12500000") == 1250000000);
  CHECK(parse_cents("12.5") == 1250);
  CHECK(parse_cents("0.05") == 5);
  CHECK_FALSE(parse_cents("12.345"));
  CHECK_FALSE(parse_cents("1,000"));
  CHECK_FALSE(parse_cents(""));
  CHECK(money_text(1250000000, "XPF", Language::En) == "12,500,000 XPF");
  CHECK(money_text(2000050, "EUR", Language::Fr) == "20\u202f000,50 EUR");
  CHECK(money_text(2000050, "EUR", Language::En) == "20,000.50 EUR");
  CHECK(money_text(5, "EUR", Language::En) == "0.05 EUR");
  CHECK(money_text(-105, "EUR", Language::En) == "-1.05 EUR");
  CHECK(money_text(240000000, "XPF", Language::Fr) == "2\u202f400\u202f000 XPF");
}

TEST_CASE("totals add up by currency, XPF first, and convert at the stated rates") {
  std::vector<CurrencyRate> rates = {{"EUR", "119.331742", ymd(1999, 1, 1), "IEOM"},
                                     {"AUD", "not-a-rate", ymd(2026, 1, 1), ""}};
  MoneyTotals totals;
  totals.add("EUR", 1500000);  // 15,000 EUR
  totals.add("XPF", 100000);
  totals.add("EUR", 50);
  CHECK(totals.text(Language::En) == "1,000 XPF + 15,000.50 EUR");
  CHECK_FALSE(totals.only_xpf());
  std::vector<std::string> unconverted;
  // 15,000.50 x 119.331742 = 1,790,035.80... -> 1,790,036 francs, plus 1,000.
  CHECK(totals.xpf_cents(rates, unconverted) == (1790036 + 1000) * 100LL);
  CHECK(unconverted.empty());
  CHECK(totals.rates_used(rates, Language::En) ==
        std::vector<std::string>{"1 EUR = 119.331742 XPF (rate of Fri 1 Jan 1999)"});

  MoneyTotals other;
  other.add("AUD", 100);  // its rate is not a number: no conversion, and it says so
  other.add("USD", 100);
  CHECK(other.xpf_cents(rates, unconverted) == 0);
  CHECK(unconverted == std::vector<std::string>{"AUD", "USD"});
  CHECK_FALSE(to_xpf_cents(100, "USD", rates));
  CHECK(to_xpf_cents(100, "XPF", rates) == 100);
}

TEST_CASE("the euro's fixed parity says it need not be given") {
  CHECK(rate_text(euro_parity(), Language::En) ==
        "1 EUR = 119.331742 XPF (fixed parity since Fri 1 Jan 1999: 1,000 XPF = 8.38 EUR; "
        "multilat.yaml need not give it)");
}

TEST_CASE("a total saturates instead of wrapping round") {
  MoneyTotals totals;
  totals.add("XPF", 999999999999999900);
  totals.add("XPF", 999999999999999900);
  totals.add("XPF", 999999999999999900);
  std::vector<std::string> unconverted;
  CHECK(totals.xpf_cents({}, unconverted) > 0);
}

TEST_CASE("recurring dues expand to dated lines, paid up to paid-through") {
  Organisation org;
  Contribution yearly;
  yearly.money = {"1000", "XPF"};
  yearly.due = Located<Date>{ymd(2024, 3, 31), {}};
  yearly.paid = Located<Date>{ymd(2024, 3, 20), {}};
  yearly.recurs = Cadence{12};
  yearly.paid_through = Located<Date>{ymd(2025, 3, 31), {}};
  Contribution once;
  once.money = {"50.5", "EUR"};
  once.due = Located<Date>{ymd(2025, 6, 30), {}};
  Contribution broken;  // no usable amount: left to `check`
  broken.money = {"lots", "XPF"};
  broken.due = Located<Date>{ymd(2025, 1, 1), {}};
  org.contributions = {yearly, once, broken};

  auto listed = contribution_lines(std::span(&org, 1), {std::nullopt, ymd(2026, 12, 31)});
  CHECK_FALSE(listed.cut);
  const auto& lines = listed.lines;
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].organisation == &org);
  CHECK(lines[0].due == ymd(2024, 3, 31));
  CHECK(lines[0].paid);
  CHECK(lines[0].paid_on == ymd(2024, 3, 20));
  CHECK(lines[1].due == ymd(2025, 3, 31));
  CHECK(lines[1].paid);
  CHECK_FALSE(lines[1].paid_on);
  CHECK(lines[2].due == ymd(2025, 6, 30));
  CHECK_FALSE(lines[2].paid);
  CHECK(lines[2].cents == 5050);
  CHECK(lines[3].due == ymd(2026, 3, 31));
  CHECK_FALSE(lines[3].paid);
}

TEST_CASE("a window lists the dues falling in it, and a first one paid in it") {
  Organisation org;
  Contribution late;  // the 2024 dues, paid in 2026
  late.money = {"1000", "XPF"};
  late.due = Located<Date>{ymd(2024, 3, 31), {}};
  late.paid = Located<Date>{ymd(2026, 1, 15), {}};
  late.recurs = Cadence{12};
  org.contributions = {late};
  auto listed = contribution_lines(std::span(&org, 1), {ymd(2026, 1, 1), ymd(2026, 12, 31)});
  REQUIRE(listed.lines.size() == 2);
  CHECK(listed.lines[0].due == ymd(2024, 3, 31));
  CHECK(listed.lines[0].paid_on == ymd(2026, 1, 15));
  CHECK(listed.lines[1].due == ymd(2026, 3, 31));
  CHECK_FALSE(listed.lines[1].paid);
  listed = contribution_lines(std::span(&org, 1), {ymd(2027, 1, 1), ymd(2027, 12, 31)});
  REQUIRE(listed.lines.size() == 1);
  CHECK(listed.lines[0].due == ymd(2027, 3, 31));
}

TEST_CASE("dues beyond the bound are listed from the latest back, and the cut says from when") {
  std::vector<Organisation> orgs(2);
  Contribution ancient;  // 1,000 dues since 1900 are 128,000 lines up to 2027
  ancient.money = {"1000", "XPF"};
  ancient.due = Located<Date>{ymd(1900, 1, 1), {}};
  ancient.recurs = Cadence{12};
  orgs[0].contributions.assign(600, ancient);
  orgs[1].contributions.assign(400, ancient);
  auto listed = contribution_lines(orgs, {std::nullopt, ymd(2027, 12, 31)});
  REQUIRE(listed.cut);
  // The ten years 2018 to 2027 hold 10,000; every one from the day after the last left out is kept.
  CHECK(listed.cut->at == ymd(2017, 1, 2));
  CHECK(listed.cut->left_out == 1000 * 128 - kMaxListedOccurrences);
  CHECK(listed.lines.size() == static_cast<std::size_t>(kMaxListedOccurrences));
  CHECK(listed.lines.front().due == ymd(2018, 1, 1));
  CHECK(listed.lines.back().organisation == &orgs[1]);
}

TEST_CASE("templates: empty text is falsy, and --strict names an unknown variable") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "multilat-report-template-test";
  fs::remove_all(root);
  fs::create_directories(root / "reports");
  std::ofstream(root / "reports/t.mustache") << "[{{#role}}, {{role}}{{/role}}]\n{{#rows}}{{name}} {{titel}}{{/rows}}\n";
  TemplateSet set({root});
  nlohmann::json view = {{"role", ""}, {"rows", {{{"name", "a"}}}}};
  CHECK(set.render("reports/t.mustache", view, Escaping::None) == "[]\na \n");
  try {
    set.render("reports/t.mustache", view, Escaping::None, Strictness::UnknownIsError);
    FAIL("no error");
  } catch (const TemplateError& e) {
    std::string what = e.what();
    CAPTURE(what);
    CHECK(what.find("t.mustache:2:19") != std::string::npos);
    CHECK(what.find("titel") != std::string::npos);
  }
  view["rows"][0]["titel"] = "x";
  CHECK(set.render("reports/t.mustache", view, Escaping::None, Strictness::UnknownIsError) == "[]\na x\n");
  fs::remove_all(root);
}

}  // namespace multilat
