// Sending digests to an SMTP server with vmime, within bounds that a hostile or broken server
// cannot stretch: one deadline, a ceiling on each reply, and no password without TLS.
#pragma once

#include <string>
#include <vector>

#include "mail/delivery.h"

namespace multilat {

struct SmtpOptions {
  std::string url;  // smtp://host:port or smtps://host:port, without a user or a password
  bool require_tls = false;
  // Empty user: no authentication. With a user, TLS is required (smtps://, or STARTTLS), since
  // the password would otherwise cross the network in clear; the caller refuses an empty one.
  std::string user, password;
  std::string ca_file;       // PEM certificates trusted for TLS
  int timeout_seconds = 30;  // the whole session, from connecting to the last message
};

// Sends every message over one connection; the error of each message that failed, in order
// (empty strings for those that went). Throws std::runtime_error when no connection is made.
std::vector<std::string> send_smtp(const std::vector<OutgoingMail>& mails,
                                   const SmtpOptions& options);

}  // namespace multilat
