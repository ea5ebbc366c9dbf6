// The session's deadline and the reply ceiling, enforced below vmime's SMTP code.
#include "mail/smtp_limits.h"

#include <fmt/format.h>
#include <vmime/platform.hpp>

#include <algorithm>
#include <utility>

#include "i18n/tr.h"

namespace multilat {

int SessionDeadline::milliseconds_left(int cap) const {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end_ - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, cap));
}

vmime::shared_ptr<vmime::net::timeoutHandler> SessionTimeoutFactory::create() {
  return vmime::make_shared<SessionTimeout>(deadline_);
}

BoundedSocket::BoundedSocket(vmime::shared_ptr<vmime::net::socket> inner, SessionDeadline deadline,
                             std::shared_ptr<std::string> tripped)
    : inner_(std::move(inner)), deadline_(deadline), tripped_(std::move(tripped)) {}

void BoundedSocket::stop(const std::string& why) const {
  *tripped_ = why;
  throw SessionLimit(why);
}

void BoundedSocket::check_deadline() const {
  if (deadline_.passed()) stop(i18n::tr("mail.smtp-timeout", fmt::arg("seconds", deadline_.seconds())));
}

void BoundedSocket::count_received(std::size_t bytes) {
  received_ += bytes;
  if (received_ > kSmtpReplyLimit) {
    stop(i18n::tr("mail.smtp-reply-too-long", fmt::arg("limit", kSmtpReplyLimit / 1024)));
  }
}

void BoundedSocket::before_send() {
  check_deadline();
  received_ = 0;  // what comes next answers this
}

void BoundedSocket::connect(const vmime::string& address, vmime::port_t port) {
  check_deadline();
  inner_->connect(address, port);
}

// vmime waits 30 s at a time by default; no wait may outlive the session.
bool BoundedSocket::waitForRead(int msecs) {
  check_deadline();
  return inner_->waitForRead(deadline_.milliseconds_left(msecs));
}

bool BoundedSocket::waitForWrite(int msecs) {
  check_deadline();
  return inner_->waitForWrite(deadline_.milliseconds_left(msecs));
}

void BoundedSocket::receive(vmime::string& buffer) {
  check_deadline();
  inner_->receive(buffer);
  count_received(buffer.size());
}

std::size_t BoundedSocket::receiveRaw(vmime::byte_t* buffer, std::size_t count) {
  check_deadline();
  std::size_t got = inner_->receiveRaw(buffer, count);
  count_received(got);
  return got;
}

void BoundedSocket::send(const vmime::string& buffer) {
  before_send();
  inner_->send(buffer);
}

void BoundedSocket::send(const char* str) {
  before_send();
  inner_->send(str);
}

void BoundedSocket::sendRaw(const vmime::byte_t* buffer, std::size_t count) {
  before_send();
  inner_->sendRaw(buffer, count);
}

std::size_t BoundedSocket::sendRawNonBlocking(const vmime::byte_t* buffer, std::size_t count) {
  before_send();
  return inner_->sendRawNonBlocking(buffer, count);
}

vmime::shared_ptr<vmime::net::socket> BoundedSocketFactory::create() {
  return vmime::make_shared<BoundedSocket>(
      vmime::platform::getHandler()->getSocketFactory()->create(), deadline_, tripped_);
}

vmime::shared_ptr<vmime::net::socket> BoundedSocketFactory::create(
    vmime::shared_ptr<vmime::net::timeoutHandler> handler) {
  return vmime::make_shared<BoundedSocket>(
      vmime::platform::getHandler()->getSocketFactory()->create(handler), deadline_, tripped_);
}

}  // namespace multilat
