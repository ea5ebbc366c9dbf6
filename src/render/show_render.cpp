// The fields are walked with the schema beside them: it says which values are dates, statuses,
// bilingual texts or references, so that each is shown as a reader expects.
#include "render/show_render.h"

#include <fmt/format.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <ostream>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "render/cell_text.h"
#include "render/value_words.h"
#include "schema/kinds.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using schema::FieldSpec;
using schema::RefTarget;
using schema::ValueType;
using Json = nlohmann::json;
using i18n::tr;

const FieldSpec* spec_for(std::span<const FieldSpec> fields, std::span<const FieldSpec> common, std::string_view key) {
  const FieldSpec* spec = schema::find_field(fields, key);
  return spec ? spec : schema::find_field(common, key);
}

// Lines of "key : value", nested lists and mappings indented under their key.
class TextWalk {
 public:
  TextWalk(std::ostream& out, const ShowContext& c) : out_(out), c_(c) {}

  void map(const yaml::Node& node, std::span<const FieldSpec> fields, std::span<const FieldSpec> common,
           std::size_t indent, bool first_has_dash = false) {
    for (std::size_t i = 0; i < node.entries.size(); ++i) {
      const yaml::Entry& e = node.entries[i];
      const FieldSpec* spec = spec_for(fields, common, e.key);
      std::string lead = std::string(indent, ' ');
      if (first_has_dash && i == 0) lead.replace(indent - 2, 2, "- ");
      std::string key = terminal_safe(e.key);
      const yaml::Node& v = e.node();
      if (is_inline(v, spec)) {
        out_ << lead << tr("show.field", fmt::arg("key", key), fmt::arg("value", terminal_safe(inline_value(v, spec))))
             << '\n';
        continue;
      }
      out_ << lead << tr("show.field-heading", fmt::arg("key", key)) << '\n';
      nested(v, spec, indent + 2);
    }
  }

 private:
  bool is_inline(const yaml::Node& v, const FieldSpec* spec) const {
    if (v.is_scalar() || v.is_null()) return true;
    if (spec && spec->type == ValueType::Text && !spec->list && v.is_map()) return true;
    if (v.is_sequence()) {
      return std::all_of(v.items.begin(), v.items.end(), [](const yaml::Node& n) { return n.is_scalar(); });
    }
    return false;
  }

  void nested(const yaml::Node& v, const FieldSpec* spec, std::size_t indent) {
    std::span<const FieldSpec> inner = spec ? spec->fields : std::span<const FieldSpec>{};
    if (v.is_map()) return map(v, inner, {}, indent);
    for (const yaml::Node& item : v.items) {
      if (item.is_map() && !(spec && spec->type == ValueType::Text)) {
        map(item, inner, {}, indent + 2, true);
      } else {
        out_ << std::string(indent, ' ') << "- " << terminal_safe(inline_value(item, spec)) << '\n';
      }
    }
  }

  std::string inline_value(const yaml::Node& v, const FieldSpec* spec) const {
    if (v.is_map()) {  // a text in both languages
      Text text;
      if (const yaml::Entry* fr = v.find("fr")) text.fr = fr->node().scalar;
      if (const yaml::Entry* en = v.find("en")) text.en = en->node().scalar;
      return text.in(c_.language).str();
    }
    if (v.is_sequence()) {
      std::string joined;
      for (const yaml::Node& item : v.items) joined += (joined.empty() ? "" : ", ") + scalar(item, spec);
      return joined;
    }
    return scalar(v, spec);
  }

  std::string scalar(const yaml::Node& v, const FieldSpec* spec) const {
    const std::string& s = v.scalar;
    if (!spec || (v.quoted && spec->type != ValueType::Id)) return s;
    if (spec->type == ValueType::Date) {
      if (auto d = parse_date(s)) return day_month_year(*d, c_.language);
    }
    if (spec->type == ValueType::Enum) return enum_word(*spec, s, c_.language);
    if (spec->type == ValueType::Id) {
      if (auto kind = schema::kind_of_target(spec->ref)) {
        auto name = c_.name_of(s, *kind);
        if (!name) return tr("show.reference-unknown", fmt::arg("id", s));
        if (!name->empty()) return tr("show.reference", fmt::arg("id", s), fmt::arg("name", name->in(c_.language)));
      }
    }
    return s;
  }

