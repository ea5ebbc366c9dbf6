// Parses one YAML document into a Node tree through yaml-cpp's event interface, which sees
// every mark, duplicate key and alias (Load() hides them) and never expands an alias.
#include "load/yaml_tree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>
#include <unordered_set>

#include "i18n/tr.h"
#include "load/text_guards.h"
#include "load/yaml_messages.h"
#include "util/utf8.h"

namespace multilat::yaml {

const Entry* Node::find(std::string_view key) const {
  for (const Entry& entry : entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

namespace {

// Reads straight from the file's bytes, without copying them into a stringstream.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data());
    setg(begin, begin, begin + bytes.size());
  }
};

struct TooDeep {};
struct TooManyValues {};
struct RunawayQuote {};

// An issue whose message and hint are catalogue keys without arguments.
ParseIssue issue(Loc loc, std::string rule, std::string_view message, std::string_view hint) {
  return {loc, std::move(rule), i18n::tr(message), i18n::tr(hint), false};
}

Loc to_loc(const YAML::Mark& mark, uint32_t length = 0) {
  return Loc{static_cast<uint32_t>(mark.line + 1), static_cast<uint32_t>(mark.column + 1), length};
}

bool is_plain_null(const std::string& tag, const std::string& value) {
  return tag == "?" && (value == "~" || value == "null" || value == "Null" || value == "NULL");
}

// The offset of the quote closing the one at `open`, honouring \" and '' escapes.
std::optional<size_t> closing_quote(std::string_view text, size_t open) {
  char quote = text[open];
  if (quote != '"' && quote != '\'') return std::nullopt;
  for (size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return i;
      }
    }
  }
  return std::nullopt;
}

// Whether a continuation line of a quoted scalar reads like `key: value`.
bool swallows_keys(std::string_view quoted) {
  size_t line = quoted.find('\n');
  while (line != std::string_view::npos) {
    size_t start = quoted.find_first_not_of(" -", line + 1);
    size_t end = quoted.find('\n', line + 1);
    if (start != std::string_view::npos && start < end) {
      std::string_view text =
          quoted.substr(start, end == std::string_view::npos ? end : end - start);
      size_t colon = text.find(": ");
      if (colon == std::string_view::npos && !text.empty() && text.back() == ':')
        colon = text.size() - 1;
      if (colon != std::string_view::npos && colon > 0 &&
          text.substr(0, colon).find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") ==
              std::string_view::npos) {
        return true;
      }
    }
    line = end;
  }
  return false;
}

// One open sequence or mapping, and the key waiting for its value.
struct Frame {
  Node node;
  bool have_key = false;
  std::string key;
  Loc key_loc;
  std::unordered_set<std::string> seen_keys;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view source, const ParseLimits& limits, std::vector<ParseIssue>& issues)
      : source_(source), limits_(limits), issues_(issues) {}

  std::optional<Node> take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    Node node;
    node.loc = to_loc(mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    report_anchor(mark);
    Node node;
    node.loc = to_loc(mark);
    add(std::move(node));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    if (tag == "!") check_quote_closed(mark);
    Node node;
    node.quoted = tag == "!";
    node.loc = to_loc(mark, static_cast<uint32_t>(display_width(value) + (node.quoted ? 2 : 0)));
    if (value.size() > limits_.max_scalar_bytes) {
      issues_.push_back({node.loc, "value-too-long",
                         i18n::tr("load.value-too-long", fmt::arg("bytes", value.size())),
                         i18n::tr("load.value-too-long.hint"), false});
    } else if (!is_plain_null(tag, value)) {
      node.type = Node::Type::Scalar;
      node.scalar = value;
    }
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, Node::Type::Sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, anchor, Node::Type::Map);
    stack_.back().node.flow = style == YAML::EmitterStyle::Flow;
  }
  void OnMapEnd() override { close(); }

 private:
  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Node::Type type) {
    check_anchor(mark, anchor);
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      issues_.push_back({to_loc(mark, 1), "yaml-too-deep",
                         i18n::tr("load.too-deep", fmt::arg("max", limits_.max_depth)),
                         i18n::tr("load.too-deep.hint"), false});
      throw TooDeep{};
    }
    stack_.emplace_back();
    stack_.back().node.type = type;
    stack_.back().node.loc = to_loc(mark, 1);
  }

  void close() {
    Node node = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(node));
  }

  void add(Node node) {
    if (++values_ > limits_.max_values) {
      issues_.push_back({node.loc, "file-too-large",
                         i18n::tr("load.too-many-values",
                                  fmt::arg("max", i18n::group_digits(std::to_string(limits_.max_values),
                                                                     i18n::language()))),
                         i18n::tr("load.too-many-values.hint"), false});
      throw TooManyValues{};
    }
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Frame& frame = stack_.back();
    if (frame.node.is_sequence()) {
      frame.node.items.push_back(std::move(node));
    } else if (!frame.have_key) {
      take_key(frame, node);
    } else {
      add_entry(frame, std::move(node));
    }
  }

  void take_key(Frame& frame, const Node& key) {
    frame.have_key = true;
    frame.key_loc = key.loc;
    frame.key = key.scalar;
    if (!key.is_scalar()) {
      issues_.push_back(
          issue(key.loc, "yaml-syntax", "load.key-not-text", "load.key-not-text.hint"));
      frame.key.clear();
    }
  }

  void add_entry(Frame& frame, Node value) {
    frame.have_key = false;
    if (value.is_null()) value.loc = Loc{frame.key_loc.line, frame.key_loc.column, 0};
    if (!frame.seen_keys.insert(frame.key).second) {
      issues_.push_back({frame.key_loc, "yaml-duplicate-key",
                         i18n::tr("load.duplicate-key", fmt::arg("key", frame.key)),
                         i18n::tr("load.duplicate-key.hint"), false});
      return;
    }
    Entry entry{std::move(frame.key), frame.key_loc, {}};
    entry.value.push_back(std::move(value));
    frame.node.entries.push_back(std::move(entry));
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) report_anchor(mark);
  }

  // Aliases can expand exponentially (alias bombs) or form cycles; records must spell values out.
  void report_anchor(const YAML::Mark& mark) {
    if (anchor_reported_) return;
    anchor_reported_ = true;
    issues_.push_back(issue(to_loc(mark, 1), "yaml-anchor", "load.anchor", "load.anchor.hint"));
  }

  // Tags would let a record say `!!str 12`; records need none, and custom ones mean nothing here.
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag == "?" || tag == "!") return;
    issues_.push_back({to_loc(mark, 1), "yaml-syntax", i18n::tr("load.tag", fmt::arg("tag", tag)),
                       i18n::tr("load.tag.hint"), false});
  }

  // yaml-cpp lets a quote left open swallow every following line. A quote never closed, or
  // closed only after lines that look like keys, is almost certainly a missing quote.
  void check_quote_closed(const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<size_t>(mark.pos) >= source_.size()) return;
    char first = source_[static_cast<size_t>(mark.pos)];
    if (first != '"' && first != '\'') return;  // a block scalar (| or >) has no closing quote
    auto close = closing_quote(source_, static_cast<size_t>(mark.pos));
    std::string_view inside =
        source_.substr(static_cast<size_t>(mark.pos),
                       close ? *close - static_cast<size_t>(mark.pos) : std::string_view::npos);
    if (close && !swallows_keys(inside)) return;
    issues_.push_back(issue(to_loc(mark, 1), "yaml-syntax",
                            close ? "load.quote-swallows-keys" : "load.quote-unclosed",
                            "load.quote.hint"));
    throw RunawayQuote{};
  }

  std::string_view source_;
  const ParseLimits& limits_;
  std::vector<ParseIssue>& issues_;
  std::vector<Frame> stack_;
  std::optional<Node> root_;
  bool anchor_reported_ = false;
  std::size_t values_ = 0;
};

