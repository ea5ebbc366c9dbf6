// Standard output is a file like any other: a full disk or a closed pipe must not pass for success.
#pragma once

namespace multilat::cli {

// Opens /dev/null on standard input, output or error when the caller closed them (`>&-`): else
// the first file multilat opens would take descriptor 1, and output would land in it.
void open_closed_standard_streams();

// Flushes and closes standard output. Returns `exit_code` when everything reached it, else 2
// after saying so on stderr: `check` or `mail` must not report success for output nobody got.
int finish_standard_output(int exit_code);

}  // namespace multilat::cli
