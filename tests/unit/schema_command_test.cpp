// Tests of `multilat schema -o`: files with other content are never touched without --force.
#include <doctest/doctest.h>

#include "in_language.h"
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "schema/json_schema.h"
#include "schema/kinds.h"

using namespace multilat;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
  fs::path path =
      fs::temp_directory_path() / ("multilat-schema-cmd-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempFolder() { fs::create_directories(path); }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

// Runs `multilat schema ARGS...` in-process, as main() would, and returns the exit code.
int run_schema(std::vector<std::string> args) {
  CLI::App app{"test", "multilat"};
  cli::GlobalOptions global;
  cli::Outcome outcome;
  cli::add_schema_command(app, global, outcome);
  args.insert(args.begin(), {"multilat", "schema"});
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  app.parse(static_cast<int>(argv.size()), argv.data());
  return outcome.exit_code;
}

void write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string meeting_schema() {
  return schema::json_schema(schema::schema_of(Kind::Meeting)).dump(2) + '\n';
}

}  // namespace

TEST_CASE("schema -o writes one kind to a file, then finds it unchanged") {
  TempFolder folder;
  fs::path file = folder.path / "meeting.schema.json";
  CHECK(run_schema({"meeting", "-o", file.string()}) == 0);
  CHECK(slurp(file) == meeting_schema());
  auto written = fs::last_write_time(file);
  CHECK(run_schema({"meeting", "-o", file.string()}) == 0);
  CHECK(fs::last_write_time(file) == written);
}

TEST_CASE("schema -o refuses a file with other content and leaves it as it was") {
  multilat::testing::InLanguage english(Language::En);
  TempFolder folder;
  fs::path file = folder.path / "meeting.schema.json";
  write(file, "edited by hand\n");
  CHECK_THROWS_WITH_AS(run_schema({"meeting", "-o", file.string()}),
                       doctest::Contains("use --force"), cli::UsageError);
  CHECK(slurp(file) == "edited by hand\n");
  CHECK(run_schema({"meeting", "-o", file.string(), "--force"}) == 0);
  CHECK(slurp(file) == meeting_schema());
}

TEST_CASE("schema -o FOLDER writes nothing when one file there has other content") {
  TempFolder folder;
  write(folder.path / "settings.schema.json", "edited by hand\n");
  CHECK_THROWS_AS(run_schema({"-o", folder.path.string()}), cli::UsageError);
  CHECK(slurp(folder.path / "settings.schema.json") == "edited by hand\n");
  CHECK_FALSE(fs::exists(folder.path / "meeting.schema.json"));
  CHECK(run_schema({"-o", folder.path.string(), "--force"}) == 0);
  for (const schema::KindSchema* kind : schema::exported_schemas()) {
    CHECK(fs::exists(folder.path / (std::string(kind->name) + ".schema.json")));
  }
}

TEST_CASE("schema -o into an existing folder names the file after the kind") {
  TempFolder folder;
  CHECK(run_schema({"meeting", "-o", folder.path.string()}) == 0);
  CHECK(slurp(folder.path / "meeting.schema.json") == meeting_schema());
  CHECK_THROWS_AS(run_schema({"-o", (folder.path / "meeting.schema.json").string()}),
                  cli::UsageError);  // without KIND, -o names a folder
}
