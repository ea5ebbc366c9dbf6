// One short list of keys per kind: the facts a reviewer checks first when a record appears or
// goes, the title aside (the headline already has it).
#include "review/key_facts.h"

#include <span>

namespace multilat {
namespace {

struct KindFacts {
  std::string_view kind;
  std::span<const std::string_view> keys;
};

constexpr std::string_view kMeeting[] = {"organisation", "body", "start", "end", "status"};
constexpr std::string_view kProspect[] = {"partner", "partner-name", "lead", "stage",
                                          "stage-since"};
constexpr std::string_view kOrganisation[] = {"acronym", "type", "nc-status"};
constexpr std::string_view kEntity[] = {"acronym", "type", "parent"};

constexpr KindFacts kFacts[] = {
    {"meeting", kMeeting},
    {"prospect", kProspect},
    {"organisation", kOrganisation},
    {"entity", kEntity},
};

}  // namespace

std::vector<RecordFact> key_facts(std::string_view record_kind, const yaml::Node& root) {
  std::vector<RecordFact> out;
  if (!root.is_map()) return out;
  for (const KindFacts& kind : kFacts) {
    if (kind.kind != record_kind) continue;
    for (std::string_view key : kind.keys) {
      const yaml::Entry* e = root.find(key);
      if (e && !e->node().is_null()) out.push_back({std::string(key), e->node()});
    }
  }
  return out;
}

}  // namespace multilat
