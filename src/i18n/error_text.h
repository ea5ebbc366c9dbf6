// An exception's message in the run's language: a FileError is put into words here, any other
// exception already carries its own.
#pragma once

#include <exception>
#include <string>

#include "util/file_error.h"

namespace multilat {

std::string file_error_text(const FileError& error);
std::string error_text(const std::exception& error);

}  // namespace multilat
