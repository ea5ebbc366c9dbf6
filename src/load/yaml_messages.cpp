// yaml-cpp's parse errors in the run's language: yaml-cpp only speaks English.
#include "load/yaml_messages.h"

#include <yaml-cpp/exceptions.h>

#include <array>

#include <fmt/format.h>

#include "i18n/tr.h"

namespace multilat::yaml {
namespace {

struct Known {
  std::string_view yaml_cpp;  // a YAML::ErrorMsg text, or its prefix when something follows
  std::string_view key;
};

// The messages a mistyped record can provoke while parsing. Those ending in ": " take the rest
// of yaml-cpp's text (the offending character) as {detail}. Not constexpr: yaml-cpp declares its
// texts `const char* const`, which a constant expression cannot read.
const std::array<Known, 22> kKnown = {{
    {YAML::ErrorMsg::END_OF_MAP, "load.yaml.end-of-map"},
    {YAML::ErrorMsg::END_OF_MAP_FLOW, "load.yaml.end-of-map-flow"},
    {YAML::ErrorMsg::END_OF_SEQ, "load.yaml.end-of-seq"},
    {YAML::ErrorMsg::END_OF_SEQ_FLOW, "load.yaml.end-of-seq-flow"},
    {YAML::ErrorMsg::EOF_IN_SCALAR, "load.yaml.eof-in-scalar"},
    {YAML::ErrorMsg::CHAR_IN_SCALAR, "load.yaml.char-in-scalar"},
    {YAML::ErrorMsg::DOC_IN_SCALAR, "load.yaml.doc-in-scalar"},
    {YAML::ErrorMsg::UNKNOWN_TOKEN, "load.yaml.unknown-token"},
    {YAML::ErrorMsg::FLOW_END, "load.yaml.flow-end"},
    {YAML::ErrorMsg::BLOCK_ENTRY, "load.yaml.block-entry"},
    {YAML::ErrorMsg::MAP_KEY, "load.yaml.map-key"},
    {YAML::ErrorMsg::MAP_VALUE, "load.yaml.map-value"},
    {YAML::ErrorMsg::TAB_IN_INDENTATION, "load.yaml.tab-in-indentation"},
    {YAML::ErrorMsg::CHAR_IN_BLOCK, "load.yaml.char-in-block"},
    {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK, "load.yaml.zero-indent-in-block"},
    {YAML::ErrorMsg::ALIAS_NOT_FOUND, "load.yaml.alias-not-found"},
    {YAML::ErrorMsg::ANCHOR_NOT_FOUND, "load.yaml.anchor-not-found"},
    {YAML::ErrorMsg::CHAR_IN_ALIAS, "load.yaml.char-in-alias"},
    {YAML::ErrorMsg::CHAR_IN_ANCHOR, "load.yaml.char-in-anchor"},
    {YAML::ErrorMsg::INVALID_HEX, "load.yaml.invalid-hex"},
    {YAML::ErrorMsg::INVALID_ESCAPE, "load.yaml.invalid-escape"},
    {YAML::ErrorMsg::INVALID_UNICODE, "load.yaml.invalid-unicode"},
}};

}  // namespace

std::string parser_message(std::string_view message) {
  for (const Known& known : kKnown) {
    if (known.yaml_cpp.ends_with(": ") && message.starts_with(known.yaml_cpp)) {
      return i18n::tr(known.key, fmt::arg("detail", message.substr(known.yaml_cpp.size())));
    }
    if (message == known.yaml_cpp) return i18n::tr(known.key);
  }
  return std::string(message);
}

namespace {

// Longer suggestions would wrap and hide the point; the excerpt already shows the whole line.
constexpr std::size_t kMaxSuggestion = 100;

}  // namespace

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::optional<Explained> colon_in_text(std::string_view message, std::string_view line,
                                       std::size_t column) {
  if (message != YAML::ErrorMsg::MAP_VALUE) return std::nullopt;
  if (column == 0 || column >= line.size() || line[column] != ':') return std::nullopt;
  // The key is what comes before the first ": " of the line, a list's "- " included.
  std::size_t key_end = line.find(": ");
  if (key_end == std::string_view::npos || key_end >= column - 1) return std::nullopt;
  std::string_view key = line.substr(0, key_end);
  std::string_view text = line.substr(key_end + 2);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  std::string first_key(key.substr(key.find_first_not_of(" -") == std::string_view::npos
                                       ? 0
                                       : key.find_first_not_of(" -")));
  Explained out{i18n::tr("load.colon-in-text", fmt::arg("key", first_key)), ""};
  std::string suggestion = fmt::format("{}: {}", first_key, double_quoted(text));
  out.hint = suggestion.size() <= kMaxSuggestion
                 ? i18n::tr("load.colon-in-text.hint", fmt::arg("example", suggestion))
                 : i18n::tr("load.colon-in-text.hint-long");
  return out;
}

}  // namespace multilat::yaml
