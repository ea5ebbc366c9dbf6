// Checking the --smtp URL before anything shows it or connects.
#include "mail/smtp_url.h"

#include <algorithm>
#include <cctype>

namespace multilat {
namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::optional<SmtpUrlError> smtp_url_error(std::string_view url) {
  std::size_t separator = url.find("://");
  std::string_view rest = separator == std::string_view::npos ? url : url.substr(separator + 3);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  // Looked at first, so that no later message is tempted to quote the URL.
  if (authority.find('@') != std::string_view::npos) return SmtpUrlError::HasCredentials;
  if (separator == std::string_view::npos) return SmtpUrlError::NotSmtp;
  std::string_view scheme = url.substr(0, separator);
  bool smtp = same_ignoring_case(scheme, "smtp") || same_ignoring_case(scheme, "smtps");
  if (!smtp || authority.empty() || authority.front() == ':') return SmtpUrlError::NotSmtp;
  return std::nullopt;
}

}  // namespace multilat
