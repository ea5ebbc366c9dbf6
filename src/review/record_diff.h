// What changed inside one record between two versions, field by field, from the YAML trees: a
// list item is followed by what identifies it (a delegate by name, a follow-up by what it is),
// not by its position, so that inserting one item does not make every later one "changed".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/yaml_tree.h"
#include "review/word_diff.h"

namespace multilat {

struct FieldChange {
  enum class Kind { Changed, Added, Removed };
  std::string field;  // "start", "delegation[Jane Doe].role", "follow-up[Diffuser le CR]"
  std::string key;    // the last key of the field ("role", "start"), for labels; "" for an item
  Kind kind = Kind::Changed;
  std::string old_value, new_value;  // on one line, made visible; empty on the side that lacks it
  std::optional<int> days;           // both values are dates: how many days later (or earlier)
  yaml::Node old_node, new_node;     // the values whole (a null node on the side that lacks it)
  // A long text (over a line, or several): its words, the changed ones marked; else empty.
  std::vector<WordPiece> words;
  // One language of a bilingual text changed and the other, there on both sides, did not:
  // that other language ("en" or "fr"), a translation possibly left behind.
  std::string unchanged_language;
};

std::vector<FieldChange> diff_records(const yaml::Node& old_root, const yaml::Node& new_root);

// A node on one line, as a flow-style YAML value would show it: "x", "[a, b]", "{fr: a, en: b}".
std::string one_line(const yaml::Node& node);

}  // namespace multilat
