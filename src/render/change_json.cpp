// The JSON shared by `diff --format json` and `changes --format json`.
#include "render/change_json.h"

#include "render/diff_lines.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

OrderedJson facts_json(const RecordChange& c) {
  OrderedJson facts = OrderedJson::object();
  for (const RecordFact& fact : c.facts) facts[fact.key] = yaml_json(fact.value);
  return facts;
}

}  // namespace

OrderedJson or_null(const std::string& text) {
  return text.empty() ? OrderedJson(nullptr) : OrderedJson(text);
}

OrderedJson yaml_json(const yaml::Node& node) {
  switch (node.type) {
    case yaml::Node::Type::Null:
      return nullptr;
    case yaml::Node::Type::Scalar:
      return node.scalar;
    case yaml::Node::Type::Sequence: {
      OrderedJson list = OrderedJson::array();
      for (const yaml::Node& item : node.items) list.push_back(yaml_json(item));
      return list;
    }
    case yaml::Node::Type::Map: {
      OrderedJson object = OrderedJson::object();
      for (const yaml::Entry& e : node.entries) object[e.key] = yaml_json(e.node());
      return object;
    }
  }
  return nullptr;
}

OrderedJson field_json(const FieldChange& f) {
  OrderedJson field = {{"field", f.field},
                       {"change", field_word(f.kind)},
                       {"old", yaml_json(f.old_node)},
                       {"new", yaml_json(f.new_node)}};
  if (f.days) field["days"] = *f.days;
  if (!f.unchanged_language.empty()) field["unchanged_language"] = f.unchanged_language;
  return field;
}

void add_change_json(OrderedJson& out, const RecordChange& c) {
  out["old_path"] = or_null(c.old_path);
  out["new_path"] = or_null(c.new_path);
  out["old_invalid"] = or_null(c.old_invalid);
  out["new_invalid"] = or_null(c.new_invalid);
  out["layout_only"] = c.layout_only;
  out["facts"] = facts_json(c);
  out["fields"] = OrderedJson::array();
  for (const FieldChange& f : c.fields) out["fields"].push_back(field_json(f));
}

std::string json_text(const OrderedJson& doc) {
  return json_safe(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace multilat
