// A YAML document as a small tree whose every node knows its line and column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/parse_issue.h"
#include "model/location.h"

namespace multilat::yaml {

struct Node;

struct Entry {
  std::string key;
  Loc key_loc;
  std::vector<Node> value;  // exactly one node; a vector because Node is incomplete here
  const Node& node() const { return value.front(); }
};

struct Node {
  enum class Type { Null, Scalar, Sequence, Map };
  Type type = Type::Null;
  Loc loc;
  bool quoted = false;  // a quoted scalar is always a string, never a number or a date
  bool flow = false;    // a mapping written inline, {a: 1, b: 2}
  std::string scalar;
  std::vector<Node> items;     // Sequence
  std::vector<Entry> entries;  // Map, in file order

  bool is_null() const { return type == Type::Null; }
  bool is_scalar() const { return type == Type::Scalar; }
  bool is_sequence() const { return type == Type::Sequence; }
  bool is_map() const { return type == Type::Map; }
  const Entry* find(std::string_view key) const;
};

struct ParseLimits {
  size_t max_scalar_bytes = 64 * 1024;
  int max_depth = 64;
  // Bounds the tree a file may build, whatever max-file-size allows: a record holds hundreds.
  std::size_t max_values = 100'000;
};

struct ParseResult {
  std::optional<Node> root;  // absent when the document could not be read at all
  std::vector<ParseIssue> issues;
};

// Guards the bytes (encoding, NUL, BOM, tabs), then parses exactly one document.
// Anchors and aliases, duplicate keys and a second document are reported, never followed.
ParseResult parse_document(std::string_view bytes, const ParseLimits& limits = {});

}  // namespace multilat::yaml
