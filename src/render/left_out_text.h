// The records a view leaves out for an error in their file, said beside the count of what it
// shows, so that every view counts the same records and says what it did not count.
#pragma once

#include <cstddef>
#include <string>

#include "model/text.h"

namespace multilat {

// " ; 1 autre laissée de côté (voir « multilat check »)", or nothing when `left_out` is 0.
std::string left_out_text(std::size_t left_out, Language language);

}  // namespace multilat