// Only notes where a further document starts.
class DocumentSpotter : public YAML::EventHandler {
 public:
  std::optional<YAML::Mark> start;
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (!start) start = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Line `index` (from 0) of the text, without its newline.
std::string_view line_at(std::string_view text, int index) {
  for (int i = 0; i < index; ++i) {
    std::size_t next = text.find('\n');
    if (next == std::string_view::npos) return {};
    text.remove_prefix(next + 1);
  }
  return text.substr(0, text.find('\n'));
}

void report_syntax(const YAML::ParserException& error, std::string_view body,
                   std::vector<ParseIssue>& issues) {
  Loc loc = to_loc(error.mark, 1);
  if (error.mark.line >= 0 && error.mark.column >= 0) {
    auto explained = colon_in_text(error.msg, line_at(body, error.mark.line),
                                        static_cast<std::size_t>(error.mark.column));
    if (explained) {
      issues.push_back({loc, "yaml-syntax", explained->message, explained->hint, false});
      return;
    }
  }
  issues.push_back({loc, "yaml-syntax",
                    i18n::tr("load.yaml-syntax", fmt::arg("detail", parser_message(error.msg))),
                    i18n::tr("load.yaml-syntax.hint"), false});
}

void report_second_document(YAML::Parser& parser, std::string_view body,
                            std::vector<ParseIssue>& issues) {
  DocumentSpotter spotter;
  try {
    if (!parser.HandleNextDocument(spotter)) return;
  } catch (const YAML::ParserException& error) {
    report_syntax(error, body, issues);
    return;
  }
  Loc loc = spotter.start ? to_loc(*spotter.start, 1) : Loc{};
  issues.push_back(issue(loc, "yaml-syntax", "load.second-document", "load.second-document.hint"));
}

}  // namespace

ParseResult parse_document(std::string_view bytes, const ParseLimits& limits) {
  ParseResult result;
  std::string_view body;
  if (!guard_text(bytes, body, result.issues)) return result;
  MemoryBuffer buffer(body);
  std::istream stream(&buffer);
  try {
    YAML::Parser parser(stream);
    TreeBuilder builder(body, limits, result.issues);
    if (!parser.HandleNextDocument(builder)) {
      result.issues.push_back(
          issue(Loc{}, "file-empty", "load.file-empty", "load.file-empty.hint"));
      return result;
    }
    result.root = builder.take_root();
    report_second_document(parser, body, result.issues);
  } catch (const TooDeep&) {
    result.root.reset();
  } catch (const TooManyValues&) {
    result.root.reset();
  } catch (const RunawayQuote&) {
    result.root.reset();
  } catch (const YAML::DeepRecursion& error) {
    result.issues.push_back(issue(to_loc(error.mark, 1), "yaml-too-deep", "load.too-deep-to-read",
                                  "load.too-deep-to-read.hint"));
    result.root.reset();
  } catch (const YAML::ParserException& error) {
    report_syntax(error, body, result.issues);
    result.root.reset();
  }
  return result;
}

}  // namespace multilat::yaml
