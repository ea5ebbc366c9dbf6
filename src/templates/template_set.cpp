// Finding, reading and rendering Mustache templates with kainjow mustache.
#include "templates/template_set.h"

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "i18n/tr.h"
#include "load/tree_policy.h"
#include "render/cell_text.h"
#include "templates/json_context.h"
#include "util/utf8.h"
#include "util/visible_text.h"

#ifndef MULTILAT_SOURCE_TEMPLATES
#define MULTILAT_SOURCE_TEMPLATES ""
#endif

namespace multilat {
namespace {

namespace fs = std::filesystem;
namespace mustache = kainjow::mustache;

constexpr std::uintmax_t kMaxTemplateBytes = 1024 * 1024;

// Relative, forward, no "..": a name can only select a file inside a folder.
bool is_safe_name(std::string_view name) {
  static const std::regex allowed(R"([A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*)");
  return std::regex_match(name.begin(), name.end(), allowed) &&
         name.find("..") == std::string_view::npos;
}

// kainjow ends its messages with " at N", N a byte offset: say where as line:column instead.
std::string located_error(const std::string& file, const std::string& text,
                          const std::string& message) {
  static const std::regex at(R"(^(.*) at (\d+)$)");
  std::smatch m;
  if (!std::regex_match(message, m, at)) {
    return i18n::tr("template.error", fmt::arg("file", file), fmt::arg("detail", message));
  }
  std::size_t offset = std::min<std::size_t>(std::stoul(m[2].str()), text.size());
  auto [line, column] = line_column_at(text, offset);
  // kainjow's words, in the run's language when they are the usual ones.
  static const std::regex section(R"re(^(Unclosed|Unopened) section "(.*)"$)re");
  std::smatch s;
  std::string detail = m[1].str();
  std::string said = m[1].str();
  if (std::regex_match(said, s, section)) {
    detail = i18n::tr(s[1].str() == "Unclosed" ? "template.unclosed-section" : "template.unopened-section",
                      fmt::arg("name", s[2].str()));
  } else if (said == "Unclosed tag") {
    detail = i18n::tr("template.unclosed-tag");
  }
  return i18n::tr("template.error-at", fmt::arg("file", file), fmt::arg("line", line),
                  fmt::arg("column", column), fmt::arg("detail", detail));
}

// The names a template uses as partials: {{> name}}.
std::vector<std::string> partial_names(const std::string& text) {
  static const std::regex partial(R"(\{\{>\s*([^}\s]+)\s*\}\})");
  std::vector<std::string> names;
  for (std::sregex_iterator it(text.begin(), text.end(), partial), end; it != end; ++it) {
    names.push_back((*it)[1].str());
  }
  return names;
}

bool needs_html_escape(char ch) { return ch == '&' || ch == '<' || ch == '>' || ch == '"' || ch == '\''; }

// kainjow's escape appends character by character; most text has nothing to escape.
std::string html_escape_fast(const std::string& text) {
  auto first = std::find_if(text.begin(), text.end(), needs_html_escape);
  if (first == text.end()) return text;
  std::string out(text.begin(), first);
  out.reserve(text.size() + 16);
  for (auto it = first; it != text.end(); ++it) {
    switch (*it) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += *it;
    }
  }
  return out;
}

// Where kainjow writes a rendering: a string grown in place rather than a string stream.
struct StringSink {
  std::string text;
  StringSink& operator<<(const std::string& piece) {
    text += piece;
    return *this;
  }
};

// Where a tag naming `variable` first appears in the template, for the error message.
std::pair<uint32_t, uint32_t> tag_position(const std::string& text, const std::string& variable) {
  static const std::regex tag(R"(\{\{\{?\s*[#^/&]?\s*([^}\s]+)\s*\}?\}\})");
  for (std::sregex_iterator it(text.begin(), text.end(), tag), end; it != end; ++it) {
    if ((*it)[1].str() == variable) return line_column_at(text, static_cast<std::size_t>(it->position()));
  }
  return {1, 1};
}

// kainjow leaves the line break of a standalone section tag whose section renders nothing, so a
// text template that places empty sections between headings shows runs of blank lines; one is
// enough. HTML is left as written: there, blank lines show nothing.
std::string without_extra_blank_lines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  std::size_t newlines = 0;
  for (char ch : text) {
    newlines = ch == '\n' ? newlines + 1 : 0;
    if (newlines <= 2) out += ch;
  }
  return out;
}

}  // namespace

TemplateSet::TemplateSet(std::vector<fs::path> folders) : folders_(std::move(folders)) {}

TemplateSet TemplateSet::for_records(const fs::path& records_root) {
  // Absolute first: a root given as "." or "records" has no useful parent as written.
  std::error_code ec;
  fs::path root = fs::absolute(records_root, ec).lexically_normal();
  if (!root.has_filename()) root = root.parent_path();  // "/x/records/" ends in a separator
  fs::path project = root.parent_path() / "templates";
  fs::path shipped = shipped_templates_folder();
  // multilat's own source tree has records/ next to the shipped templates: one folder, not an
  // override of itself.
  if (fs::equivalent(project, shipped, ec)) return TemplateSet({shipped});
  return TemplateSet({project, shipped});
}

