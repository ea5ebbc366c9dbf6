#include "cli/standard_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <iostream>
#include <string>

#include "i18n/error_text.h"
#include "i18n/tr.h"

namespace multilat::cli {

void open_closed_standard_streams() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    // open() returns the lowest free descriptor, which is this one.
    if (::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) != fd) return;
  }
}

int finish_standard_output(int exit_code) {
  // A write may fail long before the end (when a buffer filled up), at the last flush, or on
  // some file systems only at close: look at all three. errno is only meaningful right after the
  // call that failed, so each step keeps the first reason it sees.
  errno = 0;
  std::cout.flush();
  std::fflush(stdout);
  int error = errno;
  bool failed = !std::cout.good() || std::ferror(stdout) != 0;
  if (std::fclose(stdout) != 0) {
    failed = true;
    if (error == 0) error = errno;
  }
  if (!failed) return exit_code;
  // When the write failed before this function, its reason is gone: say nothing rather than guess.
  std::string message =
      error != 0 ? i18n::tr("file.cannot-write-stdout", fmt::arg("reason", system_reason(error)))
                 : i18n::tr("file.cannot-write-stdout-unknown");
  std::cerr << "multilat: " << message << '\n';
  return 2;
}

}  // namespace multilat::cli
