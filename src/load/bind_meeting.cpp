// Binding of meeting records.
#include "load/bind.h"

namespace multilat {
namespace {

std::optional<MissionReport> bind_report(const MapReader& map) {
  const yaml::Node* node = map.get("report");
  if (!node || !node->is_map()) return std::nullopt;
  MapReader report(*node);
  return MissionReport{report.date("due"), report.date("done"), report.id("owner"),
                       report.string("link")};
}

}  // namespace

Meeting bind_meeting(const MapReader& map, RecordHeader header) {
  Meeting m;
  m.header = std::move(header);
  m.title = map.text("title");
  m.organisation = map.located("organisation");
  m.body = map.id("body");
  m.type = map.string("type");
  m.start = map.date("start");
  m.end = map.date("end");
  m.location = map.string("location");
  m.is_virtual = map.boolean("virtual");
  m.status = map.located("status");
  map.each("delegation", [&](const MapReader& item) {
    m.delegation.push_back({item.string("person"), item.located("entity"), item.string("role")});
  });
  map.each("deadlines", [&](const MapReader& item) {
    m.deadlines.push_back({item.text("what"), item.string("type"), item.date("due"),
                           item.id("owner"), item.date("done"), item.integers("lead-days")});
  });
  map.each("agenda", [&](const MapReader& item) {
    m.agenda.push_back({item.text("item"), item.text("position"), item.id("lead")});
  });
  m.outcomes = map.texts("outcomes");
  map.each("follow-up", [&](const MapReader& item) { m.follow_up.push_back(bind_task(item)); });
  m.report = bind_report(map);
  m.prospects = map.ids("prospects");
  return m;
}

}  // namespace multilat
