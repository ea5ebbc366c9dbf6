// Tests of the records tree's reading policy: links inside are followed, links outside and
// special files are refused, and so are folders on the way that lead out.
#include "load/tree_policy.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

using namespace multilat;
namespace fs = std::filesystem;

namespace {

struct Tree {
  fs::path base;
  fs::path root;
  Tree() {
    char name[] = "/tmp/multilat-policy-XXXXXX";
    base = mkdtemp(name);
    root = base / "records";
    fs::create_directories(root / "meetings");
    std::ofstream(root / "meetings" / "a.yaml") << "title: a\n";
    std::ofstream(base / "secret.txt") << "TOKEN=1\n";
  }
  ~Tree() {
    std::error_code ec;
    fs::remove_all(base, ec);
  }
};

}  // namespace

TEST_CASE("a regular file and a folder inside the root may be read") {
  Tree t;
  TreePolicy policy(t.root);
  CHECK(policy.check(t.root / "meetings" / "a.yaml").verdict == PathVerdict::File);
  CHECK_FALSE(policy.check(t.root / "meetings" / "a.yaml").through_link);
  CHECK(policy.check(t.root / "meetings").verdict == PathVerdict::Folder);
  CHECK(policy.may_read(t.root / "meetings" / "a.yaml"));
}

TEST_CASE("a link to a file inside the root is read like that file") {
  Tree t;
  fs::create_symlink("a.yaml", t.root / "meetings" / "b.yaml");
  TreePolicy policy(t.root);
  PathCheck check = policy.check(t.root / "meetings" / "b.yaml");
  CHECK(check.verdict == PathVerdict::File);
  CHECK(check.through_link);
}

TEST_CASE("a link out of the root is refused, whether to a file, /proc or /etc") {
  Tree t;
  fs::create_symlink(t.base / "secret.txt", t.root / "meetings" / "x.yaml");
  fs::create_symlink("/proc/self/environ", t.root / "meetings" / "env.yaml");
  fs::create_symlink("../../secret.txt", t.root / "meetings" / "rel.yaml");
  TreePolicy policy(t.root);
  CHECK(policy.check(t.root / "meetings" / "x.yaml").verdict == PathVerdict::LinkOutside);
  CHECK(policy.check(t.root / "meetings" / "env.yaml").verdict == PathVerdict::LinkOutside);
  CHECK(policy.check(t.root / "meetings" / "rel.yaml").verdict == PathVerdict::LinkOutside);
  CHECK_FALSE(policy.may_read(t.root / "meetings" / "x.yaml"));
}

TEST_CASE("a folder on the way that leads out of the root is refused") {
  Tree t;
  fs::create_directories(t.base / "elsewhere");
  std::ofstream(t.base / "elsewhere" / "m.yaml") << "title: m\n";
  fs::create_directory_symlink(t.base / "elsewhere", t.root / "meetings" / "linked");
  TreePolicy policy(t.root);
  CHECK(policy.check(t.root / "meetings" / "linked" / "m.yaml").verdict ==
        PathVerdict::LinkOutside);
}

TEST_CASE("dangling links and loops are unresolved, FIFOs are special") {
  Tree t;
  fs::create_symlink("nowhere.yaml", t.root / "meetings" / "dangling.yaml");
  fs::create_symlink("loop2.yaml", t.root / "meetings" / "loop1.yaml");
  fs::create_symlink("loop1.yaml", t.root / "meetings" / "loop2.yaml");
  REQUIRE(mkfifo((t.root / "meetings" / "pipe.yaml").c_str(), 0600) == 0);
  TreePolicy policy(t.root);
  CHECK(policy.check(t.root / "meetings" / "dangling.yaml").verdict == PathVerdict::Unresolved);
  CHECK(policy.check(t.root / "meetings" / "dangling.yaml").through_link);
  CHECK(policy.check(t.root / "meetings" / "loop1.yaml").verdict == PathVerdict::Unresolved);
  CHECK(policy.check(t.root / "meetings" / "pipe.yaml").verdict == PathVerdict::Special);
}

TEST_CASE("the root the user names may itself be a link") {
  Tree t;
  fs::create_directory_symlink(t.root, t.base / "link-to-records");
  TreePolicy policy(t.base / "link-to-records");
  CHECK(policy.check(t.base / "link-to-records" / "meetings" / "a.yaml").verdict ==
        PathVerdict::File);
  CHECK(policy.check(t.root / "meetings" / "a.yaml").verdict == PathVerdict::File);
}
