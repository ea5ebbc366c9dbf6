// A records source with one more file laid over it, held in memory: the tree as it would be if
// the file were written, for checking a record before `new` writes it.
#pragma once

#include <fmt/format.h>

#include <string>

#include "i18n/tr.h"

#include "load/record_files.h"
#include "load/records_source.h"

namespace multilat {

class OverlaySource : public RecordsSource {
 public:
  // `path` is relative to the root ("meetings/2027/x.yaml"); it hides a file of the same path.
  OverlaySource(const RecordsSource& under, std::string path, std::string bytes)
      : under_(under), path_(std::move(path)), bytes_(std::move(bytes)) {}

  void list(const std::function<void(SourceEntry&&)>& visit) const override {
    under_.list([&](SourceEntry&& e) {
      if (e.path != path_) visit(std::move(e));
    });
    visit(overlay());
  }
  std::optional<SourceEntry> find(std::string_view path) const override {
    return path == path_ ? std::optional(overlay()) : under_.find(path);
  }
  std::optional<std::string> read(const RecordFile& file, std::size_t max_bytes,
                                  std::vector<Diagnostic>& out) const override {
    if (file.path != kLocator) return under_.read(file, max_bytes, out);
    if (bytes_.size() <= max_bytes) return bytes_;
    out.push_back({file.display.str(), Loc{}, Severity::Error, "file-too-large",
                   i18n::tr("load.file-too-large", fmt::arg("max", max_bytes)),
                   i18n::tr("load.file-too-large.hint")});
    return std::nullopt;
  }
  bool reads_in_parallel() const override { return under_.reads_in_parallel(); }

 private:
  // No path of a real source starts with a NUL byte.
  static constexpr std::string_view kLocator{"\0overlay", 8};
  SourceEntry overlay() const { return {path_, EntryShape::File, std::string(kLocator), "", false}; }

  const RecordsSource& under_;
  std::string path_;
  std::string bytes_;
};

}  // namespace multilat
