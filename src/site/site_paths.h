// Where each page of the site lives inside a language folder, and the relative links between
// pages: relative so that the site works from file:// and under any sub-path (GitLab Pages
// serves https://group.gitlab.io/project/).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "model/kind.h"
#include "model/store.h"
#include "templates/template_set.h"

namespace multilat::site {

// "organisations/spc.html"; empty for an id that cannot be a file name (never loaded as valid).
std::string record_page(Kind kind, std::string_view id);
// The same appended to `out`; false, and nothing appended, for an id that cannot be a file name.
bool append_record_page(std::string& out, Kind kind, std::string_view id);

// The way up from `page` (a path inside a language folder) to that folder: "" or "../".
std::string up_to_language(std::string_view page);

// The links a page's templates ask for, worked out from its view model as they ask: beside a
// "<name>_id" (or "id") that names a record with a page, "<name>_href" ("href") is the link to
// that page, relative to the page at `page`. An id the store does not hold has an empty link,
// so a dangling reference is text, never a broken link. A row that could be a link but has no
// id has an empty "href" too: it must not take its parent's. For one rendering of one view: it
// keeps its last answer by the object's address.
DerivedNames record_links(const Store& store, std::string_view page);

}  // namespace multilat::site
