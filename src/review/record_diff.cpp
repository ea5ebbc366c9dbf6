// A recursive comparison of two YAML trees, keyed lists matched by identity, bilingual texts
// language by language.
#include "review/record_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "model/date.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using yaml::Node;

// Keys that name a list item, in order of preference: the first that every item of both lists
// has, with no two items alike, identifies them.
constexpr std::string_view kIdentityKeys[] = {"id",   "person", "what",  "item",     "title",
                                              "name", "date",   "since", "currency", "entity"};

// Over a line, or longer than this many characters: a text whose changed words are marked
// rather than shown twice.
constexpr std::size_t kLongText = 72;

bool is_long(const Node* n) {
  return n && n->is_scalar() &&
         (n->scalar.find('\n') != std::string::npos || display_width(n->scalar) > kLongText);
}

// Whether two values are the same, as written: two texts that only display alike (a line break
// and a written "\n") are not.
bool same_value(const Node& a, const Node& b) {
  if (a.type != b.type || a.scalar != b.scalar) return false;
  if (a.items.size() != b.items.size() || a.entries.size() != b.entries.size()) return false;
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!same_value(a.items[i], b.items[i])) return false;
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    if (a.entries[i].key != b.entries[i].key ||
        !same_value(a.entries[i].node(), b.entries[i].node()))
      return false;
  }
  return true;
}

// {fr: ..., en: ...}: one value in two languages, compared language by language.
bool is_text(const Node& n) {
  if (!n.is_map() || n.entries.empty()) return false;
  return std::all_of(n.entries.begin(), n.entries.end(),
                     [](const yaml::Entry& e) { return e.key == "fr" || e.key == "en"; });
}

const Node* in_language(const Node* text, std::string_view language) {
  const yaml::Entry* e = text ? text->find(language) : nullptr;
  return e ? &e->node() : nullptr;
}

class Differ {
 public:
  std::vector<FieldChange> out;

  void compare(const std::string& field, const std::string& key, const Node& a, const Node& b) {
    if (is_text(a) && is_text(b)) return texts(field, &a, &b);
    if (a.is_map() && b.is_map() && !is_text(a) && !is_text(b)) return maps(field, a, b);
    if (a.is_sequence() && b.is_sequence()) return sequences(field, key, a, b);
    leaf(field, key, &a, &b);
  }

 private:
  // A value there on one side or both: one change, its words marked when it is a long text.
  void leaf(const std::string& field, const std::string& key, const Node* a, const Node* b) {
    if (a && b && same_value(*a, *b)) return;
    FieldChange change;
    change.field = field;
    change.key = key;
    change.kind = !a   ? FieldChange::Kind::Added
                  : !b ? FieldChange::Kind::Removed
                       : FieldChange::Kind::Changed;
    if (a) change.old_value = one_line(change.old_node = *a);
    if (b) change.new_value = one_line(change.new_node = *b);
    if (a && b && a->is_scalar() && b->is_scalar()) {
      auto from = parse_date(a->scalar), to = parse_date(b->scalar);
      if (from && to) change.days = days_between(*from, *to);
    }
    bool scalars = (!a || a->is_scalar()) && (!b || b->is_scalar());
    if (scalars && (is_long(a) || is_long(b)))
      change.words = word_diff(a ? a->scalar : "", b ? b->scalar : "");
    out.push_back(std::move(change));
  }

  // A language that changed while the other stayed as it was is pointed out: a translation
  // left behind is what a reviewer looks for.
  void texts(const std::string& field, const Node* a, const Node* b) {
    std::size_t first = out.size();
    std::vector<std::string_view> kept;
    for (std::string_view language : {"fr", "en"}) {
      const Node* before = in_language(a, language);
      const Node* after = in_language(b, language);
      if (before && after && same_value(*before, *after)) kept.push_back(language);
      if (before || after)
        leaf(join(field, std::string(language)), std::string(language), before, after);
    }
    bool one_changed = out.size() == first + 1 && out.back().kind == FieldChange::Kind::Changed;
    if (one_changed && kept.size() == 1) out.back().unchanged_language = kept.front();
  }

  // A field there on one side only: a text by its languages, anything else whole.
  void one_side(const std::string& field, const std::string& key, const Node* a, const Node* b) {
    const Node* there = a ? a : b;
    if (is_text(*there)) return texts(field, a, b);
    leaf(field, key, a, b);
  }

  static std::string join(const std::string& field, const std::string& key) {
    return field.empty() ? key : fmt::format("{}.{}", field, key);
  }

  void maps(const std::string& field, const Node& a, const Node& b) {
    for (const yaml::Entry& e : b.entries) {
      const yaml::Entry* before = a.find(e.key);
      std::string name = join(field, visible_text(e.key));
      if (!before) {
        one_side(name, e.key, nullptr, &e.node());
      } else {
        compare(name, e.key, before->node(), e.node());
      }
    }
    for (const yaml::Entry& e : a.entries) {
      if (!b.find(e.key)) one_side(join(field, visible_text(e.key)), e.key, &e.node(), nullptr);
    }
  }

