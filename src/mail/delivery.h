// Where digests go: standard output (one message, or an mbox stream of several), one .eml file
// each in a folder, a sendmail-like command, or an SMTP server.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace multilat {

struct OutgoingMail {
  std::string label;  // who it is for, in messages: "desk", or the owner's id
  std::vector<std::string> recipients;
  std::string sender;
  std::string bytes;  // the whole message, CRLF line ends
};

// Several messages as one mbox stream ("From " lines, ">From " quoting); one message as is.
std::string as_stream(const std::vector<OutgoingMail>& mails);

// Writes "<n>-<label>.eml" files atomically; an existing file is replaced only with `force`.
// Throws std::runtime_error naming the file.
void write_eml_files(const std::vector<OutgoingMail>& mails, const std::filesystem::path& folder,
                     bool force);

// Pipes the message to `command` run by /bin/sh; the error when it fails, else nothing.
std::optional<std::string> pipe_to_command(const OutgoingMail& mail, const std::string& command);

struct SmtpOptions {
  std::string url;  // smtp://host:port or smtps://host:port
  bool require_tls = false;
  std::string user, password;  // empty user: no authentication
  std::string ca_file;         // PEM certificates trusted for TLS
  int timeout_seconds = 30;
};

// Sends every message over one connection; the error of each message that failed, in order
// (empty strings for those that went). Throws std::runtime_error when no connection is made.
std::vector<std::string> send_smtp(const std::vector<OutgoingMail>& mails,
                                   const SmtpOptions& options);

}  // namespace multilat