  std::ostream& out_;
  const ShowContext& c_;
};

std::string days_ago(int days) {
  return days == 0 ? tr("show.today") : i18n::trn("show.days-ago", static_cast<std::size_t>(std::abs(days)));
}

std::string when_text(const RecordDetail& d, Language language) {
  if (!d.days_to_start) return "";
  if (*d.days_to_start >= 0) return tr("show.starts", fmt::arg("when", relative_days(*d.days_to_start, language)));
  if (d.days_to_end && *d.days_to_end >= 0) return tr("show.under-way");
  return tr("show.ended", fmt::arg("when", days_ago(-*d.days_to_end)));
}

void derived_text(std::ostream& out, const RecordDetail& d, const ShowContext& c) {
  std::vector<std::string> lines;
  if (std::string when = when_text(d, c.language); !when.empty()) lines.push_back(when);
  if (d.last_contact) {
    int days = days_between(*d.last_contact, c.today);
    lines.push_back(tr("show.last-contact", fmt::arg("date", day_month_year(*d.last_contact, c.language)),
                       fmt::arg("when", days_ago(days))));
  }
  if (!d.status_history.empty()) {
    std::string steps;
    for (const StatusStep& s : d.status_history) {
      std::string word = tr(fmt::format("value.nc-status.{}", s.status));
      std::string step = s.since ? tr("show.status-since", fmt::arg("status", word),
                                      fmt::arg("date", day_month_year(*s.since, c.language)))
                                 : word;
      steps += (steps.empty() ? "" : " → ") + step;
    }
    lines.push_back(tr("show.status-history", fmt::arg("steps", steps)));
  }
  if (lines.empty()) return;
  out << '\n' << tr("show.derived") << '\n';
  for (const std::string& line : lines) out << "  " << terminal_safe(line) << '\n';
}

void deadlines_text(std::ostream& out, const RecordDetail& d, const ShowContext& c) {
  if (d.deadlines.empty()) return;
  out << '\n' << tr("show.deadlines") << '\n';
  std::size_t date_width = 0, state_width = 0;
  for (const Deadline& x : d.deadlines) {
    date_width = std::max(date_width, display_width(day_month_year(x.due, c.language)));
    state_width = std::max(state_width, display_width(state_label(x.state, c.language)));
  }
  for (const Deadline& x : d.deadlines) {
    out << "  " << pad_to_width(day_month_year(x.due, c.language), date_width) << "  "
        << pad_to_width(std::string(state_label(x.state, c.language)), state_width) << "  "
        << terminal_safe(x.what.in(c.language)) << (x.owner.empty() ? "" : " · " + terminal_safe(x.owner)) << '\n';
  }
}

void referrers_text(std::ostream& out, const RecordDetail& d, const ShowContext& c) {
  out << '\n' << tr("show.referrers") << '\n';
  if (d.referrers.empty()) out << "  " << tr("show.no-referrer") << '\n';
  for (const Referrer& r : d.referrers) {
    out << "  " << tr(fmt::format("word.kind.{}", kind_name(r.kind))) << "  " << terminal_safe(r.id);
    if (!r.name.empty()) out << " · " << terminal_safe(r.name.in(c.language));
    out << '\n';
  }
}

Json node_json(const yaml::Node& n) {
  if (n.is_scalar()) return n.scalar;
  if (n.is_sequence()) {
    Json list = Json::array();
    for (const yaml::Node& item : n.items) list.push_back(node_json(item));
    return list;
  }
  if (n.is_map()) {
    Json object = Json::object();
    for (const yaml::Entry& e : n.entries) object[e.key] = node_json(e.node());
    return object;
  }
  return nullptr;
}

// {"fr", "en"}, a missing language null; null for no text at all.
Json text_json(const Text& t) {
  auto side = [](const Str& s) { return s.empty() ? Json(nullptr) : Json(s.str()); };
  return t.empty() ? Json(nullptr) : Json{{"fr", side(t.fr)}, {"en", side(t.en)}};
}

