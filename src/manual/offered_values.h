// The values an option offers, carried in its validator's name (which CLI11 never prints), so
// that the completion scripts and the man page read them back from the app itself.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace multilat {

// The validator name that carries `values`, for one_of() and offers().
std::string offers_name(const std::vector<std::string>& values);

// The values one_of() or offers() gave the option, or none.
std::vector<std::string> offered_values(CLI::Option& option);

}  // namespace multilat
