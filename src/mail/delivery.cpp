// Delivering digests to stdout or to .eml files.
#include "mail/delivery.h"

#include <fmt/format.h>

#include <array>
#include <cstdlib>
#include <sstream>

#include "util/atomic_file.h"
#include "util/create_folders.h"

namespace multilat {
namespace {

// mbox lines end in LF; a body line starting with "From " would start a new message.
std::string mbox_entry(const OutgoingMail& mail, std::time_t delivered) {
  std::string out = mbox_from_line(mail.sender, delivered) + '\n';
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

std::time_t delivery_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (*end == '\0' && seconds >= 0) return static_cast<std::time_t>(seconds);
  }
  return std::time(nullptr);
}

// asctime()'s layout, in English whatever the locale: mail readers parse it.
std::string mbox_from_line(const std::string& sender, std::time_t delivered) {
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::tm t{};
  gmtime_r(&delivered, &t);
  return fmt::format("From {} {} {} {:2} {:02}:{:02}:{:02} {}",
                     sender.empty() ? "MAILER-DAEMON" : sender, kDays.at(t.tm_wday),
                     kMonths.at(t.tm_mon), t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                     t.tm_year + 1900);
}

std::string as_stream(const std::vector<OutgoingMail>& mails, std::time_t delivered) {
  if (mails.size() == 1) return mails.front().bytes;
  std::string out;
  for (const OutgoingMail& mail : mails) out += mbox_entry(mail, delivered);
  return out;
}

std::vector<std::filesystem::path> eml_file_paths(const std::vector<OutgoingMail>& mails,
                                                  const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> paths;
  for (std::size_t i = 0; i < mails.size(); ++i)
    paths.push_back(folder / fmt::format("{:02}-{}.eml", i + 1, mails[i].label));
  return paths;
}

void write_eml_files(const std::vector<OutgoingMail>& mails, const std::filesystem::path& folder,
                     bool force) {
  create_folders(folder);
  std::vector<std::filesystem::path> paths = eml_file_paths(mails, folder);
  for (std::size_t i = 0; i < mails.size(); ++i) {
    write_file_atomically(paths[i], mails[i].bytes, force);
  }
}

}  // namespace multilat
