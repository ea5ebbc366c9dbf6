#include "i18n/error_text.h"

#include <cerrno>
#include <string_view>

#include "i18n/tr.h"

namespace multilat {
namespace {

struct SystemReason {
  int error_number;
  std::string_view key;
};

// The errors a desk meets on its own disks; strerror's English stays for the others.
constexpr SystemReason kSystemReasons[] = {
    {ENOENT, "os.no-such-file"},      {EACCES, "os.permission-denied"},
    {EPERM, "os.not-permitted"},      {ENOSPC, "os.no-space"},
    {EDQUOT, "os.quota"},             {EROFS, "os.read-only"},
    {ENOTDIR, "os.not-a-directory"},  {EISDIR, "file.is-a-folder"},
    {ELOOP, "os.link-loop"},          {EEXIST, "file.already-exists"},
    {EIO, "os.input-output"},         {ENAMETOOLONG, "os.name-too-long"},
    {EPIPE, "os.broken-pipe"},        {EMFILE, "os.too-many-open"},
};

// On POSIX both categories hold errno values.
bool holds_errno(const std::error_code& cause) {
  return cause.category() == std::generic_category() || cause.category() == std::system_category();
}

// A write that finds no such file: what is missing is the folder it goes in.
std::string write_reason(const FileError& e) {
  if (e.cause() == std::errc::no_such_file_or_directory && e.path().has_parent_path()) {
    return i18n::tr("file.folder-missing", fmt::arg("folder", e.path().parent_path().string()));
  }
  return system_reason(e.cause());
}

std::string read_error_text(const FileError& e) {
  std::string path = e.path().string();
  if (!e.cause()) return i18n::tr("file.cannot-read", fmt::arg("path", path));
  return i18n::tr("file.cannot-read-because", fmt::arg("path", path),
                  fmt::arg("reason", system_reason(e.cause())));
}

}  // namespace

std::string system_reason(const std::error_code& cause) {
  if (holds_errno(cause)) {
    for (const SystemReason& known : kSystemReasons) {
      if (known.error_number == cause.value()) return i18n::tr(known.key);
    }
  }
  return cause.message();
}

std::string system_reason(int error_number) {
  return system_reason(std::error_code(error_number, std::generic_category()));
}

std::string file_error_text(const FileError& e) {
  std::string path = e.path().string();
  auto cannot_write = [&](std::string_view why) {
    return i18n::tr("file.cannot-write", fmt::arg("path", path), fmt::arg("reason", why));
  };
  switch (e.problem()) {
    case FileProblem::CannotWrite: return cannot_write(write_reason(e));
    case FileProblem::AlreadyExists: return cannot_write(i18n::tr("file.already-exists"));
    case FileProblem::IsAFolder: return cannot_write(i18n::tr("file.is-a-folder"));
    case FileProblem::Special: return cannot_write(i18n::tr("file.special"));
    case FileProblem::CannotRead: return read_error_text(e);
    case FileProblem::NotRegular: return i18n::tr("file.not-regular", fmt::arg("path", path));
  }
  return e.what();
}

std::string error_text(const std::exception& error) {
  if (const auto* file = dynamic_cast<const FileError*>(&error)) return file_error_text(*file);
  return error.what();
}

}  // namespace multilat
