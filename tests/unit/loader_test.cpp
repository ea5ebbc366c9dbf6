// Tests of load_records over real directory trees: kinds, identity, odd files and settings.
#include "load/loader.h"
#include "load/worktree_source.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "check/rules.h"
#include "in_english.h"

using namespace multilat;
using multilat::testing::InEnglish;
namespace fs = std::filesystem;

namespace {

// A fresh records tree under the system's temporary folder, removed afterwards.
class TempTree {
 public:
  TempTree() {
    std::string pattern = (fs::temp_directory_path() / "multilat-loader-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    base_ = pattern;
    root_ = base_ / "records";
    fs::create_directories(root_);
  }
  ~TempTree() {
    std::error_code ec;
    fs::remove_all(base_, ec);
  }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;

  const fs::path& root() const { return root_; }

  void write(const std::string& relative, std::string_view content) {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    REQUIRE(out.good());
  }

  LoadResult load(unsigned threads = 1) const {
    return load_records(WorkingTreeSource(root_), "records", {.threads = threads});
  }

 private:
  fs::path base_;
  fs::path root_;
};

constexpr const char* kOrganisation = "name: Pacific Community\nnc-status: member\n";
constexpr const char* kEntity = "name: Province Sud\ntype: province\n";
constexpr const char* kMeeting =
    "title: CRGA 56\norganisation: spc\nstart: 2026-12-10\nstatus: planned\n";
constexpr const char* kProspect =
    "title: Statistiques\npartner: spc\nlead: province-sud\nstage: idea\n";

std::vector<Diagnostic> of_rule(const LoadResult& result, std::string_view rule) {
  std::vector<Diagnostic> found;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.rule == rule) found.push_back(d);
  }
  return found;
}

Diagnostic only(const LoadResult& result, std::string_view rule) {
  for (const Diagnostic& d : result.diagnostics)
    INFO(d.path << ": " << d.rule << ": " << d.message);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == rule);
  REQUIRE(find_rule(rule) != nullptr);
  CHECK(result.diagnostics[0].severity == find_rule(rule)->severity);
  return result.diagnostics[0];
}

std::vector<std::string> ids(const Store& store) {
  std::vector<std::string> all;
  for (const RecordHeader* header : store.headers()) all.push_back(header->id.str());
  return all;
}

}  // namespace

TEST_CASE("all four kinds load, with ids from file names and display paths under records/") {
  TempTree tree;
  tree.write("organisations/spc.yaml", kOrganisation);
  tree.write("entities/province-sud.yaml", kEntity);
  tree.write("meetings/2026/crga-56.yaml", kMeeting);
  tree.write("prospects/spc-statistics.yml", kProspect);
  LoadResult result = tree.load();
  for (const Diagnostic& d : result.diagnostics) INFO(d.path << ": " << d.message);
  CHECK(result.diagnostics.empty());
  CHECK(result.files_read == 4);
  REQUIRE(result.store.organisations.size() == 1);
  REQUIRE(result.store.entities.size() == 1);
  REQUIRE(result.store.meetings.size() == 1);
  REQUIRE(result.store.prospects.size() == 1);
  const Meeting& meeting = result.store.meetings[0];
  CHECK(meeting.header.id == "crga-56");
  CHECK(meeting.header.kind == Kind::Meeting);
  CHECK(meeting.header.path == "records/meetings/2026/crga-56.yaml");
  CHECK(meeting.organisation.value == "spc");
  CHECK(result.store.prospects[0].header.id == "spc-statistics");
  CHECK(result.store.find("province-sud")->kind == Kind::Entity);
  CHECK(result.store.settings.path.empty());
  // The references were bound, so the store-level rules see them.
  CHECK(run_checks(result.store, Context{*parse_date("2026-11-29")}, result.diagnostics).empty());
}

TEST_CASE("display_root is how paths are shown") {
  TempTree tree;
  tree.write("meetings/crga-56.yaml", "title: a\n");
  LoadResult result = load_records(WorkingTreeSource(tree.root()), "../desk/records");
  REQUIRE_FALSE(result.diagnostics.empty());
  CHECK(result.diagnostics[0].path == "../desk/records/meetings/crga-56.yaml");
}

