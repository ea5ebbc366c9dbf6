// Whole-file writes that readers see entirely old or entirely new, never half written.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "util/file_error.h"

namespace multilat {

// Writes `content` to a temporary file beside `path`, flushes it to disk, then renames it onto
// `path`. Without `overwrite` it fails when `path` exists, even if it appeared meanwhile. Throws
// FileError naming `path`; a failure leaves no temporary file behind. A special file
// (a device, a FIFO, a socket) is refused: it is never replaced.
// Synced: the file and the rename are on disk before it returns. Unsynced skips the two fsyncs,
// for files rebuilt from others (a site's thousands of pages): readers still see whole files.
enum class Durability { Synced, Unsynced };

void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           bool overwrite, Durability durability = Durability::Synced);

// True for a character device or a named pipe (through links too), and for a link under /dev or
// /proc (/dev/stdout, /proc/self/fd/1): writing there replaces nothing, so needs no --force.
bool writes_in_place(const std::filesystem::path& path);

// A command's -o: written through when writes_in_place, else atomically as above.
void write_output_file(const std::filesystem::path& path, std::string_view content,
                       bool overwrite);

// Renames `from` to `to` in one step (both in the same folder or file system). Without
// `overwrite` it fails when `to` exists, even if it appeared meanwhile, so that a file kept aside
// is never lost. Throws FileError naming `to`.
void move_file(const std::filesystem::path& from, const std::filesystem::path& to, bool overwrite);

// The bytes of `path`; nullopt when nothing is there. Throws FileError naming `path`
// when something is there but cannot be read as a file (a folder, no permission).
std::optional<std::string> read_file_if_exists(const std::filesystem::path& path);

// Whether `path` holds exactly `content`, compared a piece at a time rather than read whole (a
// site compares hundreds of megabytes of pages with what it would write). Throws as
// read_file_if_exists does.
enum class FileMatch { Missing, Same, Different };
FileMatch compare_file(const std::filesystem::path& path, std::string_view content);

}  // namespace multilat
