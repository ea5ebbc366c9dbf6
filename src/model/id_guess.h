// The id a person most likely meant by a word that is no record's id: the organisation whose
// acronym it is, in either language (cps for spc), else the closest id. check's references,
// the command options that take ids and `show` guess the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/kind.h"
#include "model/store.h"

namespace multilat {

// Among the records of `kind`.
std::optional<std::string> guess_id(const Store& store, Kind kind, std::string_view word);
// Among the records of every kind, for a command that takes any record's id.
std::optional<std::string> guess_any_id(const Store& store, std::string_view word);

}  // namespace multilat
