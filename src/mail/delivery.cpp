// Delivering digests to stdout or to .eml files.
#include "mail/delivery.h"

#include <fmt/format.h>

#include <sstream>

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

}  // namespace multilat
