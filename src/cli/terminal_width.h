// How many columns the terminal on standard output has, for tables that fit it.
#pragma once

#include <cstddef>

namespace multilat::cli {

// COLUMNS when it holds a positive number, else the width of the terminal on standard output,
// else 100 (a pipe or a file).
std::size_t terminal_width();

}  // namespace multilat::cli
