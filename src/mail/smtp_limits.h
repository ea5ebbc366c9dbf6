// Bounds on one SMTP session whatever the server does: one deadline for the whole exchange, and
// a ceiling on what the server may send in one reply.
#pragma once

#include <vmime/exception.hpp>
#include <vmime/net/socket.hpp>
#include <vmime/net/timeoutHandler.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace multilat {

// What the server may send between two things multilat sends, that is about one reply. An EHLO
// answer is a few hundred bytes and a TLS certificate chain a few KiB; a server that sends more
// is flooding. A fixed ceiling, not a setting: no honest server comes near it.
inline constexpr std::size_t kSmtpReplyLimit = 64 * 1024;

// When the session must be over: --timeout seconds after it started, however the server paces
// its bytes.
class SessionDeadline {
 public:
  using Clock = std::chrono::steady_clock;
  explicit SessionDeadline(int seconds) : SessionDeadline(Clock::now(), seconds) {}
  SessionDeadline(Clock::time_point start, int seconds)
      : end_(start + std::chrono::seconds(seconds)), seconds_(seconds) {}

  bool passed() const { return Clock::now() >= end_; }
  // Milliseconds left, 0 once passed, at most `cap`: for a wait that must not outlive the session.
  int milliseconds_left(int cap) const;
  int seconds() const { return seconds_; }

 private:
  Clock::time_point end_;
  int seconds_;
};

// What the guards throw: a vmime exception, so that vmime closes the connection on its way out,
// with a message in the run's language.
class SessionLimit : public vmime::exceptions::net_exception {
 public:
  using vmime::exceptions::net_exception::net_exception;
  vmime::exception* clone() const override { return new SessionLimit(*this); }
};

// The session's deadline as vmime's timeout handler. vmime resets its handler whenever a byte
// arrives, so a per-operation timeout lets a server that sends one byte a second hold the
// session for ever; this one never moves.
class SessionTimeout : public vmime::net::timeoutHandler {
 public:
  explicit SessionTimeout(SessionDeadline deadline) : deadline_(deadline) {}
  bool isTimeOut() override { return deadline_.passed(); }
  void resetTimeOut() override {}
  bool handleTimeOut() override { return false; }  // give up

 private:
  SessionDeadline deadline_;
};

class SessionTimeoutFactory : public vmime::net::timeoutHandlerFactory {
 public:
  explicit SessionTimeoutFactory(SessionDeadline deadline) : deadline_(deadline) {}
  vmime::shared_ptr<vmime::net::timeoutHandler> create() override;

 private:
  SessionDeadline deadline_;
};

// A socket that refuses to go on once the deadline has passed, or once the server has sent more
// than kSmtpReplyLimit bytes since multilat last sent something: vmime keeps every line of a
// reply in memory, so a flood of "220-" lines would otherwise grow without end. It sits under
// TLS, so it counts the bytes as they travel.
class BoundedSocket : public vmime::net::socket {
 public:
  // `tripped` receives the message of the guard that stopped the session: vmime's TLS layer
  // rethrows a copy of the exception as a plain vmime::exception, so its type cannot tell.
  BoundedSocket(vmime::shared_ptr<vmime::net::socket> inner, SessionDeadline deadline,
                std::shared_ptr<std::string> tripped = std::make_shared<std::string>());

  void connect(const vmime::string& address, vmime::port_t port) override;
  void disconnect() override { inner_->disconnect(); }
  bool isConnected() const override { return inner_->isConnected(); }
  bool waitForRead(int msecs) override;
  bool waitForWrite(int msecs) override;
  void receive(vmime::string& buffer) override;
  std::size_t receiveRaw(vmime::byte_t* buffer, std::size_t count) override;
  void send(const vmime::string& buffer) override;
  void send(const char* str) override;
  void sendRaw(const vmime::byte_t* buffer, std::size_t count) override;
  std::size_t sendRawNonBlocking(const vmime::byte_t* buffer, std::size_t count) override;
  std::size_t getBlockSize() const override { return inner_->getBlockSize(); }
  unsigned int getStatus() const override { return inner_->getStatus(); }
  const vmime::string getPeerName() const override { return inner_->getPeerName(); }
  const vmime::string getPeerAddress() const override { return inner_->getPeerAddress(); }
  vmime::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override {
    return inner_->getTimeoutHandler();
  }
  void setTracer(vmime::shared_ptr<vmime::net::tracer> tracer) override {
    inner_->setTracer(tracer);
  }
  vmime::shared_ptr<vmime::net::tracer> getTracer() override { return inner_->getTracer(); }

 private:
  void check_deadline() const;
  void count_received(std::size_t bytes);
  void before_send();
  [[noreturn]] void stop(const std::string& why) const;

  vmime::shared_ptr<vmime::net::socket> inner_;
  SessionDeadline deadline_;
  std::shared_ptr<std::string> tripped_;
  std::size_t received_ = 0;  // since the last send
};

// Wraps the platform's sockets (plain TCP; vmime puts TLS on top).
class BoundedSocketFactory : public vmime::net::socketFactory {
 public:
  explicit BoundedSocketFactory(SessionDeadline deadline) : deadline_(deadline) {}
  vmime::shared_ptr<vmime::net::socket> create() override;
  vmime::shared_ptr<vmime::net::socket> create(
      vmime::shared_ptr<vmime::net::timeoutHandler> handler) override;
  // Why a socket of this factory stopped the session; empty while none has.
  const std::string& tripped() const { return *tripped_; }

 private:
  SessionDeadline deadline_;
  std::shared_ptr<std::string> tripped_ = std::make_shared<std::string>();
};

}  // namespace multilat