TEST_CASE("the load keeps the YAML tree of the files named trees_of, and of no other") {
  TempTree tree;
  tree.write("organisations/spc.yaml", kOrganisation);
  tree.write("entities/province-sud.yaml", kEntity);
  tree.write("meetings/2026/crga-56.yaml", kMeeting);
  tree.write("prospects/spc.yaml", kProspect);  // the same id in another kind: both are kept
  CHECK(tree.load().trees.empty());
  LoadResult result = load_records(WorkingTreeSource(tree.root()), "records", {.threads = 2, .trees_of = "spc"});
  REQUIRE(result.trees.size() == 2);
  const yaml::Node& organisation = result.trees.at("records/organisations/spc.yaml");
  CHECK(organisation.find("name")->node().scalar == "Pacific Community");
  CHECK(result.trees.at("records/prospects/spc.yaml").find("stage")->node().scalar == "idea");
  // Parsed once, for the store too.
  CHECK(result.store.organisations.size() == 1);
  CHECK(result.store.prospects.size() == 1);
}

TEST_CASE("a broken file does not stop the others") {
  TempTree tree;
  tree.write("organisations/spc.yaml", kOrganisation);
  tree.write("organisations/broken.yaml", "name: [Pacific, Community\nnc-status: member\n");
  tree.write("entities/province-sud.yaml", kEntity);
  tree.write("entities/latin1.yaml",
             "name: Nouvelle-Cal\xE9"
             "donie\ntype: government\n");
  tree.write("meetings/empty.yaml", "# nothing yet\n");
  tree.write("meetings/crga-56.yaml", kMeeting);
  tree.write("prospects/list.yaml", "- a\n- b\n");
  tree.write("prospects/spc-statistics.yaml", kProspect);
  LoadResult result = tree.load();
  CHECK(result.files_read == 8);
  CHECK(result.store.record_count() == 4);
  CHECK(ids(result.store) ==
        std::vector<std::string>{"spc", "province-sud", "crga-56", "spc-statistics"});
  CHECK(of_rule(result, "yaml-syntax").size() == 1);
  CHECK(of_rule(result, "file-encoding").size() == 1);
  CHECK(of_rule(result, "file-empty").size() == 1);
  CHECK(of_rule(result, "record-not-mapping").size() == 1);
  CHECK(of_rule(result, "file-encoding")[0].path == "records/entities/latin1.yaml");
}

TEST_CASE_FIXTURE(
    InEnglish, "file-misplaced: files outside the kind folders, with the folder's did-you-mean") {
  TempTree tree;
  tree.write("meeting/crga-56.yaml", kMeeting);
  SUBCASE("a misspelt kind folder") {
    Diagnostic d = only(tree.load(), "file-misplaced");
    CHECK(d.path == "records/meeting/crga-56.yaml");
    CHECK(d.message == "'meeting' is not a kind folder");
    CHECK(d.hint == "did you mean the folder 'meetings'?");
    CHECK(d.loc.line == 0);
  }
  SUBCASE("files deep in a misplaced folder, and a folder nothing like a kind") {
    tree.write("meeting/2026/crga-57.yaml", kMeeting);
    tree.write("archive/old.yaml", kMeeting);
    LoadResult result = tree.load();
    std::vector<Diagnostic> found = of_rule(result, "file-misplaced");
    REQUIRE(found.size() == 3);
    std::sort(found.begin(), found.end(),
              [](const Diagnostic& a, const Diagnostic& b) { return a.path < b.path; });
    CHECK(found[0].path == "records/archive/old.yaml");
    CHECK(found[0].hint == "records go under organisations/, entities/, meetings/ or prospects/");
    CHECK(found[1].path == "records/meeting/2026/crga-57.yaml");
    CHECK(result.store.record_count() == 0);
  }
  SUBCASE("a loose file at the top") {
    TempTree loose;
    loose.write("notes.txt", "hello");
    Diagnostic d = only(loose.load(), "file-misplaced");
    CHECK(d.path == "records/notes.txt");
    CHECK(d.message == "file outside the kind folders");
  }
}

