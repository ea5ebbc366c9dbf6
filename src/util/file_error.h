// What went wrong with a file, as data: util sits below the catalogue of words, so the words for
// it are chosen by the caller's language (i18n/error_text.h).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace multilat {

enum class FileProblem {
  CannotWrite,    // `reason` says why (the system's words)
  AlreadyExists,  // a write that must not replace
  IsAFolder,
  Special,        // a device, a socket, a FIFO: never replaced
  CannotRead,     // `reason` may say why
  NotRegular,     // read: something is there, but not a file
};

class FileError : public std::runtime_error {
 public:
  FileError(FileProblem problem, std::filesystem::path path, std::string reason = {})
      : std::runtime_error(path.string() + ": " + reason),
        problem_(problem),
        path_(std::move(path)),
        reason_(std::move(reason)) {}

  FileProblem problem() const { return problem_; }
  const std::filesystem::path& path() const { return path_; }
  const std::string& reason() const { return reason_; }

 private:
  FileProblem problem_;
  std::filesystem::path path_;
  std::string reason_;
};

}  // namespace multilat
