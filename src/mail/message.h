// One digest as an RFC 5322 / MIME message, built with vmime: multipart/alternative with a
// plain-text and an HTML part, UTF-8 throughout, encoded headers.
#pragma once

#include <string>
#include <vector>

#include "model/date.h"
#include "model/str.h"

namespace multilat {

struct MailMessage {
  std::string from;
  std::vector<std::string> to, cc;
  std::string subject;
  std::string plain, html;  // the two parts, newlines as \n
  // The Date header: a fixed day (midnight, Nouméa time) when "today" was given, so that a
  // message can be compared byte for byte; otherwise now.
  std::optional<Date> fixed_date;
};

// The message as bytes, lines ending in CRLF. Every header value has its line breaks, other
// control characters and bidirectional overrides turned into spaces first: record or settings
// text can never add a header nor reorder one. Addresses are checked with is_email() before. The
// Message-ID is derived from the content, so the same digest gets the same id.
std::string build_message(const MailMessage& message);

// vmime's generation defaults as multilat wants them, for every message vmime writes, including
// the copy an SMTP transport generates again from the parsed bytes: no MIME preamble (vmime's is
// English, "This is a multi-part message in MIME format", even in a French message, and every
// mail reader of today shows the parts anyway).
void set_generation_defaults();

}  // namespace multilat