TEST_CASE("hidden files and folders are skipped") {
  TempTree tree;
  tree.write(".git/config", "x");
  tree.write("meetings/.draft.yaml", "not: [valid");
  tree.write("meetings/.cache/x.yaml", "not: [valid");
  tree.write("meetings/crga-56.yaml", kMeeting);
  LoadResult result = tree.load();
  CHECK(result.diagnostics.empty());
  CHECK(result.files_read == 1);
}

TEST_CASE_FIXTURE(InEnglish,
                  "file-extension: a non-YAML file in a kind folder is a warning and is not read") {
  TempTree tree;
  tree.write("meetings/crga-56.yaml", kMeeting);
  tree.write("meetings/crga-56.txt", "not read: [");
  LoadResult result = tree.load();
  Diagnostic d = only(result, "file-extension");
  CHECK(d.severity == Severity::Warning);
  CHECK(d.path == "records/meetings/crga-56.txt");
  CHECK(d.message == "not a .yaml file, so not read as a record");
  CHECK(result.files_read == 1);
}

TEST_CASE_FIXTURE(InEnglish, "id-invalid: a file name that is not an id is reported, and its record takes part in nothing") {
  TempTree tree;
  tree.write("entities/Province_Sud.yaml", kEntity);
  LoadResult result = tree.load();
  Diagnostic d = only(result, "id-invalid");
  CHECK(d.path == "records/entities/Province_Sud.yaml");
  CHECK(d.message == "'Province_Sud' is not a valid id");
  CHECK(d.hint == "rename the file: lowercase letters, digits and hyphens, like crga-55.yaml");
  CHECK(result.store.entities.empty());  // no list or rule may name it by a bad id
}

TEST_CASE_FIXTURE(InEnglish, "id-duplicate: ids are unique across kinds and sub-folders") {
  SUBCASE("a meeting and a prospect") {
    TempTree tree;
    tree.write("meetings/x.yaml", kMeeting);
    tree.write("prospects/x.yaml", kProspect);
    LoadResult result = tree.load();
    std::vector<Diagnostic> found = of_rule(result, "id-duplicate");
    REQUIRE(found.size() == 2);
    // Both files are named, whichever of them a change added.
    CHECK(found[0].path == "records/meetings/x.yaml");
    CHECK(found[0].message == "id 'x' is also used by records/prospects/x.yaml");
    CHECK(found[1].path == "records/prospects/x.yaml");
    CHECK(found[1].message == "id 'x' is already used by records/meetings/x.yaml");
    CHECK(found[1].hint == "ids are unique across all kinds; rename one of the files");
    // The first one wins the index.
    CHECK(result.store.find("x")->kind == Kind::Meeting);
  }
  SUBCASE("two years of meetings, and .yaml against .yml") {
    TempTree tree;
    tree.write("meetings/2025/crga.yaml", kMeeting);
    tree.write("meetings/2026/crga.yaml", kMeeting);
    tree.write("entities/scrre.yaml", kEntity);
    tree.write("entities/scrre.yml", kEntity);
    LoadResult result = tree.load();
    std::vector<Diagnostic> found = of_rule(result, "id-duplicate");
    REQUIRE(found.size() == 4);
    CHECK(found[0].path == "records/entities/scrre.yaml");
    CHECK(found[1].path == "records/entities/scrre.yml");
    CHECK(found[2].path == "records/meetings/2025/crga.yaml");
    CHECK(found[2].message == "id 'crga' is also used by records/meetings/2026/crga.yaml");
    CHECK(found[3].path == "records/meetings/2026/crga.yaml");
    CHECK(found[3].message == "id 'crga' is already used by records/meetings/2025/crga.yaml");
  }
  SUBCASE("three files with one id, among others: both later ones name the first") {
    TempTree tree;
    tree.write("prospects/a.yaml", kProspect);
    tree.write("meetings/2027/a.yaml", kMeeting);
    tree.write("meetings/2026/a.yaml", kMeeting);
    tree.write("meetings/2026/b.yaml", kMeeting);
    LoadResult result = tree.load();
    std::vector<Diagnostic> found = of_rule(result, "id-duplicate");
    REQUIRE(found.size() == 3);
    CHECK(found[0].path == "records/meetings/2026/a.yaml");
    CHECK(found[0].message == "id 'a' is also used by records/meetings/2027/a.yaml");
    CHECK(found[1].path == "records/meetings/2027/a.yaml");
    CHECK(found[1].message == "id 'a' is already used by records/meetings/2026/a.yaml");
    CHECK(found[2].path == "records/prospects/a.yaml");
    CHECK(found[2].message == "id 'a' is already used by records/meetings/2026/a.yaml");
  }
}

