// Tests of `multilat hooks`' text edits (.gitattributes, .git/config), its script, and the
// reading of git's external diff driver arguments.
#include <doctest/doctest.h>

#include "cli/diff_driver.h"
#include "git/local_config.h"
#include "hooks/attributes.h"
#include "hooks/hook_script.h"

using namespace multilat;

TEST_CASE("a .gitattributes line is added once and taken out alone") {
  const std::string line = "records/**/*.yaml diff=multilat";
  CHECK(hooks::with_line("", line) == line + "\n");
  CHECK(hooks::with_line("*.png binary", line) == "*.png binary\n" + line + "\n");
  std::string text = "# team\n*.png binary\r\n" + line + "\n*.pdf -diff";
  CHECK(hooks::has_line(text, line));
  CHECK_FALSE(hooks::has_line("records/**/*.yaml diff=multilat -text\n", line));
  CHECK(hooks::without_line(text, line) == "# team\n*.png binary\r\n*.pdf -diff");
  CHECK(hooks::without_line(line + "\r\n", line).empty());
  CHECK(hooks::without_line(text + "\n" + line, line) == "# team\n*.png binary\r\n*.pdf -diff\n");
}

TEST_CASE("an emptied config section loses its header, and nothing else does") {
  std::string config = "[core]\n\tbare = false\n[diff \"multilat\"]\n[user]\n\tname = a\n";
  CHECK(git::without_empty_section(config, "diff", "multilat") ==
        "[core]\n\tbare = false\n[user]\n\tname = a\n");
  std::string kept = "[diff \"multilat\"]\n\tbinary = true\n";
  CHECK(git::without_empty_section(kept, "diff", "multilat") == kept);
  CHECK(git::without_empty_section("[core]\n  [diff \"multilat\"]  \n; note\n", "diff",
                                   "multilat") == "[core]\n; note\n");
  CHECK(git::without_empty_section("[diff \"other\"]\n", "diff", "multilat") ==
        "[diff \"other\"]\n");
}

TEST_CASE("the hook script runs the kept hook first, then the check, under /bin/sh") {
  std::string script = hooks::hook_script("/opt/it's/multilat", "records");
  CHECK(script.rfind("#!/bin/sh\n", 0) == 0);
  CHECK(hooks::is_multilat_hook(script));
  CHECK_FALSE(hooks::is_multilat_hook("#!/bin/sh\nexec multilat check --staged\n"));
  std::size_t legacy = script.find("\"$legacy\" \"$@\" || exit $?");
  std::size_t check =
      script.find("exec '/opt/it'\\''s/multilat' --records 'records' check --staged --changed\n");
  CHECK(legacy != std::string::npos);
  CHECK(check != std::string::npos);
  CHECK(legacy < check);
  CHECK(hooks::manual_line("/bin/multilat", "") ==
        "'/bin/multilat' --records '.' check --staged --changed || exit 1");
}

TEST_CASE("git's driver arguments: 7, 9 for a rename or copy, 1 for an unmerged path") {
  using Args = std::vector<std::string>;
  const std::string hex(40, 'a');
  auto plain = cli::driver_call(
      {"records/a.yaml", "/tmp/x", hex, "100644", "records/a.yaml", ".", "100755"}, true);
  REQUIRE(plain);
  CHECK(plain->new_path == "records/a.yaml");
  CHECK(plain->new_mode == "100755");
  auto added =
      cli::driver_call({"r/a.yaml", "/dev/null", ".", ".", "r/a.yaml", hex, "100644"}, false);
  REQUIRE(added);
  CHECK(added->old_file == "/dev/null");
  Args renamed{
      "r/a.yaml", "/tmp/x",   hex,
      "100644",   "r/b.yaml", hex,
      "100644",   "r/b.yaml", "similarity index 100%\nrename from r/a.yaml\nrename to r/b.yaml\n"};
  auto rename = cli::driver_call(renamed, true);
  REQUIRE(rename);
  CHECK(rename->new_path == "r/b.yaml");
  CHECK_FALSE(rename->copy);
  renamed[8] = "similarity index 100%\ncopy from r/a.yaml\ncopy to r/b.yaml\n";
  CHECK(cli::driver_call(renamed, true)->copy);
  CHECK(cli::driver_call({"r/a.yaml"}, true)->unmerged);
  // A person's revisions are not a driver call.
  CHECK_FALSE(cli::driver_call({"HEAD~1"}, false));
  CHECK_FALSE(cli::driver_call({"a", "b", "c", "d", "e", "f", "g"}, false));
}
