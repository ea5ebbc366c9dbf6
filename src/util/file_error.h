// What went wrong with a file, as data: util sits below the catalogue of words, so the words for
// it are chosen by the caller's language (i18n/error_text.h).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace multilat {

enum class FileProblem {
  CannotWrite,    // `cause` says why
  AlreadyExists,  // a write that must not replace
  IsAFolder,
  Special,        // a device, a socket, a FIFO: never replaced
  CannotRead,     // `cause` may say why
  NotRegular,     // read: something is there, but not a file
};

// The system's cause is kept as a code, not as its (English) text, so that the catalogue can say
// it in the run's language; what() is only a fallback for logs.
class FileError : public std::runtime_error {
 public:
  FileError(FileProblem problem, std::filesystem::path path, std::error_code cause = {})
      : std::runtime_error(path.string() + (cause ? ": " + cause.message() : std::string())),
        problem_(problem),
        path_(std::move(path)),
        cause_(cause) {}

  FileProblem problem() const { return problem_; }
  const std::filesystem::path& path() const { return path_; }
  const std::error_code& cause() const { return cause_; }

 private:
  FileProblem problem_;
  std::filesystem::path path_;
  std::error_code cause_;
};

}  // namespace multilat
