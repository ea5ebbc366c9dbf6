// One file from bytes to typed record: guards, YAML, schema, binding.
#include "load/record_parser.h"

#include <fmt/format.h>

#include <algorithm>

#include "i18n/tr.h"
#include "load/bind.h"
#include "load/kind_guess.h"
#include "load/secret_scan.h"
#include "load/validate.h"
#include "load/yaml_tree.h"
#include "schema/kinds.h"

namespace multilat {
namespace {

void add_issues(const std::vector<yaml::ParseIssue>& issues, std::string_view path,
                std::vector<Diagnostic>& out) {
  for (const yaml::ParseIssue& issue : issues) {
    out.push_back({std::string(path), issue.loc,
                   issue.warning ? Severity::Warning : Severity::Error, issue.rule, issue.message,
                   issue.hint});
  }
}

AnyRecord bind_any(const MapReader& map, const RecordFile& file) {
  RecordHeader header;
  header.kind = file.kind;
  header.id = file.id;
  header.path = file.display;
  header.loc = map.loc();
  bind_header(map, header);
  switch (file.kind) {
    case Kind::Organisation:
      return bind_organisation(map, std::move(header));
    case Kind::Entity:
      return bind_entity(map, std::move(header));
    case Kind::Meeting:
      return bind_meeting(map, std::move(header));
    case Kind::Prospect:
      return bind_prospect(map, std::move(header));
  }
  return bind_organisation(map, std::move(header));
}

RecordHeader& header_of(AnyRecord& record) {
  return std::visit([](auto& r) -> RecordHeader& { return r.header; }, record);
}

}  // namespace

namespace {

// Once for the whole file: its keys are right for another kind, so listing them as unknown would
// bury the one fix. The record takes part in nothing until it is moved.
void report_wrong_kind(const RecordFile& file, const KindGuess& guess,
                       std::vector<Diagnostic>& out) {
  std::string found = i18n::tr(fmt::format("word.kind.{}", kind_name(guess.kind)));
  std::string folder = i18n::tr(fmt::format("word.kind.{}", kind_name(file.kind)));
  out.push_back(Diagnostic{std::string(file.display), Loc{}, Severity::Error, "file-wrong-kind",
                 i18n::tr("load.file-wrong-kind", fmt::arg("found", found),
                          fmt::arg("folder", kind_folder(file.kind)), fmt::arg("kind", folder)),
                 i18n::tr("load.file-wrong-kind.hint", fmt::arg("folder", guess.folder))});
}

}  // namespace

ParsedRecord parse_record(std::string_view bytes, const RecordFile& file) {
  return parse_record(yaml::parse_document(bytes), file);
}

ParsedRecord parse_record(const yaml::ParseResult& parsed, const RecordFile& file) {
  ParsedRecord out;
  add_issues(parsed.issues, file.display, out.diagnostics);
  if (!parsed.root) return out;
  if (auto guess = probable_kind(*parsed.root, file.kind)) {
    report_wrong_kind(file, *guess, out.diagnostics);
    report_secrets(*parsed.root, file.display, out.diagnostics);
    return out;
  }
  Validation validation = validate_record(*parsed.root, schema::schema_of(file.kind), file.display);
  for (Diagnostic& d : validation.diagnostics) out.diagnostics.push_back(std::move(d));
  // After validation, so that no diagnostic of a secret's line quotes it.
  report_secrets(*parsed.root, file.display, out.diagnostics);
  if (!parsed.root->is_map()) return out;
  out.record = bind_any(MapReader(*parsed.root), file);
  // Grown item by item while validating; trimmed because it is kept for the whole run.
  validation.references.shrink_to_fit();
  header_of(*out.record).references = std::move(validation.references);
  return out;
}

ParsedSettings parse_settings(std::string_view bytes, const RecordFile& file) {
  return parse_settings(yaml::parse_document(bytes), file);
}

ParsedSettings parse_settings(const yaml::ParseResult& parsed, const RecordFile& file) {
  ParsedSettings out;
  add_issues(parsed.issues, file.display, out.diagnostics);
  if (!parsed.root) return out;
  Validation validation = validate_record(*parsed.root, schema::settings_schema(), file.display);
  for (Diagnostic& d : validation.diagnostics) out.diagnostics.push_back(std::move(d));
  report_secrets(*parsed.root, file.display, out.diagnostics);
  if (parsed.root->is_map())
    out.settings = bind_settings(MapReader(*parsed.root), file.display.str());
  return out;
}

}  // namespace multilat
