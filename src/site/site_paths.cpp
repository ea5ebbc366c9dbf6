// Page paths and the links the templates follow.
#include "site/site_paths.h"

#include <algorithm>

namespace multilat::site {

std::string record_page(Kind kind, std::string_view id) {
  if (!is_valid_id(id)) return "";
  return std::string(kind_folder(kind)) + "/" + std::string(id) + ".html";
}

std::string up_to_language(std::string_view page) {
  std::string up;
  for (std::size_t n = static_cast<std::size_t>(std::count(page.begin(), page.end(), '/')); n > 0; --n) {
    up += "../";
  }
  return up;
}

namespace {

std::string href_key(const std::string& key) {
  if (key == "id") return "href";
  if (key.size() > 3 && key.ends_with("_id")) return key.substr(0, key.size() - 3) + "_href";
  return "";
}

// The objects whose text a template may make a link: their {{#href}} must be their own.
bool may_be_linked(const nlohmann::json& object) {
  return object.contains("title") || object.contains("name") || object.contains("short") ||
         object.contains("organisation");
}

void link_tree(nlohmann::json& view, const Store& store, const std::string& up) {
  if (view.is_array()) {
    for (nlohmann::json& item : view) link_tree(item, store, up);
    return;
  }
  if (!view.is_object()) return;
  std::vector<std::pair<std::string, std::string>> links;
  for (auto& [key, value] : view.items()) {
    if (value.is_structured()) {
      link_tree(value, store, up);
      continue;
    }
    std::string target = value.is_string() ? href_key(key) : "";
    if (target.empty()) continue;
    const std::string& id = value.get_ref<const std::string&>();
    std::optional<RecordRef> found = store.find(id);
    std::string page = found ? record_page(found->kind, id) : "";
    // Empty when there is no page: the templates test the link, which --strict needs to exist.
    links.emplace_back(target, page.empty() ? "" : up + page);
  }
  for (auto& [key, href] : links) view[key] = std::move(href);
  // Each row its own link, even none: a row without an id must not take its parent's, and
  // --strict wants every name a template tests to exist.
  if (!view.contains("href") && may_be_linked(view)) view["href"] = "";
}

}  // namespace

void add_record_links(nlohmann::json& view, const Store& store, std::string_view page) {
  link_tree(view, store, up_to_language(page));
}

}  // namespace multilat::site
