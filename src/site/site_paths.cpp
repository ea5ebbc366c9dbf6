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

// The key whose id a link is made from: "id" for "href", "<name>_id" for "<name>_href".
std::string_view id_key_of(std::string_view link, std::string& buffer) {
  if (link == "href") return "id";
  if (link.size() <= 5 || !link.ends_with("_href")) return "";
  buffer.assign(link.substr(0, link.size() - 5)).append("_id");
  return buffer;
}

// The objects whose text a template may make a link: their {{#href}} must be their own.
bool may_be_linked(const nlohmann::json& object) {
  return object.contains("title") || object.contains("name") || object.contains("short") ||
         object.contains("organisation");
}

}  // namespace

DerivedNames record_links(const Store& store, std::string_view page) {
  return [&store, up = up_to_language(page), key = std::string()](
             const nlohmann::json& object, const std::string& name, std::string& href) mutable {
    std::string_view id_key = id_key_of(name, key);
    if (id_key.empty()) return false;
    auto id = object.find(id_key);
    if (id == object.end() || !id->is_string()) return name == "href" && may_be_linked(object);
    const std::string& text = id->get_ref<const std::string&>();
    std::optional<RecordRef> found = store.find(text);
    std::string target = found ? record_page(found->kind, text) : "";
    if (!target.empty()) href.assign(up).append(target);
    return true;
  };
}

}  // namespace multilat::site
