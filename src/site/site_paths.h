// Where each page of the site lives inside a language folder, and the relative links between
// pages: relative so that the site works from file:// and under any sub-path (GitLab Pages
// serves https://group.gitlab.io/project/).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "model/kind.h"
#include "model/store.h"

namespace multilat::site {

// "organisations/spc.html"; empty for an id that cannot be a file name (never loaded as valid).
std::string record_page(Kind kind, std::string_view id);

// The way up from `page` (a path inside a language folder) to that folder: "" or "../".
std::string up_to_language(std::string_view page);

// Beside every "<name>_id" (and "id") of `view` that names a record with a page, the link to that
// page as "<name>_href" ("href"), relative to the page at `page`. An id the store does not hold
// gets no link, so a dangling reference is text, never a broken link.
void add_record_links(nlohmann::json& view, const Store& store, std::string_view page);

}  // namespace multilat::site
