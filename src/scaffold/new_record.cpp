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

// Every field of the kind, its own then those every record may carry.
std::vector<const FieldSpec*> fields_of(Kind kind) {
  const schema::KindSchema& s = schema::schema_of(kind);
  std::vector<const FieldSpec*> out;
  for (const FieldSpec& f : s.fields) out.push_back(&f);
  for (const FieldSpec& f : s.common) out.push_back(&f);
  return out;
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

}  // namespace

std::vector<const FieldSpec*> flag_fields() {
  std::vector<const FieldSpec*> out;
  for (Kind kind : kAllKinds) {
    for (const FieldSpec* f : fields_of(kind)) {
      bool seen = std::any_of(out.begin(), out.end(), [&](const FieldSpec* o) { return o->key == f->key; });
      if (!seen && is_flag_field(*f)) out.push_back(f);
    }
  }
  return out;
}

bool takes_field(Kind kind, std::string_view key) {
  auto fields = fields_of(kind);
  return std::any_of(fields.begin(), fields.end(), [&](const FieldSpec* f) { return f->key == key && is_flag_field(*f); });
}

std::vector<const FieldSpec*> missing_required(Kind kind, const FieldValues& values) {
  std::vector<const FieldSpec*> out;
  for (const FieldSpec* f : fields_of(kind)) {
    if (f->required && !values.count(std::string(f->key))) out.push_back(f);
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
    auto given = values.find(std::string(f->key));
    if (given != values.end()) out << f->key << ": " << value_text(*f, given->second) << '\n';
  }
  bool first = true;
  for (const FieldSpec* f : fields) {
    if (values.count(std::string(f->key))) continue;
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
