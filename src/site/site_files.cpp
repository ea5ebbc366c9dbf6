// Builds the search index and page.
#include "site/site_files.h"

#include <fmt/format.h>


#include "i18n/tr.h"
#include "site/site_paths.h"
#include "util/visible_text.h"

namespace multilat::site {
namespace {

using Json = nlohmann::json;

std::string kind_words(Kind kind, Language language) {
  return i18n::tr_in(language, fmt::format("site.kind.{}", kind_name(kind)));
}

std::string other_words(const Store& store, RecordRef ref) {
  auto words = [](const Text& acronym) { return fmt::format(" {} {}", acronym.fr.view(), acronym.en.view()); };
  if (ref.kind == Kind::Organisation) return words(store.organisations[ref.index].acronym);
  if (ref.kind == Kind::Entity) return words(store.entities[ref.index].acronym);
  return "";
}

// Each record with a page: its title, kind, link and the other words a search may use.
Json index_entries(const SiteInputs& in) {
  Json entries = Json::array();
  for (const RecordHeader* header : in.store.headers()) {
    std::string page = record_page(header->kind, header->id);
    auto ref = in.store.find(header->id);
    if (page.empty() || !ref) continue;
    entries.push_back({{"t", visible_text(record_title(in.store, *ref, in.language))},
                       {"k", kind_words(header->kind, in.language)},
                       {"u", page},
                       {"w", visible_text(header->id.str() + other_words(in.store, *ref))}});
  }
  return entries;
}

SitePage search_index(const SiteInputs& in) {
  // A script, not JSON fetched at run time: browsers refuse fetch() from file://.
  std::string text = "window.MULTILAT_INDEX = " + index_entries(in).dump(-1, ' ', true) + ";\n";
  return {"search-index.js", "", "", Json(), std::move(text)};
}

SitePage search_page(const SiteInputs& in) {
  Json groups = Json::array();
  Json entries = index_entries(in);
  for (Kind kind : kAllKinds) {
    Json items = Json::array();
    std::string folder = std::string(kind_folder(kind)) + "/";
    for (const Json& e : entries) {
      if (e["u"].get_ref<const std::string&>().starts_with(folder)) items.push_back({{"title", e["t"]}, {"href", e["u"]}});
    }
    if (!items.empty()) groups.push_back({{"kind", kind_words(kind, in.language)}, {"records", std::move(items)}});
  }
  return {"search.html", "site/search.html.mustache", i18n::tr_in(in.language, "site.search-title"),
          {{"groups", std::move(groups)}}};
}

}  // namespace

void add_search_jobs(const SiteInputs& in, std::vector<PageJob>& jobs) {
  jobs.push_back([&in] { return search_index(in); });
  jobs.push_back([&in] { return search_page(in); });
}

}  // namespace multilat::site
