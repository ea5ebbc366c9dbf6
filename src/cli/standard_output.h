// Standard output is a file like any other: a full disk or a closed pipe must not pass for success.
#pragma once

namespace multilat::cli {

// Flushes and closes standard output. Returns `exit_code` when everything reached it, else 2
// after saying so on stderr: `check` or `mail` must not report success for output nobody got.
int finish_standard_output(int exit_code);

}  // namespace multilat::cli
