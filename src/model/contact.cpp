// Pragmatic e-mail and URL checks: catch typos in records, not enforce every RFC corner.
#include "model/contact.h"

#include <algorithm>

#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {

namespace {

// Spaces and control characters never belong in an address; UTF-8 letters may, but not C1
// controls, bidirectional overrides or bytes that are not UTF-8: a mail header would turn them
// into something else than the address checked.
bool has_blank_or_control(std::string_view text) {
  bool ascii_control = std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7F;
  });
  return ascii_control || first_invalid_utf8(text) || first_unsafe_char(text);
}

bool is_dotted_domain(std::string_view domain) {
  if (domain.empty() || domain.front() == '.' || domain.back() == '.') return false;
  return domain.find('.') != std::string_view::npos && domain.find("..") == std::string_view::npos;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char t) {
    return p == (t >= 'A' && t <= 'Z' ? static_cast<char>(t - 'A' + 'a') : t);
  });
}

// The part of the authority that names the host: no user info, no port.
std::string_view host_of(std::string_view authority) {
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  if (authority.starts_with('[')) {  // IPv6 literal: its colons are not a port
    const auto close = authority.find(']');
    return close == std::string_view::npos ? "" : authority.substr(1, close - 1);
  }
  return authority.substr(0, authority.find(':'));
}

// RFC 5322 specials outside a quoted string: they make a display name, a list, a comment or a
// route, which a mailer would turn into other recipients than the one written.
bool has_special(std::string_view text) {
  return text.find_first_of("()<>[]:;\\,\"") != std::string_view::npos;
}

}  // namespace

bool is_email(std::string_view text) {
  if (has_blank_or_control(text) || has_special(text)) return false;
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  const auto domain = text.substr(at + 1);
  return domain.find('@') == std::string_view::npos && is_dotted_domain(domain);
}

bool is_url(std::string_view text) {
  if (has_blank_or_control(text)) return false;
  std::string_view rest;
  if (starts_with_ignoring_case(text, "http://")) {
    rest = text.substr(7);
  } else if (starts_with_ignoring_case(text, "https://")) {
    rest = text.substr(8);
  } else {
    return false;
  }
  return !host_of(rest.substr(0, rest.find_first_of("/?#"))).empty();
}

}  // namespace multilat
