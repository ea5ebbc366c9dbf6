// Page paths and the links the templates follow.
#include "site/site_paths.h"

#include <algorithm>

namespace multilat::site {

bool append_record_page(std::string& out, Kind kind, std::string_view id) {
  if (!is_valid_id(id)) return false;
  out.append(kind_folder(kind)).append("/").append(id).append(".html");
  return true;
}

std::string record_page(Kind kind, std::string_view id) {
  std::string page;
  append_record_page(page, kind, id);
  return page;
}

std::string up_to_language(std::string_view page) {
  std::string up;
  for (std::size_t n = static_cast<std::size_t>(std::count(page.begin(), page.end(), '/')); n > 0; --n) {
    up += "../";
  }
  return up;
}

namespace {

// The names a link goes by: "href" for a row's own, "<name>_href" for the record "<name>_id" names.
bool is_link_name(std::string_view name) {
  return name == "href" || (name.size() > 5 && name.ends_with("_href"));
}

// The key whose id a link is made from: "id" for "href", "<name>_id" for "<name>_href".
std::string_view id_key_of(std::string_view link, std::string& buffer) {
  if (link == "href") return "id";
  buffer.assign(link.substr(0, link.size() - 5)).append("_id");
  return buffer;
}

// The objects whose text a template may make a link: their {{#href}} must be their own.
bool may_be_linked(const nlohmann::json& object) {
  return object.contains("title") || object.contains("name") || object.contains("short") ||
         object.contains("organisation");
}

// Sets `href` to the link `name` (a link name) stands for in `object` and says whether it
// stands for one.
bool link_of(const Store& store, const std::string& up, const nlohmann::json& object, const std::string& name,
             std::string& key_buffer, std::string& href) {
  auto id = object.find(id_key_of(name, key_buffer));
  if (id == object.end() || !id->is_string()) return name == "href" && may_be_linked(object);
  const std::string& text = id->get_ref<const std::string&>();
  std::optional<RecordRef> found = store.find(text);
  if (found) {
    href = up;
    if (!append_record_page(href, found->kind, text)) href.clear();
  }
  return true;
}

}  // namespace

DerivedNames record_links(const Store& store, std::string_view page) {
  // A template asks for a link three times ({{#x_href}}<a href="{{x_href}}">…{{/x_href}}): the
  // last answer is kept for the same object and name.
  struct Last {
    const nlohmann::json* object = nullptr;
    std::string name, href, id_key;
    bool known = false;
  };
  return [&store, up = up_to_language(page), last = Last()](const nlohmann::json& object, const std::string& name,
                                                            std::string& href) mutable {
    // Most names asked of an object that lacks them are not links, and are asked at every level.
    if (!is_link_name(name)) return false;
    if (last.object != &object || last.name != name) {
      last.object = &object;
      last.name = name;
      last.href.clear();
      last.known = link_of(store, up, object, name, last.id_key, last.href);
    }
    href = last.href;
    return last.known;
  };
}

}  // namespace multilat::site
