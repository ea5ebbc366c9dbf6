// SMTP delivery with vmime: one bounded session, TLS before any password, one message at a time.
#include "mail/smtp_send.h"

#include <fmt/format.h>
#include <vmime/net/smtp/SMTPExceptions.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>
#include <vmime/security/sasl/defaultSASLAuthenticator.hpp>
#include <vmime/vmime.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "i18n/tr.h"
#include "mail/message.h"
#include "mail/smtp_limits.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Mechanisms = std::vector<vmime::shared_ptr<vmime::security::sasl::SASLMechanism>>;

// Gives the user and password out only over an encrypted connection. vmime is told to require
// TLS whenever there is a user; this is the second lock, where the password leaves multilat:
// with no acceptable mechanism, not even the AUTH command is sent.
class TlsOnlyLogin : public vmime::security::sasl::defaultSASLAuthenticator {
 public:
  TlsOnlyLogin(std::string user, std::string password)
      : user_(std::move(user)), password_(std::move(password)) {}

  const Mechanisms getAcceptableMechanisms(
      const Mechanisms& available,
      vmime::shared_ptr<vmime::security::sasl::SASLMechanism> suggested) const override {
    if (!encrypted()) return {};
    return defaultSASLAuthenticator::getAcceptableMechanisms(available, suggested);
  }
  const vmime::string getUsername() const override { return given_over_tls(user_); }
  const vmime::string getPassword() const override { return given_over_tls(password_); }

 private:
  bool encrypted() const {
    vmime::shared_ptr<vmime::net::service> service = getService().lock();
    return service && service->isSecuredConnection();
  }
  const std::string& given_over_tls(const std::string& secret) const {
    if (!encrypted())
      throw vmime::exceptions::authentication_error(i18n::tr("mail.smtp-login-in-clear"));
    return secret;
  }

  std::string user_, password_;
};

// vmime does not read the system's CA store: each PEM block of the bundle is imported.
std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> certificates(
    const std::string& file) {
  std::ifstream in(file);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string pem = buffer.str();
  std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> out;
  const std::string begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----";
  for (std::size_t at = pem.find(begin); at != std::string::npos; at = pem.find(begin, at)) {
    std::size_t stop = pem.find(end, at);
    if (stop == std::string::npos) break;
    stop += end.size();
    std::string block = pem.substr(at, stop - at);
    auto cert = vmime::security::cert::X509Certificate::import(
        reinterpret_cast<const vmime::byte_t*>(block.data()), block.size());
    if (cert) out.push_back(cert);
    at = stop;
  }
  return out;
}

vmime::shared_ptr<vmime::net::transport> connect(
    const SmtpOptions& o, const SessionDeadline& deadline,
    const vmime::shared_ptr<BoundedSocketFactory>& sockets) {
  bool login = !o.user.empty();
  auto session = vmime::net::session::create();
  auto transport = session->getTransport(vmime::utility::url(o.url),
                                         vmime::make_shared<TlsOnlyLogin>(o.user, o.password));
  transport->setProperty("connection.tls", true);  // STARTTLS when the server offers it
  // A password never crosses the network in clear: with a user, no TLS means no session.
  transport->setProperty("connection.tls.required", o.require_tls || login);
  transport->setProperty("options.need-authentication", login);
  auto verifier = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
  verifier->setX509RootCAs(certificates(o.ca_file));
  transport->setCertificateVerifier(verifier);
  transport->setTimeoutHandlerFactory(vmime::make_shared<SessionTimeoutFactory>(deadline));
  transport->setSocketFactory(sockets);
  transport->connect();
  return transport;
}

// The server's reply as it sent it, "550 5.1.1 no such user", on one line and never raw.
std::string server_reply(const vmime::exceptions::command_error& refused) {
  std::string reply = refused.response();
  std::replace(reply.begin(), reply.end(), '\n', ' ');
  auto smtp = dynamic_cast<const vmime::net::smtp::SMTPCommandError*>(&refused);
  if (smtp && smtp->statusCode() > 0) reply = fmt::format("{} {}", smtp->statusCode(), reply);
  return visible_text(reply);
}

// What went wrong, in words the reader can act on: an administrator needs the command and the
// server's own reply. The server's words are shown, never written raw.
std::string detail(const vmime::exception& e, const SessionDeadline& deadline) {
  if (deadline.passed()) {
    return i18n::tr("mail.smtp-timeout", fmt::arg("seconds", deadline.seconds()));
  }
  if (auto refused = dynamic_cast<const vmime::exceptions::command_error*>(&e)) {
    return i18n::tr("mail.smtp-refused", fmt::arg("command", visible_text(refused->command())),
                    fmt::arg("reply", server_reply(*refused)));
  }
  return visible_text(e.what());
}

// vmime asks for STARTTLS whatever the server offers, and gives up only when TLS is required:
// by --require-tls, or by a user whose password must not travel in clear.
std::string no_starttls(const SmtpOptions& o) {
  return i18n::tr(o.user.empty() ? "mail.smtp-no-starttls" : "mail.smtp-no-tls-login",
                  fmt::arg("url", visible_text(o.url)));
}

// Once the server has answered, it was reached: only a failure before says "cannot reach".
std::string connect_error(const vmime::exception& e, const SmtpOptions& o,
                          const SessionDeadline& deadline) {
  auto refused = dynamic_cast<const vmime::exceptions::command_error*>(&e);
  if (refused && refused->command() == "STARTTLS" && !deadline.passed()) return no_starttls(o);
  std::string_view key = refused ? "mail.smtp-session-refused" : "mail.smtp-connect-failed";
  return i18n::tr(key, fmt::arg("url", visible_text(o.url)),
                  fmt::arg("detail", detail(e, deadline)));
}

}  // namespace

std::vector<std::string> send_smtp(const std::vector<OutgoingMail>& mails,
                                   const SmtpOptions& options) {
  vmime::platform::setHandler<vmime::platforms::posix::posixHandler>();
  set_generation_defaults();  // the transport writes each message again from its parsed bytes
  SessionDeadline deadline(options.timeout_seconds);
  std::vector<std::string> errors(mails.size());
  vmime::shared_ptr<vmime::net::transport> transport;
  auto sockets = vmime::make_shared<BoundedSocketFactory>(deadline);
  try {
    transport = connect(options, deadline, sockets);
  } catch (const vmime::exception& e) {
    throw std::runtime_error(connect_error(e, options, deadline));
  }
  for (std::size_t i = 0; i < mails.size(); ++i) {
    try {
      auto message = vmime::make_shared<vmime::message>();
      message->parse(mails[i].bytes);
      transport->send(message);
    } catch (const vmime::exception& e) {
      errors[i] = detail(e, deadline);
      // The server is flooding or the time is up: the messages left would fare no better. Asked
      // of the sockets, since under TLS the exception arrives as a copy of another type.
      if (!sockets->tripped().empty()) {
        std::fill(errors.begin() + static_cast<std::ptrdiff_t>(i), errors.end(), sockets->tripped());
        break;
      }
    }
  }
  try {
    transport->disconnect();
  } catch (const vmime::exception&) {
    // The messages are sent or not already; a failed goodbye changes nothing.
  }
  return errors;
}

}  // namespace multilat