TEST_CASE_FIXTURE(InEnglish, "odd files in a kind folder are reported, never read or followed") {
  TempTree tree;
  tree.write("meetings/crga-56.yaml", kMeeting);

  SUBCASE("a directory named x.yaml") {
    fs::create_directories(tree.root() / "meetings/x.yaml");
    Diagnostic d = only(tree.load(), "file-not-regular");
    CHECK(d.path == "records/meetings/x.yaml");
    CHECK(d.message == "a directory, not a record file");
  }
  SUBCASE("a dangling symlink") {
    fs::create_symlink(tree.root() / "meetings/nowhere.yaml", tree.root() / "meetings/gone.yaml");
    LoadResult result = tree.load();
    Diagnostic d = only(result, "file-unreadable");
    CHECK(d.path == "records/meetings/gone.yaml");
    CHECK(d.message == "cannot read: no such file or folder");
    CHECK(d.hint == "the link points nowhere usable; fix or remove it");
    CHECK(result.store.meetings.size() == 1);
  }
  SUBCASE("a symlink loop") {
    fs::create_symlink("loop.yaml", tree.root() / "meetings/loop.yaml");
    Diagnostic d = only(tree.load(), "file-unreadable");
    CHECK(d.message == "cannot read: too many levels of symbolic links");
  }
  SUBCASE("a link to a directory") {
    fs::create_directories(tree.root() / "elsewhere");
    fs::create_directory_symlink(tree.root() / "meetings", tree.root() / "meetings/again");
    LoadResult result = tree.load();
    Diagnostic d = only(result, "file-not-regular");
    CHECK(d.path == "records/meetings/again");
    CHECK(d.message == "a link to a directory; links to folders are not followed");
    CHECK(result.store.meetings.size() == 1);
  }
  SUBCASE("a link to a record file is read") {
    tree.write("meetings/target.txt",
               "title: a\norganisation: spc\nstart: 2026-12-01\n"
               "status: planned\n");
    fs::create_symlink("target.txt", tree.root() / "meetings/linked.yaml");
    LoadResult result = tree.load();
    CHECK(of_rule(result, "file-extension").size() == 1);  // target.txt itself
    CHECK(result.store.meetings.size() == 2);
  }
  SUBCASE("a FIFO is not opened, so loading cannot hang") {
    REQUIRE(mkfifo((tree.root() / "meetings/pipe.yaml").c_str(), 0600) == 0);
    LoadResult result = tree.load();
    Diagnostic d = only(result, "file-not-regular");
    CHECK(d.path == "records/meetings/pipe.yaml");
    CHECK(d.message == "not a regular file");
    CHECK(result.store.meetings.size() == 1);
  }
}

