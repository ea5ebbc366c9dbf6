// Delivering digests: stdout, .eml files, a command's standard input, or SMTP with vmime.
#include "mail/delivery.h"

#include <fmt/format.h>
#include <sys/wait.h>
#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>
#include <vmime/vmime.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "i18n/tr.h"
#include "util/atomic_file.h"

namespace multilat {
namespace {

// mbox lines end in LF; a body line starting with "From " would start a new message.
std::string mbox_entry(const OutgoingMail& mail) {
  std::string out = "From multilat@localhost Thu Jan  1 00:00:00 1970\n";
  std::istringstream in(mail.bytes);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t quotes = line.find_first_not_of('>');
    if (quotes != std::string::npos && line.compare(quotes, 5, "From ") == 0) out += '>';
    out += line + '\n';
  }
  return out + '\n';
}

// A timeout for each network operation, so that a server that does not answer cannot hang cron.
class Timeout : public vmime::net::timeoutHandler {
 public:
  explicit Timeout(int seconds) : seconds_(seconds) { resetTimeOut(); }
  bool isTimeOut() override { return std::chrono::steady_clock::now() >= deadline_; }
  void resetTimeOut() override {
    deadline_ = std::chrono::steady_clock::now() + std::chrono::seconds(seconds_);
  }
  bool handleTimeOut() override { return false; }  // give up

 private:
  int seconds_;
  std::chrono::steady_clock::time_point deadline_;
};

class TimeoutFactory : public vmime::net::timeoutHandlerFactory {
 public:
  explicit TimeoutFactory(int seconds) : seconds_(seconds) {}
  vmime::shared_ptr<vmime::net::timeoutHandler> create() override {
    return vmime::make_shared<Timeout>(seconds_);
  }

 private:
  int seconds_;
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

}  // namespace

std::string as_stream(const std::vector<OutgoingMail>& mails) {
  if (mails.size() == 1) return mails.front().bytes;
  std::string out;
  for (const OutgoingMail& mail : mails) out += mbox_entry(mail);
  return out;
}

void write_eml_files(const std::vector<OutgoingMail>& mails, const std::filesystem::path& folder,
                     bool force) {
  std::filesystem::create_directories(folder);
  for (std::size_t i = 0; i < mails.size(); ++i) {
    std::filesystem::path file = folder / fmt::format("{:02}-{}.eml", i + 1, mails[i].label);
    write_file_atomically(file, mails[i].bytes, force);
  }
}

std::optional<std::string> pipe_to_command(const OutgoingMail& mail, const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "w");
  if (!pipe) return i18n::tr("mail.command-failed-start", fmt::arg("command", command));
  std::fwrite(mail.bytes.data(), 1, mail.bytes.size(), pipe);
  int status = ::pclose(pipe);
  if (status == 0) return std::nullopt;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return i18n::tr("mail.command-failed", fmt::arg("command", command), fmt::arg("code", code));
}

std::vector<std::string> send_smtp(const std::vector<OutgoingMail>& mails,
                                   const SmtpOptions& options) {
  vmime::platform::setHandler<vmime::platforms::posix::posixHandler>();
  std::vector<std::string> errors(mails.size());
  vmime::shared_ptr<vmime::net::transport> transport;
  try {
    auto session = vmime::net::session::create();
    transport = session->getTransport(vmime::utility::url(options.url));
    transport->setProperty("connection.tls", true);  // STARTTLS when the server offers it
    transport->setProperty("connection.tls.required", options.require_tls);
    transport->setProperty("options.need-authentication", !options.user.empty());
    if (!options.user.empty()) {
      transport->setProperty("auth.username", options.user);
      transport->setProperty("auth.password", options.password);
    }
    auto verifier = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
    verifier->setX509RootCAs(certificates(options.ca_file));
    transport->setCertificateVerifier(verifier);
    transport->setTimeoutHandlerFactory(vmime::make_shared<TimeoutFactory>(options.timeout_seconds));
    transport->connect();
  } catch (const vmime::exception& e) {
    throw std::runtime_error(
        i18n::tr("mail.smtp-connect-failed", fmt::arg("url", options.url), fmt::arg("detail", e.what())));
  }
  for (std::size_t i = 0; i < mails.size(); ++i) {
    try {
      auto message = vmime::make_shared<vmime::message>();
      message->parse(mails[i].bytes);
      transport->send(message);
    } catch (const vmime::exception& e) {
      errors[i] = e.what();
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
