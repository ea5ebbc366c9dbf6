// Where digests go: standard output (one message, or an mbox stream of several) or one .eml
// file each in a folder. A command's standard input: command_pipe.h; an SMTP server: smtp_send.h.
#pragma once

#include <ctime>
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

// When the messages leave: now, or SOURCE_DATE_EPOCH (seconds since 1970) when the environment
// sets it, the reproducible-builds convention, so that tests can compare an mbox byte for byte.
// --today does not change it: it is the day the digest is about, not the time it goes.
std::time_t delivery_time();

// The mbox separator line: "From sender@example.org Sun Nov 29 06:30:00 2026", in UTC.
std::string mbox_from_line(const std::string& sender, std::time_t delivered);

// Several messages as one mbox stream ("From " lines, ">From " quoting); one message as is.
std::string as_stream(const std::vector<OutgoingMail>& mails, std::time_t delivered);

// Where write_eml_files puts each message: "<folder>/<n>-<label>.eml", in order.
std::vector<std::filesystem::path> eml_file_paths(const std::vector<OutgoingMail>& mails,
                                                  const std::filesystem::path& folder);

// Writes the files of eml_file_paths atomically, making the folder if need be; an existing file
// is replaced only with `force`. Throws FileError naming the file or the folder.
void write_eml_files(const std::vector<OutgoingMail>& mails, const std::filesystem::path& folder,
                     bool force);

}  // namespace multilat