TEST_CASE_FIXTURE(InEnglish, "the settings file is bound into the store") {
  TempTree tree;
  tree.write("meetings/crga-56.yaml", kMeeting);
  SUBCASE("values are read") {
    tree.write("multilat.yaml",
               "language: en\nhorizon: 6w\nprospect-stale-after: 45d\nreport-due-after: 1m\n"
               "holidays:\n  - {date: 2026-12-24, name: Fermeture}\n");
    LoadResult result = tree.load();
    CHECK(result.diagnostics.empty());
    CHECK(result.files_read == 2);
    const Settings& s = result.store.settings;
    CHECK(s.path == "records/multilat.yaml");
    CHECK(s.language == Language::En);
    CHECK(s.horizon.count == 6);
    CHECK(s.horizon.unit == DurationUnit::Weeks);
    CHECK(s.prospect_stale_after.count == 45);
    CHECK(s.prospect_stale_after.unit == DurationUnit::Days);
    CHECK(s.report_due_after.unit == DurationUnit::Months);
    REQUIRE(s.holidays.size() == 1);
    CHECK(s.holidays[0].date == *parse_date("2026-12-24"));
  }
  SUBCASE("a bad value is reported and the default stays") {
    tree.write("multilat.yaml", "horizon: 6 weeks\nprospect-stale-after: 45d\n");
    LoadResult result = tree.load();
    Diagnostic d = only(result, "field-type");
    CHECK(d.path == "records/multilat.yaml");
    CHECK(d.loc.line == 1);
    CHECK(result.store.settings.horizon.count == 30);
    CHECK(result.store.settings.prospect_stale_after.count == 45);
  }
  SUBCASE("an unknown key in the settings") {
    tree.write("multilat.yaml", "horizn: 6w\n");
    Diagnostic d = only(tree.load(), "key-unknown");
    CHECK(d.path == "records/multilat.yaml");
    CHECK(d.hint == "did you mean 'horizon'?");  // the message's wording: see the skipped test
  }
  SUBCASE("max-file-size bounds the record files") {
    tree.write("multilat.yaml", "max-file-size: 1024\n");
    tree.write("meetings/big.yaml",
               std::string(kMeeting) + "notes: " + std::string(2000, 'x') + "\n");
    LoadResult result = tree.load();
    Diagnostic d = only(result, "file-too-large");
    CHECK(d.path == "records/meetings/big.yaml");
    CHECK(d.message == "larger than 1024 bytes");
    CHECK(result.store.meetings.size() == 1);
  }
}

// Regression: the settings schema's name is "settings", so an unknown key reads "unknown key
// 'horizn' in this settings" (src/load/validate.cpp, validate_record: fmt::format("this {}",
// schema.name)). It should read naturally, e.g. "unknown key 'horizn' in the settings".
TEST_CASE_FIXTURE(InEnglish, "an unknown settings key is reported in plain English") {
  TempTree tree;
  tree.write("multilat.yaml", "horizn: 6w\n");
  Diagnostic d = only(tree.load(), "key-unknown");
  CHECK(d.message == "unknown key 'horizn' in the settings");
}

TEST_CASE("loading is deterministic whatever the number of threads") {
  TempTree tree;
  tree.write("organisations/spc.yaml", kOrganisation);
  tree.write("entities/province-sud.yaml", kEntity);
  for (int i = 0; i < 40; ++i) {
    std::string id =
        fmt::format("m{}", i);  // not "m" + to_string: a GCC 12 -Wrestrict false positive
    // Every third file has a problem, so diagnostics are compared too.
    tree.write(fmt::format("meetings/{}/{}.yaml", 2000 + i % 5, id),
               i % 3 == 0 ? std::string(kMeeting) + "locaton: Suva\n" : kMeeting);
    tree.write(fmt::format("prospects/p{}.yaml", i), kProspect);
  }
  tree.write("prospects/m7.yaml", kProspect);  // a duplicate id
  LoadResult one = tree.load(1);
  LoadResult four = tree.load(4);
  LoadResult all = tree.load(0);
  CHECK(one.files_read == 83);
  CHECK(one.store.record_count() == 83);
  auto flat = [](const LoadResult& r) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : r.diagnostics) {
      lines.push_back(d.path + ":" + std::to_string(d.loc.line) + ":" + d.rule + ":" + d.message);
    }
    return lines;
  };
  CHECK(flat(one).size() == 16);  // 14 unknown keys, and the duplicate id on both its files
  CHECK(flat(one) == flat(four));
  CHECK(flat(one) == flat(all));
  CHECK(ids(one.store) == ids(four.store));
  CHECK(ids(one.store) == ids(all.store));
}
