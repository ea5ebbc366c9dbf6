// Tests of the one scanner over a source held in memory: every source's entries are judged by
// path and shape alone, so what is a record does not depend on where the files come from.
#include "load/record_files.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "in_english.h"

using namespace multilat;
using multilat::testing::InEnglish;

namespace {

class MemorySource : public RecordsSource {
 public:
  explicit MemorySource(std::vector<SourceEntry> entries) : entries_(std::move(entries)) {}
  void list(const std::function<void(SourceEntry&&)>& visit) const override {
    for (SourceEntry e : entries_) visit(std::move(e));
  }
  std::optional<SourceEntry> find(std::string_view path) const override {
    for (const SourceEntry& e : entries_) {
      if (e.path == path) return e;
    }
    return std::nullopt;
  }
  std::optional<std::string> read(const RecordFile&, std::size_t, std::vector<Diagnostic>&) const override {
    return std::nullopt;
  }

 private:
  std::vector<SourceEntry> entries_;
};

SourceEntry file(std::string path) { return {std::move(path), EntryShape::File, "loc", "", false}; }
SourceEntry shaped(std::string path, EntryShape shape) { return {std::move(path), shape, "", "gone", true}; }

const Diagnostic* about(const FileScan& scan, std::string_view path) {
  auto it = std::find_if(scan.diagnostics.begin(), scan.diagnostics.end(),
                         [&](const Diagnostic& d) { return d.path == path; });
  return it == scan.diagnostics.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE_FIXTURE(InEnglish, "records are .yaml files under a kind folder, and hidden entries are left out") {
  MemorySource source({file("meetings/2027/crga-57.yaml"), file("organisations/spc.yml"),
                       file("multilat.yaml"), file("meetings/.gitkeep"), file(".git/config"),
                       shaped("meetings/2027", EntryShape::Folder)});
  FileScan scan = scan_records(source, "records");
  REQUIRE(scan.records.size() == 2);
  CHECK(scan.records[0].display == "records/meetings/2027/crga-57.yaml");
  CHECK(scan.records[0].kind == Kind::Meeting);
  CHECK(scan.records[0].id == "crga-57");
  CHECK(scan.records[1].id == "spc");
  REQUIRE(scan.settings);
  CHECK(scan.settings->display == "records/multilat.yaml");
  CHECK(scan.diagnostics.empty());
}

TEST_CASE_FIXTURE(InEnglish, "what is not a record is said the same way for every source") {
  MemorySource source({file("meetings/2027/photo.png"), file("notes.txt"), file("meeting/x.yaml"),
                       shaped("entities/out.yaml", EntryShape::LinkOutside),
                       shaped("entities/dir.yaml", EntryShape::LinkToFolder),
                       shaped("entities/gone.yaml", EntryShape::Unresolved),
                       shaped("entities/sub", EntryShape::Submodule),
                       shaped("entities/both.yaml", EntryShape::Conflicted),
                       shaped("prospects/x.yaml", EntryShape::Folder)});
  FileScan scan = scan_records(source, "records");
  CHECK(scan.records.empty());
  CHECK(about(scan, "records/meetings/2027/photo.png")->rule == "file-extension");
  CHECK(about(scan, "records/notes.txt")->rule == "file-misplaced");
  CHECK(about(scan, "records/meeting/x.yaml")->hint == "did you mean the folder 'meetings'?");
  CHECK(about(scan, "records/entities/out.yaml")->rule == "file-outside-root");
  CHECK(about(scan, "records/entities/dir.yaml")->rule == "file-not-regular");
  CHECK(about(scan, "records/entities/gone.yaml")->message == "cannot read: gone");
  CHECK(about(scan, "records/entities/gone.yaml")->hint == "the link points nowhere usable; fix or remove it");
  CHECK(about(scan, "records/entities/sub")->rule == "file-not-regular");
  CHECK(about(scan, "records/entities/both.yaml")->rule == "file-unreadable");
  CHECK(about(scan, "records/prospects/x.yaml")->message == "a directory, not a record file");
  CHECK(scan.diagnostics.size() == 9);
}

TEST_CASE_FIXTURE(InEnglish, "one entry is classified as the whole scan classifies it") {
  CHECK(scan_entry(file("prospects/a.yaml"), "records").records.size() == 1);
  CHECK(scan_entry(file("prospects/.a.yaml"), "records").records.empty());
  CHECK(scan_entry(file("prospects/a.yaml"), ".").records[0].display == "prospects/a.yaml");
  CHECK(scan_entry(file("multilat.yml"), "records").settings.has_value());
}
