// Machine-readable check output: a stable JSON document, and GitHub workflow annotations.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>

#include "render/check_report.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

// GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

// FNV-1a, 64 bits: stable across runs, machines and versions, unlike std::hash.
std::string fingerprint(const Diagnostic& d) {
  std::uint64_t hash = 14695981039346656037ull;
  std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}", d.path, d.rule, d.loc.line, d.message);
  for (unsigned char c : key) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace

void render_check_gitlab(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    std::string text = d.hint.empty() ? d.message : d.message + " (" + d.hint + ")";
    list.push_back({{"description", text},
                    {"check_name", d.rule},
                    {"fingerprint", fingerprint(d)},
                    {"severity", d.severity == Severity::Error ? "major" : "minor"},
                    {"location", {{"path", d.path}, {"lines", {{"begin", std::max<uint32_t>(d.loc.line, 1)}}}}}});
  }
  out << json_safe(list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
}

void render_check_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const CheckTotals& totals) {
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  doc["records"] = totals.records;
  doc["files"] = totals.files;
  doc["errors"] = totals.errors;
  doc["warnings"] = totals.warnings;
  doc["diagnostics"] = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    doc["diagnostics"].push_back({{"file", d.path},
                                  {"line", d.loc.line},
                                  {"column", d.loc.column},
                                  {"severity", severity_name(d.severity)},
                                  {"rule", d.rule},
                                  {"message", d.message},
                                  {"hint", d.hint}});
  }
  out << json_safe(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
}

void render_check_github(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                         const CheckTotals& totals) {
  for (const Diagnostic& d : diagnostics) {
    // A CI log is a terminal too: record text reaches it with its control characters shown.
    std::string message =
        visible_text(d.hint.empty() ? d.message : d.message + " (" + d.hint + ")");
    fmt::print(out, "::{} file={}", severity_name(d.severity), escape_property(visible_text(d.path)));
    if (d.loc.line > 0) fmt::print(out, ",line={},col={}", d.loc.line, d.loc.column);
    fmt::print(out, ",title={}::{}\n", escape_property(d.rule), escape_data(message));
  }
  out << summary_line(totals) << '\n';
}

}  // namespace multilat
