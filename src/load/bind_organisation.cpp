// Binding of organisation records.
#include "load/bind.h"

namespace multilat {
namespace {

Body bind_body(const MapReader& map) {
  Body body;
  body.id = map.located("id");
  body.name = map.text("name");
  body.cadence = map.cadence("cadence");
  if (auto month = map.integer("month")) body.month = static_cast<int>(*month);
  return body;
}

Contribution bind_contribution(const MapReader& map) {
  return Contribution{map.text("what"),        Money{map.string("amount"), map.string("currency"), map.located("amount").loc},
                      map.date("due"),         map.date("paid"),
                      map.id("owner"),         map.cadence("recurs"),
                      map.date("paid-through")};
}

Strategy bind_strategy(const MapReader& map) {
  return Strategy{map.text("title"),      map.string("period"), map.date("input-due"),
                  map.date("input-sent"), map.id("owner"),      map.string("link")};
}

}  // namespace

void bind_header(const MapReader& map, RecordHeader& header) {
  header.example = map.boolean("example");
  header.tags = map.strings("tags");
  header.notes = map.text("notes");
  header.silenced = map.ids("silence");
}

Task bind_task(const MapReader& map) {
  Task task{map.text("what"), map.id("owner"), map.date("due"), map.string("status"), map.loc()};
  if (task.status.empty()) task.status = "open";
  return task;
}

Organisation bind_organisation(const MapReader& map, RecordHeader header) {
  Organisation org;
  org.header = std::move(header);
  org.name = map.text("name");
  org.acronym = map.text("acronym");
  org.type = map.string("type");
  org.crop = map.boolean("crop");
  org.headquarters = map.string("headquarters");
  org.website = map.string("website");
  org.nc_status = map.located("nc-status");
  org.nc_since = map.date("nc-since");
  map.each("nc-history", [&](const MapReader& item) {
    org.nc_history.push_back({item.string("status"), item.date("since")});
  });
  org.focal_point = map.id("focal-point");
  org.involved = map.ids("involved");
  map.each("bodies", [&](const MapReader& item) { org.bodies.push_back(bind_body(item)); });
  map.each("contributions",
           [&](const MapReader& item) { org.contributions.push_back(bind_contribution(item)); });
  map.each("strategies",
           [&](const MapReader& item) { org.strategies.push_back(bind_strategy(item)); });
  map.each("actions", [&](const MapReader& item) { org.actions.push_back(bind_task(item)); });
  map.each("contacts", [&](const MapReader& item) {
    org.contacts.push_back(
        {item.string("name"), item.string("role"), item.string("email"), item.string("phone")});
  });
  return org;
}

}  // namespace multilat
