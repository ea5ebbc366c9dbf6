// Tests of the SMTP session's bounds (deadline, reply ceiling) and of the --smtp URL check.
#include <doctest/doctest.h>

#include <string>

#include "mail/smtp_limits.h"
#include "mail/smtp_url.h"

using namespace multilat;

namespace {

// A server that always has `chunk` bytes more to say, and notes what it is sent and waited for.
class EndlessSocket : public vmime::net::socket {
 public:
  explicit EndlessSocket(std::size_t chunk) : chunk_(chunk) {}
  void connect(const vmime::string&, vmime::port_t) override {}
  void disconnect() override {}
  bool isConnected() const override { return true; }
  bool waitForRead(int msecs) override {
    last_wait = msecs;
    return true;
  }
  bool waitForWrite(int msecs) override {
    last_wait = msecs;
    return true;
  }
  void receive(vmime::string& buffer) override { buffer.assign(chunk_, 'x'); }
  std::size_t receiveRaw(vmime::byte_t*, std::size_t count) override {
    return std::min(count, chunk_);
  }
  void send(const vmime::string& buffer) override { sent += buffer; }
  void send(const char* str) override { sent += str; }
  void sendRaw(const vmime::byte_t*, std::size_t count) override { sent.append(count, 's'); }
  std::size_t sendRawNonBlocking(const vmime::byte_t*, std::size_t count) override { return count; }
  std::size_t getBlockSize() const override { return 16384; }
  unsigned int getStatus() const override { return 0; }
  const vmime::string getPeerName() const override { return "fake"; }
  const vmime::string getPeerAddress() const override { return "127.0.0.1"; }
  vmime::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override { return nullptr; }
  void setTracer(vmime::shared_ptr<vmime::net::tracer>) override {}
  vmime::shared_ptr<vmime::net::tracer> getTracer() override { return nullptr; }

  std::string sent;
  int last_wait = -1;

 private:
  std::size_t chunk_;
};

// How many receive() calls the socket allows before it throws.
int receives_allowed(BoundedSocket& socket) {
  vmime::string buffer;
  for (int count = 0; count < 10'000; ++count) {
    try {
      socket.receive(buffer);
    } catch (const SessionLimit&) {
      return count;
    }
  }
  return -1;
}

}  // namespace

TEST_CASE("BoundedSocket: a reply past 64 KiB stops the session, each send starts a new reply") {
  auto inner = vmime::make_shared<EndlessSocket>(1000);
  BoundedSocket socket(inner, SessionDeadline(30));
  CHECK(receives_allowed(socket) == static_cast<int>(kSmtpReplyLimit / 1000));
  socket.send("EHLO desk\r\n");
  CHECK(inner->sent == "EHLO desk\r\n");
  CHECK(receives_allowed(socket) == static_cast<int>(kSmtpReplyLimit / 1000));
  vmime::byte_t bytes[4096];
  socket.send("RSET\r\n");
  int raw = 0;
  auto drain = [&] {
    for (; raw < 10'000; ++raw) socket.receiveRaw(bytes, sizeof bytes);
  };
  CHECK_THROWS_AS(drain(), SessionLimit);
  CHECK(raw == static_cast<int>(kSmtpReplyLimit / 1000));
}

TEST_CASE("BoundedSocket: nothing goes or comes once the session's deadline has passed") {
  auto inner = vmime::make_shared<EndlessSocket>(1);
  SessionDeadline passed(SessionDeadline::Clock::now() - std::chrono::seconds(5), 3);
  BoundedSocket socket(inner, passed);
  vmime::string buffer;
  CHECK_THROWS_AS(socket.receive(buffer), SessionLimit);
  CHECK_THROWS_AS(socket.send("QUIT\r\n"), SessionLimit);
  CHECK_THROWS_AS(socket.connect("127.0.0.1", 25), SessionLimit);
  CHECK_THROWS_AS(socket.waitForRead(30000), SessionLimit);
  CHECK(inner->sent.empty());
  try {
    socket.receive(buffer);
  } catch (const SessionLimit& e) {
    CHECK(std::string(e.what()).find("--timeout 3") != std::string::npos);
  }
}

TEST_CASE("BoundedSocket: no wait outlives the session") {
  auto inner = vmime::make_shared<EndlessSocket>(1);
  BoundedSocket socket(inner, SessionDeadline(2));
  socket.waitForRead(30000);  // vmime's default wait
  CHECK(inner->last_wait > 0);
  CHECK(inner->last_wait <= 2000);
  socket.waitForWrite(50);
  CHECK(inner->last_wait == 50);
}

TEST_CASE("SessionTimeout: a byte arriving does not move the deadline") {
  SessionTimeout soon(SessionDeadline(SessionDeadline::Clock::now() - std::chrono::seconds(1), 0));
  CHECK(soon.isTimeOut());
  soon.resetTimeOut();  // what vmime calls whenever data arrives
  CHECK(soon.isTimeOut());
  CHECK_FALSE(soon.handleTimeOut());
  SessionTimeout later(SessionDeadline(30));
  CHECK_FALSE(later.isTimeOut());
}

TEST_CASE("smtp_url_error: smtp:// or smtps:// with a host, and no credentials") {
  for (std::string_view url : {"smtp://mail.example.org", "smtp://127.0.0.1:2525",
                               "SMTPS://mail.example.org:465/", "smtp://[::1]:25"}) {
    CAPTURE(url);
    CHECK_FALSE(smtp_url_error(url).has_value());
  }
  for (std::string_view url : {"smtp://desk:pw@mail.example.org", "smtp://desk@mail.example.org",
                               "desk:pw@mail.example.org", "smtps://a:b@c:465/x"}) {
    CAPTURE(url);
    CHECK(smtp_url_error(url) == SmtpUrlError::HasCredentials);
  }
  for (std::string_view url : {"", "mail.example.org", "imap://mail.example.org", "smtp://",
                               "smtp://:25", "http://mail.example.org/a@b"}) {
    CAPTURE(url);
    CHECK(smtp_url_error(url) == SmtpUrlError::NotSmtp);
  }
}
