// Atomic writes: a temporary file in the target's folder, fsync, then a single rename.
#include "util/atomic_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <cstdio>  // renameat2 and RENAME_NOREPLACE (glibc)
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "util/file_error.h"

namespace multilat {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& path, FileProblem problem) { throw FileError(problem, path); }

[[noreturn]] void fail_errno(const fs::path& path, int error) {
  throw FileError(FileProblem::CannotWrite, path, std::error_code(error, std::generic_category()));
}

void write_fully(int fd, std::string_view content, const fs::path& target) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) fail_errno(target, errno);
    content.remove_prefix(static_cast<size_t>(written));
  }
}

// A device or a pipe is written through its node, which stays what it is: renaming a file onto
// /dev/null would turn it into a plain file for the whole system. Appending, because behind
// /dev/stdout may be a file the shell opened with `>>`, whose start must not be overwritten.
void write_in_place(const fs::path& path, std::string_view content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) fail_errno(path, errno);
  try {
    write_fully(fd, content, path);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) fail_errno(path, errno);
}

// Same folder as the target, so that the final rename never crosses file systems.
fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

// A fresh name for a temporary file; O_EXCL, not the name, is what makes its creation safe.
std::string temporary_name(const fs::path& target) {
  thread_local std::mt19937_64 random{std::random_device{}()};
  // Hidden, so that a record walk skips it should a crash leave it behind.
  return (folder_of(target) / fmt::format(".{}.tmp-{:012x}", target.filename().string(),
                                          random() & 0xffffffffffffULL))
      .string();
}

// A freshly made temporary file; removed again unless it has been renamed into place.
class TempFile {
 public:
  // Made with open(2) rather than mkstemp, which always makes 0600: a new file is made 0666 for
  // the kernel to apply the umask, since a process cannot read its umask without setting it for
  // every thread at once. A file that replaces another is made private, then given its mode.
  TempFile(const fs::path& target, mode_t create_mode) : target_(target) {
    for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
      std::string name = temporary_name(target);
      fd_ = ::open(name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, create_mode);
      if (fd_ >= 0) path_ = std::move(name);
      else if (errno != EEXIST) fail_errno(target, errno);
    }
    if (fd_ < 0) fail_errno(target, EEXIST);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }

  void write_all(std::string_view content) { write_fully(fd_, content, target_); }

  // A file it replaces keeps its mode.
  void set_mode(mode_t mode) {
    if (::fchmod(fd_, mode) != 0) fail_errno(target_, errno);
  }

  void close_file(Durability durability) {
    if (durability == Durability::Synced && ::fsync(fd_) != 0) fail_errno(target_, errno);
    int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) fail_errno(target_, errno);
  }

  const std::string& path() const { return path_; }
  void forget() { path_.clear(); }  // it has become the target

 private:
  fs::path target_;
  std::string path_;
  int fd_ = -1;
};

// Renames `from` onto `to` without ever replacing a file that exists. Returns true when `from`
// is gone, false when it was linked instead and still has to be removed.
bool rename_new(const fs::path& from, const fs::path& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
  int error = errno;
  if (error == EEXIST) fail(to, FileProblem::AlreadyExists);
  if (error != EINVAL && error != ENOSYS) fail_errno(to, error);
  // The file system cannot rename without replacing; a hard link refuses an existing name too.
  if (::link(from.c_str(), to.c_str()) == 0) return false;
  error = errno;
  if (error == EEXIST) fail(to, FileProblem::AlreadyExists);
  fail_errno(to, error);
}

// Moves the temporary file onto `path`; a temporary name left by a link is removed by ~TempFile.
void install_new(TempFile& temp, const fs::path& path) {
  if (rename_new(temp.path(), path)) temp.forget();
}

