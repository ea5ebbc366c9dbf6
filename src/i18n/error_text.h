// An exception's message in the run's language: a FileError is put into words here, any other
// exception already carries its own. The system's reasons (errno) are said here too, for every
// room that meets one.
#pragma once

#include <exception>
#include <string>
#include <system_error>

#include "util/file_error.h"

namespace multilat {

// The system's reason in the run's language for the usual errors (no such file, permission
// denied, disk full...); the system's own words for a rare one.
std::string system_reason(const std::error_code& cause);
std::string system_reason(int error_number);  // an errno value

std::string file_error_text(const FileError& error);
std::string error_text(const std::exception& error);

}  // namespace multilat
