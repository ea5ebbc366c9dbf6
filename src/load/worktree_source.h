// The records as the working tree holds them, read through the tree's policy (load/tree_policy.h).
#pragma once

#include <filesystem>
#include <functional>

#include "load/record_files.h"
#include "load/records_source.h"
#include "load/tree_policy.h"

namespace multilat {

class WorkingTreeSource : public RecordsSource {
 public:
  explicit WorkingTreeSource(const std::filesystem::path& root);

  // What git knows of a file without reading it (its index entry's blob id, when the file still
  // stats as the index recorded it); set by the git layer, which this one cannot see.
  using BlobOracle = std::function<std::optional<std::string>(const RecordFile&)>;
  void set_known_blob(BlobOracle oracle) { oracle_ = std::move(oracle); }

  void list(const std::function<void(SourceEntry&&)>& visit) const override;
  std::optional<SourceEntry> find(std::string_view path) const override;
  std::optional<std::string> read(const RecordFile& file, std::size_t max_bytes,
                                  std::vector<Diagnostic>& out) const override;
  std::optional<std::string> known_blob(const RecordFile& file) const override {
    return oracle_ ? oracle_(file) : std::nullopt;
  }
  bool reads_in_parallel() const override { return true; }

  const std::filesystem::path& root() const { return root_; }

 private:
  SourceEntry entry_at(const std::filesystem::path& full, std::string relative,
                       std::filesystem::file_status own) const;
  std::filesystem::path root_;
  TreePolicy policy_;
  BlobOracle oracle_;
};

// The file's bytes, at most `max_bytes`, even if the file grows meanwhile; a larger or
// unreadable file is reported in `out`. `file.path` is the path to open.
std::optional<std::string> read_bounded(const RecordFile& file, std::size_t max_bytes,
                                        std::vector<Diagnostic>& out);

}  // namespace multilat