// Every reference in the fields, with the path of the field that holds it.
void collect_references(const yaml::Node& n, const FieldSpec* spec, std::span<const FieldSpec> fields,
                        std::span<const FieldSpec> common, const std::string& path, const ShowContext& c, Json& out) {
  if (n.is_map() && !(spec && spec->type == ValueType::Text && !spec->list)) {
    std::span<const FieldSpec> inner = spec ? spec->fields : fields;
    for (const yaml::Entry& e : n.entries) {
      collect_references(e.node(), spec_for(inner, spec ? std::span<const FieldSpec>{} : common, e.key), {}, {},
                         path.empty() ? e.key : path + "." + e.key, c, out);
    }
  } else if (n.is_sequence()) {
    for (std::size_t i = 0; i < n.items.size(); ++i) {
      collect_references(n.items[i], spec, {}, {}, fmt::format("{}[{}]", path, i), c, out);
    }
  } else if (n.is_scalar() && spec && spec->type == ValueType::Id) {
    if (auto kind = schema::kind_of_target(spec->ref)) {
      auto name = c.name_of(n.scalar, *kind);
      Json ref = {{"field", path}, {"id", n.scalar}, {"kind", kind_name(*kind)}, {"found", name.has_value()}};
      ref["name"] = name ? text_json(*name) : Json(nullptr);
      out.push_back(std::move(ref));
    }
  }
}


}  // namespace

void render_show_text(std::ostream& out, const RecordDetail& d, const yaml::Node* fields, const ShowContext& c) {
  std::string kind = tr(fmt::format("word.kind.{}", kind_name(d.kind)));
  std::string name = d.name.in(c.language).str();
  out << terminal_safe(name.empty() ? fmt::format("{} · {}", d.id, kind) : fmt::format("{} · {} · {}", d.id, kind, name))
      << '\n'
      << terminal_safe(d.path) << '\n';
  if (fields && fields->is_map()) {
    out << '\n';
    const schema::KindSchema& s = schema::schema_of(d.kind);
    TextWalk(out, c).map(*fields, s.fields, s.common, 2);
  }
  derived_text(out, d, c);
  deadlines_text(out, d, c);
  referrers_text(out, d, c);
}

void render_show_json(std::ostream& out, const RecordDetail& d, const yaml::Node* fields, const ShowContext& c) {
  Json references = Json::array();
  if (fields) {
    const schema::KindSchema& s = schema::schema_of(d.kind);
    collect_references(*fields, nullptr, s.fields, s.common, "", c, references);
  }
  Json derived = Json::object();
  if (d.days_to_start) derived["days_to_start"] = *d.days_to_start;
  if (d.days_to_end) derived["days_to_end"] = *d.days_to_end;
  if (d.last_contact) derived["last_contact"] = format_date(*d.last_contact);
  if (!d.status_history.empty()) {
    Json steps = Json::array();
    for (const StatusStep& st : d.status_history) {
      steps.push_back({{"status", st.status}, {"since", st.since ? Json(format_date(*st.since)) : Json(nullptr)}});
    }
    derived["status_history"] = steps;
  }
  Json deadlines = Json::array();
  for (const Deadline& x : d.deadlines) {
    deadlines.push_back({{"due", format_date(x.due)}, {"what", text_json(x.what)}, {"state", state_name(x.state)},
                         {"kind", source_name(x.source)}, {"owner", x.owner.empty() ? Json(nullptr) : Json(x.owner.str())}});
  }
  Json referrers = Json::array();
  for (const Referrer& r : d.referrers) {
    referrers.push_back({{"id", r.id}, {"kind", kind_name(r.kind)}, {"path", r.path}, {"name", text_json(r.name)}});
  }
  Json doc = {{"id", d.id},
              {"kind", kind_name(d.kind)},
              {"path", d.path},
              {"name", text_json(d.name)},
              {"fields", fields ? node_json(*fields) : Json(nullptr)},
              {"references", references},
              {"derived", derived},
              {"deadlines", deadlines},
              {"referrers", referrers}};
  out << json_safe(doc.dump(2)) << '\n';
}

const FormatTable<ShowOutput>& show_formats() {
  static const FormatTable<ShowOutput> formats{
      {"text", [](std::ostream& out, const ShowOutput& o) { render_show_text(out, o.detail, o.fields, o.context); }},
      {"json", [](std::ostream& out, const ShowOutput& o) { render_show_json(out, o.detail, o.fields, o.context); }},
  };
  return formats;
}

}  // namespace multilat
