// What `check --changed` needs to know of a record to find its neighbours without parsing it
// again: the ids it names, who a meeting sends, an organisation's acronyms. These depend on the
// file's bytes and kind only, so they are kept by blob id between runs (see facts_cache.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/record_files.h"

namespace multilat {

struct RecordFacts {
  std::vector<std::string> references;  // every id the record names, as "<kind>:<id>" (reference())
  std::vector<std::string> travellers;  // a meeting's delegates: folded name, else "entity:<id>"
  std::vector<std::string> acronyms;    // an organisation's acronyms, folded, in both languages
  bool operator==(const RecordFacts&) const = default;
};

// A reference as the facts keep it ("organisation:spc"), and back.
std::string reference(Kind target, std::string_view id);
struct ReferenceParts {
  Kind target;
  std::string_view id;
};
ReferenceParts reference_parts(std::string_view reference);

// The facts of a record file's bytes; empty when they do not parse as a record.
RecordFacts facts_of(std::string_view bytes, const RecordFile& file);

}  // namespace multilat
