// kainjow's Mustache context over a JSON view model, read where the template looks instead of
// converted whole into kainjow's data first. A view holds much that its template never shows
// (the site's pages are built from the reports' views), and the conversion, its allocations
// and its freeing were a fifth of the site's rendering.
#pragma once

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include <deque>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "templates/template_set.h"

namespace multilat {

// A JSON value as kainjow's data, with the rules the templates are written for: empty text and
// null are false (as in JavaScript's Mustache; kainjow would take "" as true), numbers are text.
kainjow::mustache::data to_mustache_data(const nlohmann::json& value);

// Where the values a rendering hands to kainjow live until it ends. One per template and thread;
// kept from one rendering to the next so that its slots are reused rather than allocated.
class JsonContextStore {
 public:
  void start();  // a new rendering: every slot may be reused

 private:
  friend class JsonContext;
  using Data = kainjow::mustache::data;
  struct Span {  // kainjow data standing for JSON: one object, or a list of the array's items
    const Data* end;
    const nlohmann::json* json;
  };
  const Data* text(const std::string& value);
  const Data* object(const nlohmann::json& value);
  const Data* list(const nlohmann::json& value);
  void fill(kainjow::mustache::list& items, const nlohmann::json& value);
  const nlohmann::json* json_of(const Data* data) const;
  const std::vector<std::string>& parts_of(const std::string& dotted);
  const Data* derived(const DerivedNames& derive, const nlohmann::json& object, const std::string& name);

  std::deque<Data> texts_, objects_, lists_;
  std::size_t texts_used_ = 0, objects_used_ = 0, lists_used_ = 0;
  std::map<const Data*, Span> spans_;
  std::unordered_map<std::string, std::vector<std::string>> dotted_;
  std::string derived_value_;
};

class JsonContext : public kainjow::mustache::basic_context<std::string> {
 public:
  using Data = kainjow::mustache::data;
  // Names are looked up in `view` (and the sections opened in it), then in `shared`; partials
  // only in `partials`, never in the view. A name a JSON object lacks is asked of `derived`.
  JsonContext(JsonContextStore& store, const nlohmann::json& view, const Data* shared, const Data& partials,
              const DerivedNames* derived = nullptr);

  void push(const Data* data) override;
  void pop() override;
  const Data* get(const std::string& name) const override;
  const Data* get_partial(const std::string& name) const override;

  // The first name no level had, for --strict: only names a rendering reaches are seen.
  const std::string& missing() const { return missing_; }

 private:
  struct Level {
    const Data* data;
    const nlohmann::json* json;  // the JSON object it stands for, if any
  };
  const Data* find(const std::string& name) const;
  const Data* lookup(const Level& level, const std::vector<std::string>& parts) const;
  const Data* value_of(const nlohmann::json& value) const;
  const Data* in_object(const nlohmann::json& object, const std::string& name) const;

  JsonContextStore& store_;
  const Data& partials_;
  const DerivedNames* derived_;
  std::vector<Level> levels_;
  mutable std::string missing_;
};

}  // namespace multilat
