// Byte-level guards: yaml-cpp passes bad encodings through or reports them misleadingly.
#include "load/text_guards.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "util/utf8.h"

namespace multilat::yaml {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

Loc loc_at(std::string_view text, size_t offset) {
  auto [line, column] = line_column_at(text, offset);
  return Loc{line, column, 1};
}

bool starts_with_wide_bom(std::string_view bytes) {
  auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  return starts(std::string_view("\xFF\xFE", 2)) || starts(std::string_view("\xFE\xFF", 2)) ||
         starts(std::string_view("\x00\x00\xFE\xFF", 4));
}

// `message` and `hint` are catalogue keys.
void add(std::vector<ParseIssue>& issues, Loc loc, std::string rule, std::string_view message,
         std::string_view hint, bool warning = false) {
  issues.push_back({loc, std::move(rule), i18n::tr(message), i18n::tr(hint), warning});
}

// Fatal encoding problems: the parser would misread everything after them.
bool guard_encoding(std::string_view bytes, std::vector<ParseIssue>& issues) {
  if (starts_with_wide_bom(bytes)) {
    add(issues, Loc{1, 1, 1}, "file-encoding", "load.wide-encoding", "load.wide-encoding.hint");
    return false;
  }
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    add(issues, loc_at(bytes, nul), "file-encoding", "load.nul-byte", "load.nul-byte.hint");
    return false;
  }
  if (auto bad = first_invalid_utf8(bytes)) {
    add(issues, loc_at(bytes, *bad), "file-encoding", "load.invalid-utf8",
        "load.invalid-utf8.hint");
    return false;
  }
  if (size_t bom = bytes.find(kUtf8Bom); bom != std::string_view::npos) {
    add(issues, loc_at(bytes, bom), "file-encoding", "load.bom-inside", "load.bom-inside.hint");
    return false;
  }
  return true;
}

// YAML forbids tabs in indentation; yaml-cpp's messages about them are misleading.
bool guard_tabs(std::string_view body, std::vector<ParseIssue>& issues) {
  size_t line_start = 0;
  while (line_start < body.size()) {
    size_t pos = line_start;
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '-')) ++pos;
    if (pos < body.size() && body[pos] == '\t') {
      add(issues, loc_at(body, pos), "yaml-syntax", "load.tab-indent", "load.tab-indent.hint");
      return false;
    }
    size_t end = body.find('\n', line_start);
    if (end == std::string_view::npos) break;
    line_start = end + 1;
  }
  return true;
}

}  // namespace

bool guard_text(std::string_view bytes, std::string_view& body, std::vector<ParseIssue>& issues) {
  body = bytes;
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    add(issues, Loc{1, 1, 1}, "file-bom", "load.bom-start", "load.bom-start.hint", true);
    body = bytes.substr(kUtf8Bom.size());
  }
  if (!guard_encoding(body, issues)) return false;
  if (size_t cr = body.find('\r'); cr != std::string_view::npos) {
    add(issues, loc_at(body, cr), "file-line-endings", "load.crlf", "load.crlf.hint", true);
  }
  return guard_tabs(body, issues);
}

}  // namespace multilat::yaml
