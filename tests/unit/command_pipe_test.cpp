// Tests of handing a message to a sendmail-like command: what it did not read is not sent.
#include <doctest/doctest.h>

#include <csignal>
#include <string>

#include "in_english.h"
#include "mail/command_pipe.h"

using namespace multilat;
using multilat::testing::InEnglish;

namespace {

OutgoingMail mail_of(std::size_t size) {
  return {"desk", {"desk@example.org"}, "m@example.org", std::string(size, 'x')};
}

std::string error_of(std::size_t size, const std::string& command) {
  return pipe_to_command(mail_of(size), command).value_or("sent");
}

}  // namespace

TEST_CASE_FIXTURE(InEnglish, "pipe_to_command: read whole and exit 0 is sent, nothing less") {
  CHECK(error_of(300'000, "cat >/dev/null") == "sent");
  // Exits at once: larger than a pipe's buffer, and small enough to fit in it.
  CHECK(error_of(300'000, "exit 0") ==
        "'exit 0' did not read the whole message (0 of 300000 bytes)");
  CHECK(error_of(100, "exit 0") == "'exit 0' did not read the whole message (0 of 100 bytes)");
  CHECK(error_of(300'000, "head -c 10 >/dev/null") ==
        "'head -c 10 >/dev/null' did not read the whole message (10 of 300000 bytes)");
  CHECK(error_of(10, "cat >/dev/null; exit 3") == "'cat >/dev/null; exit 3' failed (exit 3)");
  CHECK(error_of(10, "kill -TERM $$") == "'kill -TERM $$' was killed by signal 15");
}

// SIGPIPE's bit in /proc/PID/status's SigIgn mask, tested by the shell that runs the command.
constexpr const char* kSigpipeAtDefault =
    "test $(( 0x$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status) & 0x1000 )) -eq 0 && "
    "cat >/dev/null";

TEST_CASE("pipe_to_command: multilat survives a command that stops reading, SIGPIPE or not") {
  // Were the write to meet a closed pipe, the default SIGPIPE would end this test program.
  CHECK(pipe_to_command(mail_of(1 << 20), "exit 0").has_value());
  CHECK(error_of(10, kSigpipeAtDefault) == "sent");
  std::signal(SIGPIPE, SIG_IGN);  // the command still gets SIGPIPE at its default
  CHECK(error_of(10, kSigpipeAtDefault) == "sent");
  std::signal(SIGPIPE, SIG_DFL);
}
