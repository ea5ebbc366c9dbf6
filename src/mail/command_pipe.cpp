// Piping a message to /bin/sh -c COMMAND, knowing how much of it the command read.
#include "mail/command_pipe.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <string_view>
#include <utility>

#include "i18n/tr.h"
#include "util/visible_text.h"

extern char** environ;

namespace multilat {
namespace {

// A file descriptor, closed when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd& operator=(Fd&&) = delete;
  ~Fd() { close(); }
  int get() const { return fd_; }
  void close() {
    if (fd_ >= 0) ::close(std::exchange(fd_, -1));
  }

 private:
  int fd_;
};

// multilat keeps its own copy of the read end until the command has exited: a write then never
// meets a pipe without a reader (no SIGPIPE, no EPIPE, whatever the command does), and what the
// command left unread is still in the pipe to be counted. The write end does not block, so that
// a command that exits without reading cannot hang multilat on a full pipe.
struct Pipe {
  Fd read, write;
};

std::optional<Pipe> open_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return std::nullopt;
  Pipe pipe{Fd(fds[0]), Fd(fds[1])};
  ::fcntl(pipe.write.get(), F_SETFL, O_NONBLOCK);
  return pipe;
}

// /bin/sh -c COMMAND reading the pipe, with SIGPIPE at its default whatever multilat's own.
pid_t spawn_shell(const std::string& command, int stdin_fd) {
  // A parent (a cron daemon, a script) may leave SIGCHLD ignored, and then waitpid can never
  // give the command's status: every message would count as failed.
  std::signal(SIGCHLD, SIG_DFL);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, stdin_fd, STDIN_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGCHLD);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
  std::string shell = "sh", flag = "-c", text = command;
  char* argv[] = {shell.data(), flag.data(), text.data(), nullptr};
  pid_t pid = -1;
  int error = ::posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

// The command's wait status once it has exited; none when it cannot be known.
class Child {
 public:
  explicit Child(pid_t pid) : pid_(pid) {}
  bool exited() { return reap(WNOHANG); }
  std::optional<int> wait() {
    while (!reap(0)) {
    }
    return status_;
  }

 private:
  bool reap(int flags) {
    if (done_) return true;
    int status = 0;
    pid_t got = ::waitpid(pid_, &status, flags);
    if (got == pid_) status_ = status;
    done_ = got == pid_ || (got < 0 && errno != EINTR);
    return done_;
  }

  pid_t pid_;
  bool done_ = false;
  std::optional<int> status_;
};

// Writes as long as the command lives; the number of bytes written.
std::size_t feed(int fd, std::string_view bytes, Child& child) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n > 0) {
      written += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR) break;
    if (child.exited()) break;
    pollfd room{fd, POLLOUT, 0};
    ::poll(&room, 1, 50);  // short: the command may exit without ever making room
  }
  return written;
}

std::size_t left_in_pipe(int read_fd) {
  int bytes = 0;
  return ::ioctl(read_fd, FIONREAD, &bytes) == 0 && bytes > 0 ? static_cast<std::size_t>(bytes) : 0;
}

std::optional<std::string> verdict(std::optional<int> status, std::size_t read, std::size_t size,
                                   const std::string& command) {
  if (status && WIFSIGNALED(*status)) {
    return i18n::tr("mail.command-killed", fmt::arg("command", command),
                    fmt::arg("signal", WTERMSIG(*status)));
  }
  if (!status || !WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
    int code = status && WIFEXITED(*status) ? WEXITSTATUS(*status) : -1;
    return i18n::tr("mail.command-failed", fmt::arg("command", command), fmt::arg("code", code));
  }
  if (read < size) {
    return i18n::tr("mail.command-unread", fmt::arg("command", command), fmt::arg("read", read),
                    fmt::arg("size", size));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> pipe_to_command(const OutgoingMail& mail, const std::string& command) {
  std::string shown = visible_text(command);
  std::optional<Pipe> pipe = open_pipe();
  pid_t pid = pipe ? spawn_shell(command, pipe->read.get()) : -1;
  if (pid < 0) return i18n::tr("mail.command-failed-start", fmt::arg("command", shown));
  Child child(pid);
  std::size_t written = feed(pipe->write.get(), mail.bytes, child);
  pipe->write.close();  // the end of the message
  std::optional<int> status = child.wait();
  std::size_t read = written - std::min(written, left_in_pipe(pipe->read.get()));
  return verdict(status, read, mail.bytes.size(), shown);
}

}  // namespace multilat
