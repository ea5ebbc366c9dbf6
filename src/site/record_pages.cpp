// Builds the record pages from the report builders and the site's own entity and prospect views.
#include "site/record_pages.h"

#include <array>
#include <mutex>

#include "i18n/catalogue.h"
#include "i18n/tr.h"
#include "report/meeting_brief.h"
#include "report/org_sheet.h"
#include "report/report_view.h"
#include "site/record_views.h"
#include "site/site_paths.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

// A meeting's brief reads only the meeting's own deadlines: giving it those alone keeps the
// site linear in the records rather than scanning every deadline once per meeting.
ReportContext meeting_context(const SiteInputs& in, const Meeting& m) {
  ReportContext c{in.language, in.today, {}, &in.index.previous, false, &in.index.prospects};
  for (const Deadline* d : list_of(in.index.deadlines_of_record, m.header.id.view())) c.deadlines.push_back(*d);
  return c;
}

SitePage org_page(const SiteInputs& in, const Organisation& org) {
  ReportContext c{in.language, in.today, {}, nullptr, false};
  Json view = org_sheet(in.store, org, c);
  return {record_page(Kind::Organisation, org.header.id), "site/org.html.mustache",
          organisation_name(in.store, org.header.id, in.language), std::move(view)};
}

SitePage meeting_page(const SiteInputs& in, const Meeting& m) {
  ReportContext c = meeting_context(in, m);
  bool after = !not_yet_started(m, in.today);
  Json view = after ? meeting_after(in.store, m, c) : meeting_brief(in.store, m, c);
  view["after"] = after;
  return {record_page(Kind::Meeting, m.header.id),
          after ? "site/after.html.mustache" : "site/meeting.html.mustache",
          text_of(m.title, in.language), std::move(view)};
}

template <class Record, class Build>
void add_jobs(const SiteInputs& in, const std::vector<Record>& records, Kind kind, Build build,
              std::vector<PageJob>& jobs) {
  for (const Record& r : records) {
    if (record_page(kind, r.header.id).empty()) continue;
    jobs.push_back([&in, &r, build] { return build(in, r); });
  }
}

}  // namespace

void add_record_jobs(const SiteInputs& in, std::vector<PageJob>& jobs) {
  add_jobs(in, in.store.organisations, Kind::Organisation, org_page, jobs);
  add_jobs(in, in.store.entities, Kind::Entity, entity_page, jobs);
  add_jobs(in, in.store.meetings, Kind::Meeting, meeting_page, jobs);
  add_jobs(in, in.store.prospects, Kind::Prospect, prospect_page, jobs);
}

std::string record_title(const Store& store, RecordRef ref, Language language) {
  switch (ref.kind) {
    case Kind::Organisation:
      return organisation_name(store, store.organisations[ref.index].header.id, language);
    case Kind::Entity:
      return entity_name(store, store.entities[ref.index].header.id, language);
    case Kind::Meeting:
      return text_of(store.meetings[ref.index].title, language);
    case Kind::Prospect:
      return text_of(store.prospects[ref.index].title, language);
  }
  return "";
}

const Json& site_labels(Language language) {
  static std::once_flag once[2];
  static std::array<Json, 2> labels;
  int slot = language == Language::Fr ? 0 : 1;
  std::call_once(once[slot], [&] {
    // Every site.NAME of the catalogue, so that a word a template gains needs no list here;
    // site.kind.* and the plural forms, two levels down, are looked up where they are used.
    constexpr std::string_view kPrefix = "site.";
    Json words = Json::object();
    for (const i18n::Message& message : i18n::catalogue(language)) {
      std::string_view key(message.key);
      if (!key.starts_with(kPrefix) || key.find('.', kPrefix.size()) != std::string_view::npos) continue;
      std::string name(key.substr(kPrefix.size()));
      for (char& ch : name) ch = ch == '-' ? '_' : ch;
      words[name] = std::string(i18n::text(language, key));
    }
    labels[slot] = std::move(words);
  });
  return labels[slot];
}

}  // namespace multilat::site
