// Where the files of a records tree come from: the working tree, git's index, a tree at a
// revision. Every reader of records goes through this one interface, so that the scanner, the
// size limit and the parser are the same code whatever the source.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace multilat {

struct RecordFile;

// What an entry is, judged by the source before anything is opened. A source resolves links
// itself, within the tree: a link to a file inside the root is a File, read under the link's name.
enum class EntryShape {
  File,          // a regular file, or a link that resolves to one inside the root
  Folder,        // a real folder (not a link); its entries are listed too
  LinkOutside,   // a link, or a linked folder on the way, that leads out of the root
  LinkToFolder,  // a link to a folder: never followed, so that a loop cannot trap the walk
  Unresolved,    // a dangling link, a link loop, or a path that cannot be examined
  Special,       // a device, a FIFO, a socket: never opened
  Submodule,     // a submodule stored in git: a commit id, not a file
  Conflicted,    // an index entry in the middle of a merge
  Unlistable,    // a folder whose entries could not be listed
};

struct SourceEntry {
  std::string path;     // relative to the records root, with '/' separators
  EntryShape shape = EntryShape::File;
  std::string locator;  // how the source finds the file again (a full path, an entry number)
  std::string reason;   // Unresolved, Unlistable: the system's reason, in the run's language
  bool link = false;    // the entry itself is a symbolic link
};

class RecordsSource {
 public:
  virtual ~RecordsSource() = default;

  // Every entry under the root, hidden ones included; the order is the source's own.
  virtual void list(const std::function<void(SourceEntry&&)>& visit) const = 0;
  // The entry at `path` (relative to the root), as list() would give it; nothing when absent.
  virtual std::optional<SourceEntry> find(std::string_view path) const = 0;
  // The file's bytes, at most `max_bytes`; else nothing, with the reason in `out`.
  virtual std::optional<std::string> read(const RecordFile& file, std::size_t max_bytes,
                                          std::vector<Diagnostic>& out) const = 0;
  // The file's git blob id when it is known without reading the file.
  virtual std::optional<std::string> known_blob(const RecordFile&) const { return std::nullopt; }
  // Whether read() may run on several threads at once (libgit2's objects may not).
  virtual bool reads_in_parallel() const { return false; }
};

}  // namespace multilat
