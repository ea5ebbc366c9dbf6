// Machine-readable check output: a stable JSON document, and GitHub workflow annotations.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "render/check_fingerprint.h"
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

}  // namespace

void render_check_gitlab(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                         const LineSource& lines, const PathMap& to_repository) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  std::vector<std::string> fingerprints = check_fingerprints(diagnostics, lines, to_repository);
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    std::string text = d.hint.empty() ? d.message : d.message + " (" + d.hint + ")";
    list.push_back({{"description", text},
                    {"check_name", d.rule},
                    {"fingerprint", fingerprints[i]},
                    {"severity", d.severity == Severity::Error ? "major" : "minor"},
                    {"location", {{"path", to_repository(d.path)},
                                  {"lines", {{"begin", std::max<uint32_t>(d.loc.line, 1)}}}}}});
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
                         const CheckTotals& totals, const PathMap& to_repository) {
  for (const Diagnostic& d : diagnostics) {
    // A CI log is a terminal too: record text reaches it with its control characters shown.
    std::string message =
        visible_text(d.hint.empty() ? d.message : d.message + " (" + d.hint + ")");
    fmt::print(out, "::{} file={}", severity_name(d.severity), escape_property(visible_text(to_repository(d.path))));
    if (d.loc.line > 0) fmt::print(out, ",line={},col={}", d.loc.line, d.loc.column);
    fmt::print(out, ",title={}::{}\n", escape_property(d.rule), escape_data(message));
  }
  out << summary_line(totals) << '\n';
}

}  // namespace multilat
