// Walks a record's tree alongside its field table and reports every mismatch, not the first.
#include "load/validate.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "load/scalar_rules.h"
#include "load/yaml_messages.h"
#include "schema/kinds.h"
#include "util/did_you_mean.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using schema::FieldSpec;
using schema::RefTarget;
using schema::ValueType;

constexpr std::string_view kTextMapping = "{fr: ..., en: ...}";

// A hint followed by what the field means, in brackets: "add 'name: ...' (full name)".
std::string with_description(std::string text, std::string_view description) {
  if (description.empty()) return text;
  return fmt::format("{} ({})", text, description);
}

// "'delegation'" / "« delegation »": a nested mapping, named in messages by its key.
std::string field_where(std::string_view key) {
  return i18n::tr("load.where.field", fmt::arg("key", key));
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
        unknown_key(map, entry, fields, common, where);
      }
    }
    missing_required(map, fields, where);
  }

 private:
  void report(Loc loc, std::string rule, std::string message, std::string hint = "") {
    out_.diagnostics.push_back({std::string(path_), loc, Severity::Error, std::move(rule),
                                std::move(message), std::move(hint)});
  }

  void unknown_key(const yaml::Node& map, const yaml::Entry& entry,
                   std::span<const FieldSpec> fields, std::span<const FieldSpec> common,
                   std::string_view where) {
    std::vector<std::string> keys;
    for (const FieldSpec& f : fields) keys.emplace_back(f.key);
    for (const FieldSpec& f : common) keys.emplace_back(f.key);
    auto guess = did_you_mean(entry.key, keys);
    Loc loc = entry.key_loc;
    loc.length = Loc::saturated(entry.key.size());
    if (!guess && comma_in_flow(map, entry, loc)) return;
    report(loc, "key-unknown",
           i18n::tr("load.key-unknown", fmt::arg("key", entry.key), fmt::arg("where", where)),
           guess ? i18n::tr("word.did-you-mean", fmt::arg("guess", *guess))
                 : i18n::tr("load.key-unknown.hint"));
  }

  // `{fr: Soutien, sous réserve}`: inside braces a comma ends the value, so the rest of the
  // text became a key without a value. Said once, with the text to quote.
  bool comma_in_flow(const yaml::Node& map, const yaml::Entry& entry, Loc loc) {
    if (!map.flow || !entry.node().is_null() || &entry == &map.entries.front()) return false;
    const yaml::Entry& previous = *(&entry - 1);
    if (!previous.node().is_scalar() || previous.node().quoted) return false;
    std::string text = fmt::format("{}, {}", previous.node().scalar, entry.key);
    report(loc, "key-unknown",
           i18n::tr("load.comma-in-flow", fmt::arg("key", entry.key),
                    fmt::arg("previous", previous.key)),
           i18n::tr("load.comma-in-flow.hint",
                    fmt::arg("example", fmt::format("{}: {}", previous.key, yaml::double_quoted(text)))));
    return true;
  }

  // `- Budget : adopté` in a list of texts: the colon and space made a one-key mapping of it.
  bool colon_in_text(const yaml::Node& node, std::string_view key) {
    if (node.flow || node.entries.size() != 1) return false;
    const yaml::Entry& entry = node.entries.front();
    if (entry.key == "fr" || entry.key == "en" || !entry.node().is_scalar()) return false;
    std::string text = fmt::format("{} : {}", entry.key, entry.node().scalar);
    report(entry.key_loc, "field-type", i18n::tr("load.colon-in-text", fmt::arg("key", key)),
           i18n::tr("load.colon-in-text.hint", fmt::arg("example", yaml::double_quoted(text))));
    return true;
  }

  void missing_required(const yaml::Node& map, std::span<const FieldSpec> fields,
                        std::string_view where) {
    for (const FieldSpec& field : fields) {
      if (!field.required) continue;
      const yaml::Entry* entry = map.find(field.key);
      if (!entry) {
        report(Loc{map.loc.line, map.loc.column, 0}, "field-required",
               i18n::tr("load.field-missing", fmt::arg("where", where), fmt::arg("key", field.key)),
               with_description(i18n::tr("load.field-missing.hint", fmt::arg("key", field.key)),
                                description(field)));
      } else if (entry->node().is_null()) {
        report(entry->key_loc, "field-required",
               i18n::tr("load.field-empty", fmt::arg("key", field.key)),
               with_description(i18n::tr("load.field-empty.hint"), description(field)));
      }
    }
  }

  void value(const yaml::Node& node, const FieldSpec& field) {
    if (node.is_null()) return;  // an empty optional field counts as absent
    if (!field.list) return single(node, field);
    if (!node.is_sequence()) {
      report(node.loc, "field-type", i18n::tr("load.not-a-list", fmt::arg("key", field.key)),
             i18n::tr("load.not-a-list.hint"));
      return;
    }
    for (const yaml::Node& item : node.items) {
      if (item.is_null()) {
        report(item.loc, "field-type", i18n::tr("load.empty-item", fmt::arg("key", field.key)),
               i18n::tr("load.empty-item.hint"));
      } else {
        single(item, field);
      }
    }
  }

  // Apart from the type checks, so that a control character is named even in valid text. A
  // newline belongs in text written as a block (`notes: |`), so only it is let through.
  void control_chars(const yaml::Node& node) {
    std::string_view text = node.scalar;
    for (std::size_t offset = 0; offset < text.size();) {
      CodePoint point = decode_utf8_at(text, offset);
      if (point.valid && point.value != '\n' && is_unsafe_char(point.value)) {
        std::string shown = visible_text(text.substr(offset, point.length));
        report(node.loc, "text-control-char",
               i18n::tr("load.control-char", fmt::arg("char", shown)),
               i18n::tr("load.control-char.hint", fmt::arg("char", shown)));
        return;
      }
      offset += point.length;
    }
  }

  void single(const yaml::Node& node, const FieldSpec& field) {
    if (node.is_scalar()) control_chars(node);
    if (field.type == ValueType::Object) return object(node, field);
    if (field.type == ValueType::Text) return text(node, field);
    if (node.is_null()) return;
    if (auto bad = check_scalar(node, field)) {
      return report(node.loc, bad->rule, bad->message, bad->hint);
    }
    if (auto kind = schema::kind_of_target(field.ref)) {
      out_.references.push_back({node.scalar, *kind, node.loc});
    }
  }

  void object(const yaml::Node& node, const FieldSpec& field) {
    if (!node.is_map()) {
      report(node.loc, "field-type",
             with_description(i18n::tr("load.not-a-mapping", fmt::arg("key", field.key)),
                              description(field)));
      return;
    }
    mapping(node, field.fields, {}, field_where(field.key));
  }

  // Text is a plain string, or {fr: ..., en: ...}.
  void text(const yaml::Node& node, const FieldSpec& field) {
    if (node.is_null()) return;
    if (node.is_scalar()) return plain_text(node, field.key, field.list);
    if (!node.is_map()) {
      report(
          node.loc, "field-type",
          i18n::tr("load.not-text", fmt::arg("key", field.key), fmt::arg("mapping", kTextMapping)));
      return;
    }
    static constexpr FieldSpec kLanguages[] = {
        {.key = "fr", .type = ValueType::String, .description = {.en = "French", .fr = "français"}},
        {.key = "en", .type = ValueType::String, .description = {.en = "English", .fr = "anglais"}},
    };
    if (colon_in_text(node, field.key)) return;
    std::size_t reported = out_.diagnostics.size();
    bool has_text = false;
    for (const yaml::Entry& entry : node.entries) {
      has_text = has_text || (entry.node().is_scalar() && !entry.node().scalar.empty());
      if (!schema::find_field(kLanguages, entry.key)) {
        unknown_key(node, entry, kLanguages, {}, field_where(field.key));
      } else if (!entry.node().is_scalar() && !entry.node().is_null()) {
        std::string key = fmt::format("{}.{}", field.key, entry.key);
        report(entry.node().loc, "field-type",
               i18n::tr("load.not-plain-text", fmt::arg("field", key)));
      } else {
        if (entry.node().is_scalar()) control_chars(entry.node());
        plain_text(entry.node(), entry.key, false);
      }
    }
    // Only when nothing more precise was said about this mapping.
    if (!has_text && out_.diagnostics.size() == reported) {
      report(node.loc, "field-type", i18n::tr("load.no-text", fmt::arg("key", field.key)),
             i18n::tr("load.no-text.hint", fmt::arg("mapping", kTextMapping)));
    }
  }

  void plain_text(const yaml::Node& node, std::string_view key, bool list_item) {
    if (auto bad = check_plain_text(node, key, list_item)) {
      report(node.loc, bad->rule, bad->message, bad->hint);
    }
  }

  // What `field` of the mapping being read means, in the run's language.
  std::string_view description(const FieldSpec& field) const {
    return field.description.in(i18n::language());
  }

  std::string_view path_;
  Validation& out_;
};

}  // namespace

Validation validate_record(const yaml::Node& root, const schema::KindSchema& schema,
                           std::string_view path) {
  Validation out;
  if (!root.is_map()) {
    std::string record = i18n::tr(fmt::format("load.kind.{}.record", schema.name));
    out.diagnostics.push_back({std::string(path), root.loc, Severity::Error, "record-not-mapping",
                               i18n::tr("load.record-not-mapping", fmt::arg("record", record)),
                               i18n::tr("load.record-not-mapping.hint")});
    return out;
  }
  // "this meeting", "the settings": the words come from the catalogue, by schema name.
  std::string where = i18n::tr(fmt::format("load.kind.{}.this", schema.name));
  Validator(path, out).mapping(root, schema.fields, schema.common, where);
  return out;
}

}  // namespace multilat