// Makes the rename itself durable; a folder that cannot be synced is no reason to fail.
void sync_folder(const fs::path& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

bool writes_in_place(const fs::path& path) {
  // /dev/stdout may lead to the regular file the shell redirected to, and /proc/self/fd/1 too:
  // renaming onto either would replace the system's link, not write the output. A plain file
  // there (in /dev/shm) is a file like any other, replaced only with --force.
  std::error_code ec;
  std::string absolute = fs::absolute(path, ec).lexically_normal().string();
  bool system_folder = absolute.rfind("/dev/", 0) == 0 || absolute.rfind("/proc/", 0) == 0;
  if (!ec && system_folder && fs::is_symlink(fs::symlink_status(path, ec))) return true;
  struct stat existing {};
  return ::stat(path.c_str(), &existing) == 0 &&
         (S_ISCHR(existing.st_mode) || S_ISFIFO(existing.st_mode));
}

void write_output_file(const fs::path& path, std::string_view content, bool overwrite) {
  if (writes_in_place(path)) return write_in_place(path, content);
  write_file_atomically(path, content, overwrite);
}

void write_file_atomically(const fs::path& path, std::string_view content, bool overwrite,
                           Durability durability) {
  struct stat existing {};
  bool replacing = ::stat(path.c_str(), &existing) == 0;
  if (replacing) {
    if (S_ISDIR(existing.st_mode)) fail(path, FileProblem::IsAFolder);
    if (!S_ISREG(existing.st_mode)) fail(path, FileProblem::Special);
  }
  TempFile temp(path, replacing ? 0600 : 0666);
  temp.write_all(content);
  // The mode of the file it replaces, as that file is now.
  if (replacing && ::stat(path.c_str(), &existing) == 0) temp.set_mode(existing.st_mode & 07777);
  temp.close_file(durability);
  if (!overwrite) {
    install_new(temp, path);
  } else if (::rename(temp.path().c_str(), path.c_str()) == 0) {
    temp.forget();
  } else {
    fail_errno(path, errno);
  }
  if (durability == Durability::Synced) sync_folder(folder_of(path));
}

void move_file(const fs::path& from, const fs::path& to, bool overwrite) {
  if (overwrite) {
    if (::rename(from.c_str(), to.c_str()) != 0) fail_errno(to, errno);
  } else if (!rename_new(from, to) && ::unlink(from.c_str()) != 0) {
    fail_errno(from, errno);
  }
  sync_folder(folder_of(to));
}

std::optional<std::string> read_file_if_exists(const fs::path& path) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) return std::nullopt;
  if (ec) {
    throw FileError(FileProblem::CannotRead, path, ec);
  }
  if (!fs::is_regular_file(status)) {
    throw FileError(FileProblem::NotRegular, path);
  }
  // Read in place, into a string of the expected size: copying stream to stream, or growing the
  // string as it fills, costs more than the read itself. The loop still reads a file that grew.
  std::ifstream in(path, std::ios::binary);
  std::uintmax_t size = fs::file_size(path, ec);
  std::string bytes(ec ? 4096 : static_cast<std::size_t>(size) + 1, '\0');
  std::size_t filled = 0;
  while (in) {
    if (filled == bytes.size()) bytes.resize(bytes.size() * 2);
    in.read(bytes.data() + filled, static_cast<std::streamsize>(bytes.size() - filled));
    filled += static_cast<std::size_t>(in.gcount());
  }
  bytes.resize(filled);
  if (in.bad() || !in.eof()) {
    throw FileError(FileProblem::CannotRead, path);
  }
  return bytes;
}

FileMatch compare_file(const fs::path& path, std::string_view content) {
  // Not blocking: a FIFO where a file was must be refused, not waited on.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0 && (errno == ENOENT || errno == ENOTDIR)) return FileMatch::Missing;  // as fs::status says
  if (fd < 0) throw FileError(FileProblem::CannotRead, path, std::error_code(errno, std::generic_category()));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) fail(path, FileProblem::CannotRead);
  if (!S_ISREG(info.st_mode)) fail(path, FileProblem::NotRegular);
  if (static_cast<std::uintmax_t>(info.st_size) != content.size()) return FileMatch::Different;
  char piece[65536];
  while (true) {
    ssize_t got = ::read(fd, piece, sizeof piece);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw FileError(FileProblem::CannotRead, path, std::error_code(errno, std::generic_category()));
    if (got == 0) return content.empty() ? FileMatch::Same : FileMatch::Different;  // shorter than it said
    auto size = static_cast<std::size_t>(got);
    if (size > content.size() || std::memcmp(piece, content.data(), size) != 0) return FileMatch::Different;
    content.remove_prefix(size);
  }
}

}  // namespace multilat
