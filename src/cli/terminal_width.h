// How many columns the terminal on standard output has, for tables that fit it.
#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>

namespace multilat::cli {

// --width N for a command that prints a table: 1 to the same ceiling COLUMNS is held to.
void add_width_option(CLI::App& cmd, std::size_t& width);

// COLUMNS when it holds a positive number, else the width of the terminal on standard output,
// else 100 (a pipe or a file).
std::size_t terminal_width();

// The width a table may take, 0 for no limit: --width when given, else COLUMNS, else the
// terminal's when standard output is one. Nobody reads a pipe or a file (-o) on a screen of a
// given width, so there nothing is cut.
std::size_t table_width(std::size_t requested, bool to_stdout);

}  // namespace multilat::cli
