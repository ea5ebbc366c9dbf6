// Handing a message to a sendmail-like command (msmtp -t, sendmail -t) on its standard input.
#pragma once

#include <optional>
#include <string>

#include "mail/delivery.h"

namespace multilat {

// Runs `command` with /bin/sh -c, writes the whole message to its standard input and waits for
// it. The error when it could not start, exited other than 0, or left part of the message
// unread (whatever its exit status: a command that did not read the message did not send it);
// else nothing. A command that stops reading never kills multilat with SIGPIPE.
std::optional<std::string> pipe_to_command(const OutgoingMail& mail, const std::string& command);

}  // namespace multilat
