// Walks a record's tree alongside its field table and reports every mismatch, not the first.
#include "load/validate.h"

#include <fmt/format.h>

#include "load/scalar_rules.h"
#include "schema/kinds.h"
#include "util/did_you_mean.h"

namespace multilat {
namespace {

using schema::FieldSpec;
using schema::RefTarget;
using schema::ValueType;

std::optional<Kind> kind_of_target(RefTarget target) {
  switch (target) {
    case RefTarget::Organisation:
      return Kind::Organisation;
    case RefTarget::Entity:
      return Kind::Entity;
    case RefTarget::Meeting:
      return Kind::Meeting;
    case RefTarget::Prospect:
      return Kind::Prospect;
    case RefTarget::Body:
    case RefTarget::None:
      return std::nullopt;
  }
  return std::nullopt;
}

class Validator {
 public:
  Validator(std::string_view path, Validation& out) : path_(path), out_(out) {}

  void mapping(const yaml::Node& map, std::span<const FieldSpec> fields,
               std::span<const FieldSpec> common, std::string_view where) {
    for (const yaml::Entry& entry : map.entries) {
      const FieldSpec* field = schema::find_field(fields, entry.key);
      if (!field) field = schema::find_field(common, entry.key);
      if (field) {
        value(entry.node(), *field);
      } else {
        unknown_key(entry, fields, common, where);
      }
    }
    missing_required(map, fields, where);
  }

 private:
  void report(Loc loc, std::string rule, std::string message, std::string hint = "") {
    out_.diagnostics.push_back({std::string(path_), loc, Severity::Error, std::move(rule),
                                std::move(message), std::move(hint)});
  }

  void unknown_key(const yaml::Entry& entry, std::span<const FieldSpec> fields,
                   std::span<const FieldSpec> common, std::string_view where) {
    std::vector<std::string> keys;
    for (const FieldSpec& f : fields) keys.emplace_back(f.key);
    for (const FieldSpec& f : common) keys.emplace_back(f.key);
    auto guess = did_you_mean(entry.key, keys);
    Loc loc = entry.key_loc;
    loc.length = Loc::saturated(entry.key.size());
    report(loc, "key-unknown", fmt::format("unknown key '{}' in {}", entry.key, where),
           guess ? fmt::format("did you mean '{}'?", *guess)
                 : "see docs/records.md for the keys of each kind");
  }

  void missing_required(const yaml::Node& map, std::span<const FieldSpec> fields,
                        std::string_view where) {
    for (const FieldSpec& field : fields) {
      if (!field.required) continue;
      const yaml::Entry* entry = map.find(field.key);
      if (!entry) {
        report(Loc{map.loc.line, map.loc.column, 0}, "field-required",
               fmt::format("{} has no '{}'", where, field.key),
               fmt::format("add '{}: ...' ({})", field.key, field.description));
      } else if (entry->node().is_null()) {
        report(entry->key_loc, "field-required", fmt::format("'{}' is empty", field.key),
               fmt::format("give a value: {}", field.description));
      }
    }
  }

  void value(const yaml::Node& node, const FieldSpec& field) {
    if (node.is_null()) return;  // an empty optional field counts as absent
    if (!field.list) return single(node, field);
    if (!node.is_sequence()) {
      report(node.loc, "field-type", fmt::format("'{}' must be a list", field.key),
             fmt::format("write each item on its own line starting with '- '"));
      return;
    }
    for (const yaml::Node& item : node.items) {
      if (item.is_null()) {
        report(item.loc, "field-type", fmt::format("empty item in '{}'", field.key),
               "remove the '-' line, or give it a value");
      } else {
        single(item, field);
      }
    }
  }

  void single(const yaml::Node& node, const FieldSpec& field) {
    if (field.type == ValueType::Object) return object(node, field);
    if (field.type == ValueType::Text) return text(node, field);
    if (node.is_null()) return;
    if (auto bad = check_scalar(node, field)) {
      return report(node.loc, bad->rule, bad->message, bad->hint);
    }
    if (auto kind = kind_of_target(field.ref)) {
      out_.references.push_back({node.scalar, *kind, node.loc});
    }
  }

  void object(const yaml::Node& node, const FieldSpec& field) {
    if (!node.is_map()) {
      report(node.loc, "field-type",
             fmt::format("each '{}' must be a mapping of keys ({})", field.key, field.description),
             "");
      return;
    }
    mapping(node, field.fields, {}, fmt::format("'{}'", field.key));
  }

  // Text is a plain string, or {fr: ..., en: ...}.
  void text(const yaml::Node& node, const FieldSpec& field) {
    if (node.is_null()) return;
    if (node.is_scalar()) return plain_text(node, field.key, field.list);
    if (!node.is_map()) {
      report(node.loc, "field-type",
             fmt::format("'{}' must be text, or a mapping {{fr: ..., en: ...}}", field.key));
      return;
    }
    static constexpr FieldSpec kLanguages[] = {
        {.key = "fr", .type = ValueType::String, .description = "French"},
        {.key = "en", .type = ValueType::String, .description = "English"},
    };
    std::size_t reported = out_.diagnostics.size();
    bool has_text = false;
    for (const yaml::Entry& entry : node.entries) {
      has_text = has_text || (entry.node().is_scalar() && !entry.node().scalar.empty());
      if (!schema::find_field(kLanguages, entry.key)) {
        unknown_key(entry, kLanguages, {}, fmt::format("'{}'", field.key));
      } else if (!entry.node().is_scalar() && !entry.node().is_null()) {
        report(entry.node().loc, "field-type",
               fmt::format("'{}.{}' must be plain text", field.key, entry.key));
      } else {
        plain_text(entry.node(), entry.key, false);
      }
    }
    // Only when nothing more precise was said about this mapping.
    if (!has_text && out_.diagnostics.size() == reported) {
      report(node.loc, "field-type", fmt::format("'{}' gives no text in fr or en", field.key),
             "write {fr: ..., en: ...} with at least one language, or plain text");
    }
  }

  void plain_text(const yaml::Node& node, std::string_view key, bool list_item) {
    if (auto bad = check_plain_text(node, key, list_item)) {
      report(node.loc, bad->rule, bad->message, bad->hint);
    }
  }

  std::string_view path_;
  Validation& out_;
};

}  // namespace

Validation validate_record(const yaml::Node& root, const schema::KindSchema& schema,
                           std::string_view path) {
  Validation out;
  if (!root.is_map()) {
    out.diagnostics.push_back({std::string(path), root.loc, Severity::Error, "record-not-mapping",
                               fmt::format("a {} record must be a mapping of keys", schema.name),
                               "write one 'key: value' per line, starting at the first column"});
    return out;
  }
  std::string where = schema.common.empty() ? std::string("the ") + std::string(schema.name)
                                            : fmt::format("this {}", schema.name);
  Validator(path, out).mapping(root, schema.fields, schema.common, where);
  return out;
}

}  // namespace multilat
