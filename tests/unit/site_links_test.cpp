// The site's links, worked out from the ids of a view as a template asks, and a page's file.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "site/site_folder.h"
#include "site/site_paths.h"
#include "store_fixture.h"

using namespace multilat;
using namespace multilat::site;
using Json = nlohmann::json;

namespace {

// What the hook says of `name` in `object`: the link, or "(none)" when it knows no such name.
std::string asked(const DerivedNames& links, const Json& object, const std::string& name) {
  std::string href;
  return links(object, name, href) ? href : "(none)";
}

}  // namespace

TEST_CASE("site links: from an id to the page of its record, relative to the page asking") {
  testing::StoreFixture fx({{"records/entities/scrre.yaml", "name: SCRRE\ntype: government-service\n"},
                            {"records/organisations/spc.yaml", "name: Pacific Community\nnc-status: member\n"}});
  DerivedNames links = record_links(fx.store, "meetings/crga-56.html");
  Json row = {{"id", "spc"}, {"owner_id", "scrre"}, {"lead_id", "nobody"}, {"count_id", 3}, {"name", "x"}};
  CHECK(asked(links, row, "href") == "../organisations/spc.html");
  CHECK(asked(links, row, "owner_href") == "../entities/scrre.html");
  CHECK(asked(links, row, "owner_href") == "../entities/scrre.html");  // asked again: the same
  CHECK(asked(links, row, "lead_href") == "");         // a record the store does not hold: text
  CHECK(asked(links, row, "count_href") == "(none)");  // not an id
  CHECK(asked(links, row, "partner_href") == "(none)");
  CHECK(asked(links, row, "name") == "(none)");
  CHECK(asked(links, row, "_href") == "(none)");
  // A row that could be a link but has no id has an empty one, never its parent's; other rows
  // have none, and a template looks further up.
  CHECK(asked(links, Json{{"title", "t"}}, "href") == "");
  CHECK(asked(links, Json{{"title", "t"}, {"id", 7}}, "href") == "");
  CHECK(asked(links, Json{{"count", 1}}, "href") == "(none)");
  // From a page at the language's top.
  CHECK(asked(record_links(fx.store, "index.html"), row, "href") == "organisations/spc.html");
}

TEST_CASE("write_site_file: an unlisted file is the desk's even when it holds the page's bytes") {
  namespace fs = std::filesystem;
  fs::path folder = fs::temp_directory_path() / "multilat-site-file-test";
  fs::remove_all(folder);
  fs::create_directories(folder / "fr");
  std::ofstream(folder / "fr/page.html") << "<p>same</p>";
  CHECK_THROWS_AS(write_site_file(folder, "fr/page.html", "<p>same</p>", {}, false), NotASiteFolder);
  CHECK(write_site_file(folder, "fr/page.html", "<p>same</p>", {"fr/page.html"}, false) == WriteResult::Unchanged);
  CHECK(write_site_file(folder, "fr/page.html", "<p>same</p>", {}, true) == WriteResult::Unchanged);
  CHECK(write_site_file(folder, "fr/page.html", "<p>new</p>", {"fr/page.html"}, false) == WriteResult::Written);
  CHECK(write_site_file(folder, "fr/new/page.html", "<p>x</p>", {}, false) == WriteResult::Written);
  fs::remove_all(folder);
}