  static std::optional<std::string> identity(const Node& item, std::string_view key) {
    if (!item.is_map()) return std::nullopt;
    const yaml::Entry* e = item.find(key);
    if (!e) return std::nullopt;
    const Node& n = e->node();
    if (n.is_map()) {  // a text in two languages: its French, else its English
      for (std::string_view language : {"fr", "en"}) {
        if (const yaml::Entry* t = n.find(language); t && t->node().is_scalar())
          return t->node().scalar;
      }
      return std::nullopt;
    }
    if (!n.is_scalar()) return std::nullopt;
    return n.scalar;
  }

  // The key that identifies every item of both lists, each once; nothing when none does.
  static std::optional<std::string_view> identity_key(const Node& a, const Node& b) {
    for (std::string_view key : kIdentityKeys) {
      bool usable = true;
      for (const Node* list : {&a, &b}) {
        std::set<std::string> seen;
        for (const Node& item : list->items) {
          auto id = identity(item, key);
          if (!id || !seen.insert(*id).second) {
            usable = false;
            break;
          }
        }
        if (!usable) break;
      }
      if (usable) return key;
    }
    return std::nullopt;
  }

  static bool all_scalars(const Node& list) {
    return std::all_of(list.items.begin(), list.items.end(),
                       [](const Node& n) { return n.is_scalar(); });
  }

  void sequences(const std::string& field, const std::string& key, const Node& a, const Node& b) {
    if (all_scalars(a) && all_scalars(b)) return scalar_sets(field, key, a, b);
    auto id_key = (a.items.empty() && b.items.empty()) ? std::nullopt : identity_key(a, b);
    if (!id_key) return by_position(field, key, a, b);
    std::map<std::string, const Node*> before;
    for (const Node& item : a.items) before[*identity(item, *id_key)] = &item;
    std::set<std::string> kept;
    for (const Node& item : b.items) {
      std::string id = *identity(item, *id_key);
      std::string name = fmt::format("{}[{}]", field, visible_text(id));
      if (auto it = before.find(id); it != before.end()) {
        kept.insert(id);
        compare(name, "", *it->second, item);
      } else {
        leaf(name, "", nullptr, &item);
      }
    }
    for (const Node& item : a.items) {
      std::string id = *identity(item, *id_key);
      if (!kept.count(id)) leaf(fmt::format("{}[{}]", field, visible_text(id)), "", &item, nullptr);
    }
  }

  // Tags, themes, lead days: what was added and what was removed, whatever the order.
  void scalar_sets(const std::string& field, const std::string& key, const Node& a, const Node& b) {
    std::multiset<std::string> before, after;
    for (const Node& n : a.items) before.insert(n.scalar);
    for (const Node& n : b.items) after.insert(n.scalar);
    for (const Node& n : b.items) {
      if (!before.count(n.scalar)) leaf(field, key, nullptr, &n);
    }
    for (const Node& n : a.items) {
      if (!after.count(n.scalar)) leaf(field, key, &n, nullptr);
    }
  }

  void by_position(const std::string& field, const std::string& key, const Node& a, const Node& b) {
    std::size_t common = std::min(a.items.size(), b.items.size());
    for (std::size_t i = 0; i < common; ++i)
      compare(fmt::format("{}[{}]", field, i + 1), key, a.items[i], b.items[i]);
    for (std::size_t i = common; i < b.items.size(); ++i)
      leaf(fmt::format("{}[{}]", field, i + 1), "", nullptr, &b.items[i]);
    for (std::size_t i = common; i < a.items.size(); ++i)
      leaf(fmt::format("{}[{}]", field, i + 1), "", &a.items[i], nullptr);
  }
};

}  // namespace

std::string one_line(const Node& node) {
  switch (node.type) {
    case Node::Type::Null:
      return "";
    case Node::Type::Scalar:
      return visible_text(node.scalar);
    case Node::Type::Sequence: {
      std::string out = "[";
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        if (i) out += ", ";
        out += one_line(node.items[i]);
      }
      return out + "]";
    }
    case Node::Type::Map: {
      std::string out = "{";
      for (std::size_t i = 0; i < node.entries.size(); ++i) {
        if (i) out += ", ";
        out += fmt::format("{}: {}", visible_text(node.entries[i].key),
                           one_line(node.entries[i].node()));
      }
      return out + "}";
    }
  }
  return "";
}

std::vector<FieldChange> diff_records(const Node& old_root, const Node& new_root) {
  Differ differ;
  differ.compare("", "", old_root, new_root);
  return std::move(differ.out);
}

}  // namespace multilat
