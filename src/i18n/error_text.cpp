#include "i18n/error_text.h"

#include "i18n/tr.h"

namespace multilat {

std::string file_error_text(const FileError& e) {
  std::string path = e.path().string();
  auto cannot_write = [&](std::string_view why) {
    return i18n::tr("file.cannot-write", fmt::arg("path", path), fmt::arg("reason", why));
  };
  switch (e.problem()) {
    case FileProblem::CannotWrite: return cannot_write(e.reason());
    case FileProblem::AlreadyExists: return cannot_write(i18n::tr("file.already-exists"));
    case FileProblem::IsAFolder: return cannot_write(i18n::tr("file.is-a-folder"));
    case FileProblem::Special: return cannot_write(i18n::tr("file.special"));
    case FileProblem::CannotRead:
      return e.reason().empty()
                 ? i18n::tr("file.cannot-read", fmt::arg("path", path))
                 : i18n::tr("file.cannot-read-because", fmt::arg("path", path), fmt::arg("reason", e.reason()));
    case FileProblem::NotRegular: return i18n::tr("file.not-regular", fmt::arg("path", path));
  }
  return e.what();
}

std::string error_text(const std::exception& error) {
  if (const auto* file = dynamic_cast<const FileError*>(&error)) return file_error_text(*file);
  return error.what();
}

}  // namespace multilat
