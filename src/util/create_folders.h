// Making the folders a file goes in, failures said as data (util/file_error.h), never in the
// English text std::filesystem gives its exceptions.
#pragma once

#include <filesystem>

namespace multilat {

// Creates `folder` and the folders above it that are missing; nothing when all exist. Throws a
// FileError (CannotWrite, with the system's cause) when one cannot be made.
void create_folders(const std::filesystem::path& folder);

}  // namespace multilat
