// Sending digests to an SMTP server with vmime, within bounds that a hostile or broken server
// cannot stretch: one deadline and a ceiling on each reply.
#pragma once

#include <string>
#include <vector>

#include "mail/delivery.h"

namespace multilat {

struct SmtpOptions {
  std::string url;  // smtp://host:port or smtps://host:port
  bool require_tls = false;
  std::string user, password;  // empty user: no authentication
  std::string ca_file;       // PEM certificates trusted for TLS
  int timeout_seconds = 30;  // the whole session, from connecting to the last message
};

// Sends every message over one connection; the error of each message that failed, in order
// (empty strings for those that went). Throws std::runtime_error when no connection is made.
std::vector<std::string> send_smtp(const std::vector<OutgoingMail>& mails,
                                   const SmtpOptions& options);

}  // namespace multilat
