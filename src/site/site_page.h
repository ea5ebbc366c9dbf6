// One page of the site: where it goes, the template that lays it out and its view model, every
// word already in the page's language. The records a page links to are found by id when it is
// rendered (site_paths.h), so the builders only name them.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "calendar/deadline.h"
#include "model/store.h"
#include "review/history.h"
#include "site/site_index.h"

namespace multilat::site {

struct SitePage {
  std::string path;      // inside the language folder: "organisations/spc.html"
  std::string body;      // the template of the page's main part: "site/org.html.mustache"
  std::string title;     // the <title> and the single h1
  nlohmann::json view;   // the body's view model
  // A file written as it is, with no template (a calendar feed, the search index): `body` is
  // then empty.
  std::optional<std::string> raw = std::nullopt;
};

// The record's title or name in the language, as lists show it.
std::string record_title(const Store& store, RecordRef ref, Language language);

// What every page of one language is built from. Read once; pages are built from it in parallel,
// so nothing here changes while they are.
struct SiteInputs {
  const Store& store;
  Language language = Language::Fr;
  Date today;
  const std::vector<Deadline>& deadlines;  // every deadline of the records, done ones included
  const SiteIndex& index;
  const History* history = nullptr;       // the records' recent commits; none outside git
};

// A page not built yet: the site lists its pages first, then builds and writes each on a worker
// thread, so that only a few view models are ever in memory at once.
using PageJob = std::function<SitePage()>;

}  // namespace multilat::site
