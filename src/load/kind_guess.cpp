// Compares a record's top-level keys with each kind's field table.
#include "load/kind_guess.h"

#include <fmt/format.h>

#include "model/date.h"
#include "schema/kinds.h"

namespace multilat {
namespace {

// Below this, unknown keys are typos to report one by one.
constexpr std::size_t kMinUnknown = 2;

std::size_t unknown_keys(const yaml::Node& root, Kind kind) {
  const schema::KindSchema& schema = schema::schema_of(kind);
  std::size_t unknown = 0;
  for (const yaml::Entry& entry : root.entries) {
    if (!schema::find_field(schema.fields, entry.key) &&
        !schema::find_field(schema.common, entry.key)) {
      ++unknown;
    }
  }
  return unknown;
}

// Meetings go under their year when the start date says which.
std::string folder_for(const yaml::Node& root, Kind kind) {
  std::string folder(kind_folder(kind));
  if (kind != Kind::Meeting) return folder;
  const yaml::Entry* start = root.find("start");
  if (!start || !start->node().is_scalar()) return folder;
  auto date = parse_date(start->node().scalar);
  if (!date) return folder;
  return fmt::format("{}/{}", folder, static_cast<int>(date->year()));
}

}  // namespace

std::optional<KindGuess> probable_kind(const yaml::Node& root, Kind declared) {
  if (!root.is_map() || unknown_keys(root, declared) < kMinUnknown) return std::nullopt;
  for (Kind kind : kAllKinds) {
    if (kind != declared && unknown_keys(root, kind) == 0) {
      return KindGuess{kind, folder_for(root, kind)};
    }
  }
  return std::nullopt;
}

}  // namespace multilat
