// The names and words every report shows the same way.
#include "report/report_view.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "i18n/catalogue.h"
#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "util/visible_text.h"

namespace multilat {

using Json = nlohmann::json;

std::string text_of(const Text& text, Language language) {
  // A block text's lines are joined: every report shows a text within a line or a table cell.
  std::string out = visible_text_keeping_lines(text.in(language));
  while (!out.empty() && out.back() == '\n') out.pop_back();
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

std::string organisation_name(const Store& store, std::string_view id, Language language) {
  const Organisation* org = store.organisation(id);
  if (!org) return visible_text(id);
  std::string name = text_of(org->name, language);
  if (org->acronym.empty()) return name;
  return fmt::format("{} ({})", name, text_of(org->acronym, language));
}

std::string organisation_short(const Store& store, std::string_view id, Language language) {
  const Organisation* org = store.organisation(id);
  if (!org) return visible_text(id);
  return text_of(org->acronym.empty() ? org->name : org->acronym, language);
}

std::string entity_name(const Store& store, std::string_view id, Language language) {
  const Entity* entity = store.entity(id);
  if (!entity) return visible_text(id);
  return text_of(entity->acronym.empty() ? entity->name : entity->acronym, language);
}

std::string meeting_dates(const Meeting& m, Language language) {
  if (!m.start) return "";
  Date last = std::max(*m.last_day(), m.start->value);
  if (last == m.start->value) return full_date(last, language);
  PeriodEnds ends = period_ends(m.start->value, last, language);
  return i18n::tr_in(language, "report.from-to", fmt::arg("from", ends.from), fmt::arg("to", ends.to));
}

std::string body_name(const Store& store, const Meeting& m, Language language) {
  const Organisation* org = store.organisation(m.organisation.value);
  if (!org || !m.body) return m.body ? visible_text(m.body->value) : "";
  for (const Body& body : org->bodies) {
    if (body.id.value == m.body->value) return text_of(body.name, language);
  }
  return visible_text(m.body->value);
}

std::string delegation_summary(const Store& store, const Meeting& m, Language language) {
  std::string out;
  for (const Delegate& d : m.delegation) {
    std::string who = d.person.empty() ? i18n::tr_in(language, "report.no-person") : visible_text(d.person);
    std::string detail = entity_name(store, d.entity.value, language);
    if (!d.role.empty()) {
      detail += ", " + i18n::tr_in(language, fmt::format("report.role.{}", d.role));
    }
    if (!out.empty()) out += i18n::tr_in(language, "report.list-separator");
    out += fmt::format("{} ({})", who, detail);
  }
  return out;
}

Json task_json(const Store& store, const Task& t, Language language, Date today) {
  bool late = t.status == "open" && t.due && t.due->value < today;
  return {{"what", text_of(t.what, language)},
          {"owner", t.owner ? entity_name(store, t.owner->value, language) : ""},
          {"owner_id", t.owner ? visible_text(t.owner->value) : ""},
          {"due", t.due ? long_date(t.due->value, language) : ""},
          {"state", i18n::tr_in(language, fmt::format("report.task.{}", late ? "late" : t.status.str()))},
          {"late", late}};
}

Json xpf_whole(const MoneyTotals& totals, const std::vector<CurrencyRate>& rates, Language language) {
  std::vector<std::string> unconverted;
  long long xpf = totals.xpf_cents(rates, unconverted);
  // The XPF figure is always printed, so that the note on what it leaves out speaks of a total
  // the reader sees.
  Json out = {{"total", totals.empty() ? Json(false) : Json(money_text(xpf, "XPF", language))},
              {"rates", Json(totals.rates_used(rates, language))},
              {"missing", false}};
  if (!unconverted.empty()) {
    out["missing"] = i18n::tr_in(language, "report.missing-rates",
                                 fmt::arg("currencies", fmt::format("{}", fmt::join(unconverted, ", "))));
  }
  return out;
}

namespace {

struct LabelWords {
  std::string word, colon;
};

// Each label looked up and formatted once per thread and language: the site draws up thousands
// of reports, each asking for the same forty labels.
const LabelWords& label_words(Language language, std::string_view key) {
  thread_local std::map<std::string, LabelWords, std::less<>> cache[2];
  auto& words = cache[language == Language::Fr ? 0 : 1];
  auto found = words.find(key);
  if (found != words.end()) return found->second;
  std::string word = i18n::tr_in(language, fmt::format("report.label.{}", key));
  std::string colon = i18n::tr_in(language, "mail.colon", fmt::arg("label", word));
  return words.emplace(std::string(key), LabelWords{std::move(word), std::move(colon)}).first->second;
}

}  // namespace

Json report_labels(Language language, std::initializer_list<std::string_view> keys) {
  Json labels = Json::object();
  for (std::string_view key : keys) {
    const LabelWords& words = label_words(language, key);
    labels[fmt::format("{}_colon", key)] = words.colon;
    labels[std::string(key)] = words.word;
  }
  return labels;
}

Json report_labels(const ReportContext& c, std::initializer_list<std::string_view> keys) {
  return c.labels ? report_labels(c.language, keys) : Json::object();
}

Json all_report_labels(Language language) {
  constexpr std::string_view kPrefix = "report.label.";
  Json labels = Json::object();
  for (const i18n::Message& message : i18n::catalogue(language)) {
    std::string_view key(message.key);
    if (!key.starts_with(kPrefix)) continue;
    key.remove_prefix(kPrefix.size());
    const LabelWords& words = label_words(language, key);
    labels[fmt::format("{}_colon", key)] = words.colon;
    labels[std::string(key)] = words.word;
  }
  return labels;
}

Json report_frame(Language language, std::string_view report, const std::string& subject,
                  Date today, const Settings& settings) {
  Json view;
  view["language"] = language_code(language);
  view["report"] = i18n::tr_in(language, fmt::format("report.{}.title", report));
  view["heading"] = subject.empty() ? view["report"].get<std::string>()
                                    : i18n::tr_in(language, "report.heading",
                                                  fmt::arg("report", view["report"].get<std::string>()),
                                                  fmt::arg("title", subject));
  view["as_of"] = i18n::tr_in(language, "report.as-of", fmt::arg("date", full_date(today, language)));
  // The running header and footer of a printed page; the marking is settings text, as
  // untrusted as a record's, so it is made visible and escaped like one.
  view["print"] = {{"marking", visible_text(settings.report_marking)},
                   {"drawn_up", long_date(today, language)},
                   {"page", i18n::tr_in(language, "report.print.page")},
                   {"of", i18n::tr_in(language, "report.print.of")}};
  return view;
}

}  // namespace multilat
