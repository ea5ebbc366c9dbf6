// Where digests go: standard output (one message, or an mbox stream of several) or one .eml
// file each in a folder. A command's standard input: command_pipe.h; an SMTP server: smtp_send.h.
#pragma once

#include <filesystem>
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

}  // namespace multilat