std::optional<fs::path> TemplateSet::find(std::string_view name) const {
  if (!is_safe_name(name)) return std::nullopt;
  for (const fs::path& folder : folders_) {
    fs::path file = folder / std::string(name);
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    if (!fs::exists(fs::symlink_status(file, ec))) continue;
    // The same policy as the records: no link out of the folder, no device, no FIFO. A file the
    // desk put there and that is refused is an error, never a silent fall back to the shipped one.
    if (TreePolicy(folder).may_read(file)) return file;
    throw TemplateError(i18n::tr("template.refused", fmt::arg("file", visible_text(file.string()))));
  }
  return std::nullopt;
}

bool TemplateSet::is_overridden(std::string_view name) const {
  auto file = find(name);
  return file && folders_.size() > 1 && path_is_within(*file, folders_.front());
}

std::string TemplateSet::read(std::string_view name) const {
  auto file = find(name);
  if (!file) {
    throw TemplateError(i18n::tr("template.not-found", fmt::arg("name", visible_text(name))));
  }
  std::error_code ec;
  if (fs::file_size(*file, ec) > kMaxTemplateBytes || ec) {
    throw TemplateError(i18n::tr("template.unreadable", fmt::arg("file", file->string())));
  }
  std::ifstream in(*file, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) {
    throw TemplateError(i18n::tr("template.unreadable", fmt::arg("file", file->string())));
  }
  return buffer.str();
}

struct SharedNames::Data {
  mustache::data data;
};

SharedNames::SharedNames(const nlohmann::json& names) : data_(std::make_unique<Data>(Data{to_mustache_data(names)})) {}
SharedNames::SharedNames(SharedNames&&) noexcept = default;
SharedNames::~SharedNames() = default;

std::string html_escaped(std::string_view text) { return html_escape_fast(std::string(text)); }

struct PreparedTemplate::Parsed {
  std::string file, text;
  Escaping escaping = Escaping::Html;
  mustache::mustache tmpl;
  mustache::data partials = mustache::data::type::object;  // {{> name}}: its text
  JsonContextStore values;
  std::size_t last_size = 0;
};

PreparedTemplate::PreparedTemplate(std::unique_ptr<Parsed> parsed) : parsed_(std::move(parsed)) {}
PreparedTemplate::PreparedTemplate(PreparedTemplate&&) noexcept = default;
PreparedTemplate& PreparedTemplate::operator=(PreparedTemplate&&) noexcept = default;
PreparedTemplate::~PreparedTemplate() = default;

PreparedTemplate TemplateSet::prepare(std::string_view name, Escaping escaping) const {
  std::string text = read(name);
  std::string file = find(name)->string();
  auto parsed = std::make_unique<PreparedTemplate::Parsed>(
      PreparedTemplate::Parsed{file, text, escaping, mustache::mustache{text}, {}, {}, 0});
  mustache::mustache& tmpl = parsed->tmpl;
  if (!tmpl.is_valid()) throw TemplateError(located_error(file, text, tmpl.error_message()));
  if (escaping == Escaping::Html) {
    tmpl.set_custom_escape(html_escape_fast);
  } else if (escaping == Escaping::None) {
    tmpl.set_custom_escape([](const std::string& s) { return s; });
  } else if (escaping == Escaping::Markdown) {
    tmpl.set_custom_escape([](const std::string& s) { return markdown_text(s); });
  }
  for (const std::string& partial : partial_names(text)) {
    std::string partial_file = partial + ".mustache";
    if (!is_safe_name(partial_file)) {
      throw TemplateError(i18n::tr("template.bad-partial", fmt::arg("file", file),
                                   fmt::arg("name", visible_text(partial))));
    }
    std::string content = read(partial_file);
    if (!content.empty() && content.back() == '\n') content.pop_back();
    parsed->partials.set(partial, mustache::partial{[content] { return content; }});
  }
  return PreparedTemplate(std::move(parsed));
}

std::string PreparedTemplate::render(const nlohmann::json& view, Strictness strictness,
                                     const SharedNames* shared, const DerivedNames* derived) {
  Parsed& p = *parsed_;
  JsonContext context(p.values, view, shared ? &shared->data_->data : nullptr, p.partials, derived);
  StringSink sink;
  sink.text.reserve(p.last_size + p.last_size / 8);
  std::string out = std::move(p.tmpl.render(context, sink).text);
  p.last_size = out.size();
  if (!p.tmpl.is_valid()) throw TemplateError(located_error(p.file, p.text, p.tmpl.error_message()));
  if (strictness == Strictness::UnknownIsError && !context.missing().empty()) {
    auto [line, column] = tag_position(p.text, context.missing());
    throw TemplateError(i18n::tr("template.error-at", fmt::arg("file", p.file), fmt::arg("line", line),
                                 fmt::arg("column", column),
                                 fmt::arg("detail", i18n::tr("template.unknown-variable",
                                                             fmt::arg("name", visible_text(context.missing()))))));
  }
  return p.escaping == Escaping::Html ? out : without_extra_blank_lines(out);
}

std::string TemplateSet::render(std::string_view name, const nlohmann::json& view,
                                Escaping escaping, Strictness strictness) const {
  return prepare(name, escaping).render(view, strictness);
}

fs::path shipped_templates_folder() {
  if (const char* env = std::getenv("MULTILAT_TEMPLATES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "multilat" / "templates";
    if (fs::is_directory(installed, ec)) return installed;
  }
  return MULTILAT_SOURCE_TEMPLATES;
}

}  // namespace multilat
