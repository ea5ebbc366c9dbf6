#include "model/id_guess.h"

#include <vector>

#include "util/did_you_mean.h"
#include "util/fold.h"

namespace multilat {
namespace {

std::optional<std::string> by_acronym(const Store& store, std::string_view word) {
  std::string wanted = fold_for_comparison(word);
  for (const Organisation& o : store.organisations) {
    for (const Str& acronym : {o.acronym.fr, o.acronym.en}) {
      if (!acronym.empty() && fold_for_comparison(acronym) == wanted) return o.header.id.str();
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> guess_id(const Store& store, Kind kind, std::string_view word) {
  if (kind == Kind::Organisation) {
    if (auto acronym = by_acronym(store, word)) return acronym;
  }
  return did_you_mean(word, store.ids_of(kind));
}

std::optional<std::string> guess_any_id(const Store& store, std::string_view word) {
  if (auto acronym = by_acronym(store, word)) return acronym;
  std::vector<std::string> ids;
  for (Kind kind : kAllKinds) {
    for (std::string& id : store.ids_of(kind)) ids.push_back(std::move(id));
  }
  return did_you_mean(word, ids);
}

}  // namespace multilat
