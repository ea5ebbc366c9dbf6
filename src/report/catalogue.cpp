#include "report/catalogue.h"

#include "report/annual.h"
#include "report/entities_matrix.h"
#include "report/meeting_brief.h"
#include "report/memberships.h"
#include "report/org_sheet.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

Json annual(const Store& store, const ReportRequest& r, const ReportContext& c) {
  return annual_report(store, r.year, c);
}

Json entities(const Store& store, const ReportRequest&, const ReportContext& c) {
  return entities_report(store, c);
}

Json meeting(const Store& store, const ReportRequest& r, const ReportContext& c) {
  return r.after ? meeting_after(store, *r.meeting, c) : meeting_brief(store, *r.meeting, c);
}

Json memberships(const Store& store, const ReportRequest&, const ReportContext& c) {
  return memberships_report(store, c);
}

Json org(const Store& store, const ReportRequest& r, const ReportContext& c) {
  return org_sheet(store, *r.organisation, c);
}

Json pipeline(const Store& store, const ReportRequest& r, const ReportContext& c) {
  return pipeline_report(store, r.pipeline, c);
}

constexpr ReportEntry kReports[] = {
    {"annual", ReportSubject::Year, annual},
    {"entities", ReportSubject::All, entities},
    {"meeting", ReportSubject::Meeting, meeting},
    {"memberships", ReportSubject::All, memberships},
    {"org", ReportSubject::Organisation, org},
    {"pipeline", ReportSubject::All, pipeline},
};

}  // namespace

std::span<const ReportEntry> all_reports() { return kReports; }

const ReportEntry* find_report(std::string_view name) {
  for (const ReportEntry& entry : kReports) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

}  // namespace multilat
