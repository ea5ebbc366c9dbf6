#include "scaffold/new_record.h"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "schema/kinds.h"

namespace multilat::scaffold {
namespace {

using schema::FieldSpec;
using schema::ValueType;

bool is_flag_field(const FieldSpec& f) {
  if (f.type == ValueType::Object) return false;
  return !f.list || f.type != ValueType::Text;  // a list of texts cannot be written on one line
}

// A mapping written part by part: one mapping, not a list of them.
bool is_single_mapping(const FieldSpec& f) { return f.type == ValueType::Object && !f.list; }

std::string part_flag(const FieldSpec& whole, const FieldSpec& part) {
  return fmt::format("{}-{}", whole.key, part.key);
}

// Every field of the kind, its own then those every record may carry.
std::vector<const FieldSpec*> fields_of(Kind kind) {
  const schema::KindSchema& s = schema::schema_of(kind);
  std::vector<const FieldSpec*> out;
  for (const FieldSpec& f : s.fields) out.push_back(&f);
  for (const FieldSpec& f : s.common) out.push_back(&f);
  return out;
}

std::vector<FlagField> flag_fields(Kind kind) {
  std::vector<FlagField> out = own_flag_fields(kind);
  for (FlagField& f : common_flag_fields()) out.push_back(std::move(f));
  return out;
}

// The field itself, or for a mapping one of its parts, has a value.
bool is_given(const FieldSpec& f, const FieldValues& values) {
  if (!is_single_mapping(f)) return values.count(std::string(f.key)) > 0;
  return std::any_of(f.fields.begin(), f.fields.end(),
                     [&](const FieldSpec& part) { return values.count(part_flag(f, part)) > 0; });
}

std::string value_text(const FieldSpec& f, const std::string& value) {
  if (!f.list) return yaml_scalar(value);
  std::string out = "[";
  std::istringstream in(value);
  for (std::string item; std::getline(in, item, ',');) {
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (item.empty()) continue;
    out += (out.size() > 1 ? ", " : "") + yaml_scalar(item);
  }
  return out + "]";
}

// A field left for the user: commented out, with its description after a second '#', so that
// removing the first '#' gives a valid, empty field.
void commented(std::ostringstream& out, const FieldSpec& f, std::size_t indent, bool dash,
               Language language) {
  std::string lead(indent, ' ');
  if (dash) lead.replace(indent - 2, 2, "- ");
  out << "# " << lead << f.key << ":  # " << f.description.in(language) << '\n';
  std::size_t i = 0;
  for (const FieldSpec& inner : f.fields) {
    commented(out, inner, indent + (f.list ? 4 : 2), f.list && i++ == 0, language);
  }
}

// A mapping some of whose parts are given: those parts, and the others commented in their place.
void mapping_text(std::ostringstream& out, const FieldSpec& whole, const FieldValues& values, Language language) {
  out << whole.key << ":\n";
  for (const FieldSpec& part : whole.fields) {
    auto given = values.find(part_flag(whole, part));
    if (given == values.end()) {
      commented(out, part, 2, false, language);
    } else {
      out << "  " << part.key << ": " << value_text(part, given->second) << '\n';
    }
  }
}

}  // namespace

std::vector<FlagField> flag_fields(std::span<const FieldSpec> fields) {
  std::vector<FlagField> out;
  for (const FieldSpec& f : fields) {
    if (is_flag_field(f)) out.push_back({std::string(f.key), &f});
    if (!is_single_mapping(f)) continue;
    for (const FieldSpec& part : f.fields) {
      if (is_flag_field(part)) out.push_back({part_flag(f, part), &part, &f});
    }
  }
  return out;
}

std::vector<FlagField> own_flag_fields(Kind kind) { return flag_fields(schema::schema_of(kind).fields); }

std::vector<FlagField> common_flag_fields() { return flag_fields(schema::schema_of(Kind::Organisation).common); }

std::vector<FlagField> flag_fields() {
  std::vector<FlagField> out;
  for (Kind kind : kAllKinds) {
    for (FlagField& f : flag_fields(kind)) {
      bool seen = std::any_of(out.begin(), out.end(), [&](const FlagField& o) { return o.flag == f.flag; });
      if (!seen) out.push_back(std::move(f));
    }
  }
  return out;
}

bool takes_field(Kind kind, std::string_view flag) {
  auto fields = flag_fields(kind);
  return std::any_of(fields.begin(), fields.end(), [&](const FlagField& f) { return f.flag == flag; });
}

std::vector<std::string> part_flags(Kind kind, std::string_view key) {
  std::vector<std::string> out;
  for (const FlagField& f : flag_fields(kind)) {
    if (f.whole && f.whole->key == key) out.push_back(f.flag);
  }
  return out;
}

std::vector<FlagField> missing_required(Kind kind, const FieldValues& values) {
  std::vector<FlagField> out;
  for (const FieldSpec* f : fields_of(kind)) {
    if (!is_single_mapping(*f)) {
      if (f->required && !values.count(std::string(f->key))) out.push_back({std::string(f->key), f});
      continue;
    }
    if (!f->required && !is_given(*f, values)) continue;
    for (const FieldSpec& part : f->fields) {
      if (part.required && !values.count(part_flag(*f, part))) out.push_back({part_flag(*f, part), &part, f});
    }
  }
  return out;
}

std::string record_path(Kind kind, const std::string& id, const FieldValues& values, Date today) {
  std::string folder(kind_folder(kind));
  if (kind == Kind::Meeting) {
    auto start = values.find("start");
    std::optional<Date> day = start == values.end() ? std::nullopt : parse_date(start->second);
    folder += fmt::format("/{}", static_cast<int>((day ? *day : today).year()));
  }
  return fmt::format("{}/{}.yaml", folder, id);
}

std::string record_text(Kind kind, const FieldValues& values, Language language) {
  std::ostringstream out;
  auto fields = fields_of(kind);
  for (const FieldSpec* f : fields) {
    if (!is_given(*f, values)) continue;
    if (is_single_mapping(*f)) {
      mapping_text(out, *f, values, language);
    } else {
      out << f->key << ": " << value_text(*f, values.at(std::string(f->key))) << '\n';
    }
  }
  bool first = true;
  for (const FieldSpec* f : fields) {
    if (is_given(*f, values)) continue;
    if (first) out << '\n';
    first = false;
    commented(out, *f, 0, false, language);
  }
  return out.str();
}

std::string commented_fields(std::span<const FieldSpec> fields, Language language) {
  std::ostringstream out;
  for (const FieldSpec& f : fields) commented(out, f, 0, false, language);
  return out.str();
}

std::string yaml_scalar(std::string_view value) {
  static constexpr std::string_view kSpecialStart = "-?:,[]{}#&*!|>'\"%@` ";
  static constexpr std::string_view kWords[] = {"null", "Null", "NULL", "~", "true", "True", "TRUE",
                                                "false", "False", "FALSE", "yes", "no", "on", "off"};
  bool plain = !value.empty() && kSpecialStart.find(value.front()) == std::string_view::npos &&
               value.back() != ' ' && value.back() != ':' && value.find(": ") == std::string_view::npos &&
               value.find(" #") == std::string_view::npos &&
               std::find(std::begin(kWords), std::end(kWords), value) == std::end(kWords) &&
               std::none_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  if (plain) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    auto b = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (b < 0x20 || b == 0x7f) {
      out += fmt::format("\\x{:02x}", b);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace multilat::scaffold
