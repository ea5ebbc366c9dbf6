// docs/records.md, the reference of the record format, generated from the field tables.
#pragma once

#include <string>

namespace multilat::schema {

// The whole document: an introduction, then one table per kind, per nested mapping and for the
// settings. The same tables always give the same bytes, so the file can be checked for drift.
std::string records_markdown();

}  // namespace multilat::schema
