// The digest's meetings as view rows: dates, where the meeting stands, place, delegation, every
// word in the reader's language and every name rather than an id.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "mail/digest.h"
#include "model/store.h"

namespace multilat {

// An entity's acronym, else its name, else its id when the records do not know it.
std::string entity_label(const Store& store, const Str& id, Language language);

// false when there is no meeting, so that the templates skip the table.
nlohmann::json meeting_rows(const std::vector<MailMeeting>& meetings, const Store& store,
                            Date today, Language language);

}  // namespace multilat
