// `multilat site`: the records as a static site in both languages, laid out by the Mustache
// templates of templates/site/ (the project's own first), as reports and mail are.
#pragma once

#include <cstddef>
#include <filesystem>

#include "calendar/deadline.h"
#include "model/store.h"
#include "review/history.h"
#include "templates/template_set.h"

namespace multilat::site {

struct SiteRequest {
  std::filesystem::path folder;
  Date today;
  bool force = false;               // write into a folder that is not a site yet
  Strictness strictness = Strictness::Lenient;
  const History* history = nullptr;  // recent commits, for the home page; none outside git
};

struct SiteSummary {
  std::size_t files = 0, written = 0, removed = 0;
};

// Writes every page of both languages, the feeds, the search index and the shared files, then
// removes the site's files that no longer belong. `deadlines` are every deadline of the records,
// done ones included. Throws NotASiteFolder, TemplateError or FileError.
SiteSummary build_site(const Store& store, const std::vector<Deadline>& deadlines,
                       const TemplateSet& templates, const SiteRequest& request);

}  // namespace multilat::site
