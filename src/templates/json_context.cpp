// A Mustache context that reads the JSON view model as kainjow asks for each name.
#include "templates/json_context.h"

namespace multilat {
namespace {

namespace mustache = kainjow::mustache;
using Json = nlohmann::json;

const mustache::data kTrue{mustache::data::type::bool_true};
const mustache::data kFalse{mustache::data::type::bool_false};

// Whether a value that is neither an object nor an array shows as text: numbers, and text that is
// not empty. Empty text and null are false, as in JavaScript's Mustache (kainjow would take ""
// as true); a boolean is itself.
bool shows_text(const Json& value) {
  return value.is_number() || (value.is_string() && !value.get_ref<const std::string&>().empty());
}

std::string text_shown(const Json& value) {
  return value.is_string() ? value.get_ref<const std::string&>() : value.dump();
}

bool is_true(const Json& value) { return value.is_boolean() && value.get<bool>(); }

mustache::data scalar_data(const Json& value) {
  if (shows_text(value)) return mustache::data(text_shown(value));
  return is_true(value) ? mustache::data::type::bool_true : mustache::data::type::bool_false;
}

}  // namespace

mustache::data to_mustache_data(const Json& value) {
  // kainjow's set() and push_back() copy what they are given, so each nested level was copied
  // once more: a view model was copied many times over. Moved in place instead.
  if (value.is_object()) {
    mustache::data out = mustache::data::type::object;
    for (auto it = value.begin(); it != value.end(); ++it) out[it.key()] = to_mustache_data(it.value());
    return out;
  }
  if (value.is_array()) {
    mustache::data out = mustache::data::type::list;
    // kainjow lends its list only as const; the vector itself is not, so it is filled in place.
    auto& items = const_cast<mustache::list&>(out.list_value());
    items.reserve(value.size());
    for (const auto& item : value) items.push_back(to_mustache_data(item));
    return out;
  }
  return scalar_data(value);
}

void JsonContextStore::start() {
  texts_used_ = objects_used_ = lists_used_ = 0;
  spans_.clear();
}

const mustache::data* JsonContextStore::text(const std::string& value) {
  if (texts_used_ == texts_.size()) texts_.emplace_back(std::string());
  mustache::data& slot = texts_[texts_used_++];
  // The slot's own string, reused: its buffer is already there from an earlier rendering.
  const_cast<std::string&>(slot.string_value()) = value;
  return &slot;
}

const mustache::data* JsonContextStore::object(const Json& value) {
  if (objects_used_ == objects_.size()) objects_.emplace_back(mustache::data::type::bool_true);
  const mustache::data* slot = &objects_[objects_used_++];
  spans_[slot] = Span{slot + 1, &value};
  return slot;
}

const mustache::data* JsonContextStore::list(const Json& value) {
  if (lists_used_ == lists_.size()) lists_.emplace_back(mustache::data::type::list);
  mustache::data& slot = lists_[lists_used_++];
  fill(const_cast<mustache::list&>(slot.list_value()), value);
  return &slot;
}

void JsonContextStore::fill(mustache::list& items, const Json& value) {
  items.clear();
  items.reserve(value.size());  // never grown after: the spans point into it
  for (const Json& item : value) {
    // An object stands in as "true": kainjow opens the section and pushes it, and json_of()
    // finds the object again from where it sits in the list. An array in the array is a list of
    // its own, built the same way.
    if (item.is_object()) {
      items.emplace_back(mustache::data::type::bool_true);
    } else if (item.is_array()) {
      items.emplace_back(mustache::data::type::list);
      fill(const_cast<mustache::list&>(items.back().list_value()), item);
    } else {
      items.push_back(scalar_data(item));
    }
  }
  if (!items.empty()) spans_[items.data()] = Span{items.data() + items.size(), &value};
}

const Json* JsonContextStore::json_of(const mustache::data* data) const {
  auto span = spans_.upper_bound(data);
  if (span == spans_.begin()) return nullptr;
  --span;
  if (!std::less<const mustache::data*>()(data, span->second.end)) return nullptr;
  const Json* json = span->second.json;
  if (!json->is_array()) return json;
  const Json& item = (*json)[static_cast<std::size_t>(data - span->first)];
  return item.is_object() ? &item : nullptr;
}

const std::vector<std::string>& JsonContextStore::parts_of(const std::string& dotted) {
  auto found = dotted_.find(dotted);
  if (found != dotted_.end()) return found->second;
  std::vector<std::string> parts;
  // As kainjow splits, with getline: "a..b" has an empty part, a last "." none.
  for (std::size_t at = 0, dot; at < dotted.size(); at = dot + 1) {
    dot = std::min(dotted.find('.', at), dotted.size());
    parts.push_back(dotted.substr(at, dot - at));
  }
  return dotted_.emplace(dotted, std::move(parts)).first->second;
}

const mustache::data* JsonContextStore::derived(const DerivedNames& derive, const Json& object,
                                                const std::string& name) {
  derived_value_.clear();
  if (!derive(object, name, derived_value_)) return nullptr;
  return derived_value_.empty() ? &kFalse : text(derived_value_);
}

JsonContext::JsonContext(JsonContextStore& store, const Json& view, const Data* shared, const Data& partials,
                         const DerivedNames* derived)
    : store_(store), partials_(partials), derived_(derived) {
  store_.start();
  if (shared) levels_.push_back({shared, nullptr});
  levels_.push_back({&kTrue, &view});
}

void JsonContext::push(const Data* data) { levels_.push_back({data, store_.json_of(data)}); }

void JsonContext::pop() { levels_.pop_back(); }

const JsonContext::Data* JsonContext::get(const std::string& name) const {
  const Data* found = find(name);
  if (!found && missing_.empty()) missing_ = name;
  return found;
}

const JsonContext::Data* JsonContext::get_partial(const std::string& name) const { return partials_.get(name); }

const JsonContext::Data* JsonContext::find(const std::string& name) const {
  if (name == ".") return levels_.back().data;
  if (name.find('.') == std::string::npos) {
    for (auto level = levels_.rbegin(); level != levels_.rend(); ++level) {
      if (!level->json) {
        if (const Data* found = level->data->get(name)) return found;
        continue;
      }
      if (const Data* found = in_object(*level->json, name)) return found;
    }
    return nullptr;
  }
  const std::vector<std::string>& parts = store_.parts_of(name);
  for (auto level = levels_.rbegin(); level != levels_.rend(); ++level) {
    if (const Data* found = lookup(*level, parts)) return found;
  }
  return nullptr;
}

// A dotted name within one level, as kainjow walks it: every part must be found there.
const JsonContext::Data* JsonContext::lookup(const Level& level, const std::vector<std::string>& parts) const {
  if (!level.json) {
    const Data* data = level.data;
    for (const std::string& part : parts) {
      if (!(data = data->get(part))) return nullptr;
    }
    return data;
  }
  const Json* json = level.json;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    auto found = json->find(parts[i]);
    if (found == json->end() || !found->is_object()) return nullptr;
    json = &*found;
  }
  return parts.empty() ? value_of(*json) : in_object(*json, parts.back());
}

// A name in one JSON object: its own, else one derived from it.
const JsonContext::Data* JsonContext::in_object(const Json& object, const std::string& name) const {
  auto found = object.find(name);
  if (found != object.end()) return value_of(*found);
  return derived_ ? store_.derived(*derived_, object, name) : nullptr;
}

const JsonContext::Data* JsonContext::value_of(const Json& value) const {
  if (value.is_object()) return store_.object(value);
  if (value.is_array()) return store_.list(value);
  if (!shows_text(value)) return is_true(value) ? &kTrue : &kFalse;
  return value.is_string() ? store_.text(value.get_ref<const std::string&>()) : store_.text(value.dump());
}

}  // namespace multilat
