// Tests of atomic whole-file writes: create, refuse, replace, and never leave a temporary file.
#include "util/atomic_file.h"

#include <doctest/doctest.h>

#include "i18n/error_text.h"
#include "in_language.h"
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

using namespace multilat;
namespace fs = std::filesystem;

namespace {

// A fresh folder, removed with everything in it at the end of the test.
struct TempFolder {
  fs::path path =
      fs::temp_directory_path() / ("multilat-atomic-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempFolder() { fs::create_directories(path); }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

size_t entries_in(const fs::path& folder) {
  return static_cast<size_t>(
      std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

std::string error_of(const fs::path& path, std::string_view content, bool overwrite) {
  try {
    write_file_atomically(path, content, overwrite);
  } catch (const FileError& e) {
    return file_error_text(e);
  }
  return "";
}

}  // namespace

TEST_CASE("a new file is written whole, with no temporary file left") {
  TempFolder folder;
  fs::path file = folder.path / "a.json";
  write_file_atomically(file, "{}\n", false);
  CHECK(slurp(file) == "{}\n");
  CHECK(entries_in(folder.path) == 1);
  auto perms = fs::status(file).permissions();
  CHECK((perms & fs::perms::owner_read) != fs::perms::none);
  CHECK((perms & fs::perms::owner_write) != fs::perms::none);
}

TEST_CASE("without overwrite an existing file is refused and left untouched") {
  multilat::testing::InLanguage english(Language::En);
  TempFolder folder;
  fs::path file = folder.path / "a.json";
  write_file_atomically(file, "old", false);
  std::string error = error_of(file, "new", false);
  CHECK(error.find(file.string()) != std::string::npos);
  CHECK(error.find("already exists") != std::string::npos);
  CHECK(slurp(file) == "old");
  CHECK(entries_in(folder.path) == 1);
}

TEST_CASE("with overwrite the file is replaced") {
  TempFolder folder;
  fs::path file = folder.path / "a.json";
  write_file_atomically(file, "old", false);
  write_file_atomically(file, "new and longer", true);
  CHECK(slurp(file) == "new and longer");
  CHECK(entries_in(folder.path) == 1);
}

TEST_CASE("a missing folder or a folder in the way is an error naming the path") {
  multilat::testing::InLanguage english(Language::En);
  TempFolder folder;
  fs::path missing = folder.path / "no" / "a.json";
  CHECK(error_of(missing, "x", false).find(missing.string()) != std::string::npos);
  fs::create_directory(folder.path / "dir");
  std::string error = error_of(folder.path / "dir", "x", true);
  CHECK(error.find("is a folder") != std::string::npos);
  CHECK(entries_in(folder.path) == 1);
}

TEST_CASE("read_file_if_exists tells a missing file from an empty one") {
  TempFolder folder;
  CHECK_FALSE(read_file_if_exists(folder.path / "none").has_value());
  write_file_atomically(folder.path / "empty", "", false);
  CHECK(read_file_if_exists(folder.path / "empty") == std::string());
  CHECK_THROWS_AS(read_file_if_exists(folder.path), std::runtime_error);
}

TEST_CASE("a new file has the umask's mode, a replaced one keeps its own, and the umask is left as it was") {
  TempFolder folder;
  mode_t before = ::umask(027);
  auto mode_of = [](const fs::path& p) {
    struct stat s {};
    REQUIRE(::stat(p.c_str(), &s) == 0);
    return s.st_mode & 07777;
  };
  write_file_atomically(folder.path / "new", "x", false);
  CHECK(mode_of(folder.path / "new") == 0640);
  write_file_atomically(folder.path / "private", "x", false);
  REQUIRE(::chmod((folder.path / "private").c_str(), 0600) == 0);
  write_file_atomically(folder.path / "private", "secret", true);
  CHECK(mode_of(folder.path / "private") == 0600);
  REQUIRE(::chmod((folder.path / "private").c_str(), 0755) == 0);
  write_file_atomically(folder.path / "private", "script", true, Durability::Unsynced);
  CHECK(mode_of(folder.path / "private") == 0755);
  CHECK(::umask(before) == 027);  // never set to anything else on the way
}

TEST_CASE("compare_file tells a missing file, the same bytes and different ones, and refuses a FIFO") {
  TempFolder folder;
  fs::path file = folder.path / "page.html";
  CHECK(compare_file(file, "") == FileMatch::Missing);
  std::string big(200000, 'a');  // more than one piece of the comparison
  write_file_atomically(file, big, false);
  CHECK(compare_file(file, big) == FileMatch::Same);
  CHECK(compare_file(file, big.substr(1)) == FileMatch::Different);
  std::string changed = big;
  changed[150000] = 'b';  // the same size, a byte changed in the third piece
  CHECK(compare_file(file, changed) == FileMatch::Different);
  write_file_atomically(folder.path / "empty", "", false);
  CHECK(compare_file(folder.path / "empty", "") == FileMatch::Same);
  CHECK(compare_file(folder.path / "empty", "x") == FileMatch::Different);
  CHECK_THROWS_AS(compare_file(folder.path, ""), FileError);
  REQUIRE(::mkfifo((folder.path / "fifo").c_str(), 0600) == 0);
  CHECK_THROWS_AS(compare_file(folder.path / "fifo", ""), FileError);  // refused, not waited on
}

TEST_CASE("move_file without overwrite keeps a file already at the target") {
  multilat::testing::InLanguage english(Language::En);
  TempFolder folder;
  fs::path from = folder.path / "pre-commit", to = folder.path / "pre-commit.kept";
  write_file_atomically(from, "mine", false);
  write_file_atomically(to, "kept earlier", false);
  try {
    move_file(from, to, false);
    FAIL("move_file replaced a file");
  } catch (const FileError& e) {
    CHECK(e.problem() == FileProblem::AlreadyExists);
    CHECK(e.path() == to);
    CHECK(file_error_text(e).find("already exists") != std::string::npos);
  }
  CHECK(slurp(to) == "kept earlier");
  CHECK(slurp(from) == "mine");
  fs::remove(to);
  move_file(from, to, false);
  CHECK(slurp(to) == "mine");
  CHECK(entries_in(folder.path) == 1);
}

TEST_CASE("move_file with overwrite replaces the target in one step") {
  TempFolder folder;
  fs::path from = folder.path / "a", to = folder.path / "b";
  write_file_atomically(from, "new", false);
  write_file_atomically(to, "old", false);
  move_file(from, to, true);
  CHECK(slurp(to) == "new");
  CHECK(entries_in(folder.path) == 1);
}

TEST_CASE("a file error is put into words in the run's language") {
  FileError exists(FileProblem::AlreadyExists, "out/brief.md");
  FileError unreadable(FileProblem::CannotRead, "records/a.yaml",
                       std::make_error_code(std::errc::permission_denied));
  FileError full(FileProblem::CannotWrite, "out/brief.md", {ENOSPC, std::generic_category()});
  {
    multilat::testing::InLanguage english(Language::En);
    CHECK(file_error_text(exists) == "cannot write out/brief.md: it already exists");
    CHECK(error_text(unreadable) == "cannot read records/a.yaml: permission denied");
    CHECK(error_text(full) == "cannot write out/brief.md: no space left on device");
    CHECK(error_text(std::runtime_error("other")) == "other");
  }
  multilat::testing::InLanguage french(Language::Fr);
  CHECK(file_error_text(exists) == "impossible d'écrire out/brief.md : il existe déjà");
  CHECK(error_text(unreadable) == "impossible de lire records/a.yaml : accès refusé");
  CHECK(error_text(full) == "impossible d'écrire out/brief.md : plus de place sur le disque");
}

TEST_CASE("a write into a folder that does not exist names the folder") {
  TempFolder folder;
  fs::path target = folder.path / "missing" / "d.md";
  try {
    write_file_atomically(target, "x", false);
    FAIL("wrote into a missing folder");
  } catch (const FileError& e) {
    CHECK(e.cause() == std::errc::no_such_file_or_directory);
    multilat::testing::InLanguage french(Language::Fr);
    CHECK(file_error_text(e) == "impossible d'écrire " + target.string() + " : le dossier " +
                                    (folder.path / "missing").string() + " n'existe pas");
  }
}

TEST_CASE("the system's reasons are said in the run's language, rare ones in its own words") {
  multilat::testing::InLanguage french(Language::Fr);
  CHECK(system_reason(EROFS) == "le système de fichiers est en lecture seule");
  CHECK(system_reason(std::make_error_code(std::errc::not_a_directory)) ==
        "une partie du chemin n'est pas un dossier");
  std::error_code over_quota(EDQUOT, std::system_category());  // as std::filesystem reports it
  CHECK(system_reason(over_quota) == "quota de disque dépassé");
  CHECK(system_reason(EXDEV) == std::error_code(EXDEV, std::generic_category()).message());
}
