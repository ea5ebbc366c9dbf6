// Templates the desk can reword without rebuilding: Mustache files found first in the project's
// own templates/ folder (next to records/), then in the ones shipped with multilat. The mail
// digest and the reports lay out a view model built in C++; the templates only place it.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace multilat {

// A template that cannot be found, read or parsed; the message names the file, line and column.
struct TemplateError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// How {{values}} are escaped: for HTML, for Markdown (markdown_text), or not at all (plain text,
// whose values are already made visible by the view model). {{{values}}} are never escaped.
enum class Escaping { Html, Markdown, None };

// Whether a {{name}} the view model lacks renders as nothing (Mustache's rule) or is an error,
// which catches a misspelt variable in a template the desk edited (`--strict`).
enum class Strictness { Lenient, UnknownIsError };

// Names every view of many renders shares (the site's words on each of its pages), converted
// once. A view's own names come first; read-only, so threads may share it.
class SharedNames {
 public:
  explicit SharedNames(const nlohmann::json& names);
  SharedNames(SharedNames&&) noexcept;
  ~SharedNames();

 private:
  friend class PreparedTemplate;
  struct Data;
  std::unique_ptr<Data> data_;
};

// Names a view model does not hold but that are worked out, when a template asks for one, from
// the JSON object it is asked of (the site's links, from record ids): sets `value` and says
// whether the name is known there.
using DerivedNames =
    std::function<bool(const nlohmann::json& object, const std::string& name, std::string& value)>;

// What {{value}} makes of text in HTML: the escaping kainjow applies, for text a caller places
// into a rendered page itself.
std::string html_escaped(std::string_view text);

// A template read and parsed once, to render many views: the site renders thousands of pages
// with a dozen templates. kainjow keeps state while it renders, so each thread prepares its own.
class PreparedTemplate {
 public:
  PreparedTemplate(PreparedTemplate&&) noexcept;
  PreparedTemplate& operator=(PreparedTemplate&&) noexcept;
  ~PreparedTemplate();
  std::string render(const nlohmann::json& view, Strictness strictness = Strictness::Lenient,
                     const SharedNames* shared = nullptr, const DerivedNames* derived = nullptr);

 private:
  friend class TemplateSet;
  struct Parsed;
  explicit PreparedTemplate(std::unique_ptr<Parsed> parsed);
  std::unique_ptr<Parsed> parsed_;
};

class TemplateSet {
 public:
  // `folders` are searched in order; each is a root that nothing read may leave.
  explicit TemplateSet(std::vector<std::filesystem::path> folders);

  // The folders for a records root: `<root>/../templates`, then the shipped ones.
  static TemplateSet for_records(const std::filesystem::path& records_root);

  // `name` is relative, such as "mail/digest.txt.mustache". The file it comes from, or nothing.
  std::optional<std::filesystem::path> find(std::string_view name) const;

  // Whether `name` comes from the first folder (the project's own) rather than a later one.
  bool is_overridden(std::string_view name) const;

  // Renders `name` with `view`. Partials ({{> name}}) are looked up the same way, by name plus
  // ".mustache", and cannot name a path outside the folders. Text (not HTML) keeps at most one
  // blank line in a row, whatever the sections that rendered nothing left.
  std::string render(std::string_view name, const nlohmann::json& view, Escaping escaping,
                     Strictness strictness = Strictness::Lenient) const;

  // `name` read, checked and parsed with its partials, for render() as often as needed. Throws
  // TemplateError as render() does.
  PreparedTemplate prepare(std::string_view name, Escaping escaping) const;

 private:
  std::string read(std::string_view name) const;
  std::vector<std::filesystem::path> folders_;
};

// Where the shipped templates are: MULTILAT_TEMPLATES (for tests and packagers), else the
// installed share folder next to the binary, else the source tree's templates/.
std::filesystem::path shipped_templates_folder();

}  // namespace multilat
