// The --smtp URL: smtp:// or smtps://, a host and maybe a port, and never a user or a password.
#pragma once

#include <optional>
#include <string_view>

namespace multilat {

enum class SmtpUrlError {
  NotSmtp,         // another scheme, or no host
  HasCredentials,  // user@ or user:password@: it would show in ps, crontab and every message
};

// What is wrong with `url`, or nothing. Messages about it must not quote it: it may hold a
// password.
std::optional<SmtpUrlError> smtp_url_error(std::string_view url);

}  // namespace multilat
