#include "incremental/record_facts.h"

#include <algorithm>
#include <type_traits>
#include <variant>

#include "load/record_parser.h"
#include "util/fold.h"

namespace multilat {

std::string reference(Kind target, std::string_view id) {
  std::string out(kind_name(target));
  out += ':';
  out += id;
  return out;
}

ReferenceParts reference_parts(std::string_view reference) {
  std::size_t colon = reference.find(':');
  auto kind = kind_from_name(reference.substr(0, colon));
  // Only ever given what reference() wrote, through the cache, which checks nothing more: a
  // damaged entry reads as a reference to an entity.
  if (colon == std::string_view::npos || !kind) return {Kind::Entity, reference};
  return {*kind, reference.substr(colon + 1)};
}

RecordFacts facts_of(std::string_view bytes, const RecordFile& file) {
  RecordFacts facts;
  ParsedRecord record = parse_record(bytes, file);
  if (!record.record) return facts;
  std::visit([&](const auto& r) {
    using T = std::decay_t<decltype(r)>;
    for (const Reference& ref : r.header.references) facts.references.push_back(reference(ref.target, ref.id));
    if constexpr (std::is_same_v<T, Meeting>) {
      // Who travels, as the clash rule tells delegates apart.
      for (const Delegate& d : r.delegation) {
        facts.travellers.push_back(d.person.empty() ? "entity:" + d.entity.value.str()
                                                    : fold_for_comparison(d.person));
      }
    }
    if constexpr (std::is_same_v<T, Organisation>) {
      for (const Str& acronym : {r.acronym.fr, r.acronym.en}) {
        if (!acronym.empty()) facts.acronyms.push_back(fold_for_comparison(acronym));
      }
    }
  }, *record.record);
  for (auto* list : {&facts.references, &facts.travellers, &facts.acronyms}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return facts;
}

}  // namespace multilat
