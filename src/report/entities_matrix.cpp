// Builds the involvement matrix, one row per pair of entity and organisation that the records
// tie together; an entity tied to nothing is listed too, so that the list is complete.
#include "report/entities_matrix.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "i18n/tr.h"
#include "util/fold.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

struct Involvement {
  bool focal_point = false, involved = false;
  std::size_t delegations = 0, actions = 0, prospects = 0;
};

using Matrix = std::map<std::string, std::map<std::string, Involvement>>;  // entity id, org id

void tally(const Store& store, Matrix& m) {
  for (const Organisation& org : store.organisations) {
    std::string o = org.header.id.str();
    if (org.focal_point) m[org.focal_point->value.str()][o].focal_point = true;
    for (const Located<Str>& id : org.involved) m[id.value.str()][o].involved = true;
    for (const Task& t : org.actions) {
      if (t.owner && t.status == "open") ++m[t.owner->value.str()][o].actions;
    }
  }
  for (const Meeting& meeting : store.meetings) {
    std::string o = meeting.organisation.value.str();
    std::vector<std::string> counted;  // an entity with three delegates is one delegation
    for (const Delegate& d : meeting.delegation) {
      std::string e = d.entity.value.str();
      if (std::find(counted.begin(), counted.end(), e) != counted.end()) continue;
      counted.push_back(e);
      ++m[e][o].delegations;
    }
    for (const Task& t : meeting.follow_up) {
      if (t.owner && t.status == "open") ++m[t.owner->value.str()][o].actions;
    }
  }
  for (const Prospect& p : store.prospects) {
    if (p.partner && is_open_stage(p.stage.value)) ++m[p.lead.value.str()][p.partner->value.str()].prospects;
  }
}

std::string count_or_empty(std::size_t n) { return n == 0 ? "" : fmt::format("{}", n); }

// The entities by the name the reader sees, folded; the id settles a tie.
std::vector<const Entity*> entities_by_name(const Store& store, Language lang) {
  std::vector<const Entity*> entities;
  for (const Entity& e : store.entities) entities.push_back(&e);
  auto key = [&](const Entity* e) {
    return std::make_pair(fold_for_comparison(entity_name(store, e->header.id, lang)),
                          e->header.id.str());
  };
  std::sort(entities.begin(), entities.end(),
            [&](const Entity* a, const Entity* b) { return key(a) < key(b); });
  return entities;
}

// One entity's organisations by short name, each with what ties the entity to it.
Json organisation_rows(const Store& store, const std::map<std::string, Involvement>& involvements,
                       Language lang) {
  std::vector<std::tuple<std::string, const std::string*, const Involvement*>> sorted;
  for (const auto& [org, inv] : involvements) {
    sorted.emplace_back(organisation_short(store, org, lang), &org, &inv);
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return fold_for_comparison(std::get<0>(a)) < fold_for_comparison(std::get<0>(b));
  });
  std::string yes = i18n::tr_in(lang, "report.yes");
  Json orgs = Json::array();
  for (const auto& [name, org_id, inv] : sorted) {
    orgs.push_back({{"organisation", name},
                    {"organisation_id", visible_text(*org_id)},
                    {"focal_point", inv->focal_point ? yes : ""},
                    {"involved", inv->involved ? yes : ""},
                    {"delegations", count_or_empty(inv->delegations)},
                    {"actions", count_or_empty(inv->actions)},
                    {"prospects", count_or_empty(inv->prospects)}});
  }
  return orgs;
}

// An entity tied to nothing has a row too, with no organisation.
Json entity_row(const Store& store, const Entity& e, const Matrix& matrix, Language lang) {
  auto found = matrix.find(e.header.id.str());
  Json orgs =
      found == matrix.end() ? Json::array() : organisation_rows(store, found->second, lang);
  bool has_organisations = !orgs.empty();
  return {{"id", visible_text(e.header.id)},
          {"name", text_of(e.name, lang)},
          {"short", entity_name(store, e.header.id, lang)},
          {"type", e.type.empty()
                       ? ""
                       : i18n::tr_in(lang, fmt::format("report.entity-type.{}", e.type))},
          {"organisations", std::move(orgs)},
          {"has_organisations", has_organisations},
          {"example", e.header.example}};
}

}  // namespace

Json entities_report(const Store& store, const ReportContext& c) {
  Language lang = c.language;
  Json view = report_frame(lang, "entities", "", c.today, store.settings);
  Matrix matrix;
  tally(store, matrix);
  Json rows = Json::array();
  for (const Entity* e : entities_by_name(store, lang)) {
    rows.push_back(entity_row(store, *e, matrix, lang));
  }
  view["has_entities"] = !rows.empty();
  view["entities"] = std::move(rows);
  view["labels"] = report_labels(c, {"entity", "organisation", "focal_point", "involved_column",
                                        "delegations", "open_actions", "open_prospects", "none",
                                        "not_involved", "example", "record", "type"});
  view["footer"] = i18n::tr_in(lang, "report.footer-all");
  return view;
}

}  // namespace multilat
