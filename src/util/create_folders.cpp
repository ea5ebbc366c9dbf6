// The error code version of create_directories: its throwing version puts the cause in
// English words, which i18n/error_text cannot translate.
#include "util/create_folders.h"

#include <system_error>

#include "util/file_error.h"

namespace multilat {

void create_folders(const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw FileError(FileProblem::CannotWrite, folder, ec);
}

}  // namespace multilat
