// Builds the typed records from validated trees.
#pragma once

#include "load/map_reader.h"
#include "model/records.h"
#include "model/settings.h"

namespace multilat {

void bind_header(const MapReader& map, RecordHeader& header);
Organisation bind_organisation(const MapReader& map, RecordHeader header);
Entity bind_entity(const MapReader& map, RecordHeader header);
Meeting bind_meeting(const MapReader& map, RecordHeader header);
Prospect bind_prospect(const MapReader& map, RecordHeader header);
Settings bind_settings(const MapReader& map, std::string path);

// Shared by organisations' action plans and meetings' follow-up.
Task bind_task(const MapReader& map);

}  // namespace multilat
