// Rules that every id a record names resolves: records by kind, and bodies within organisations.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "check/rule_functions.h"
#include "util/did_you_mean.h"

namespace multilat::rules {
namespace {

std::string_view article(Kind kind) {
  return kind == Kind::Organisation || kind == Kind::Entity ? "an" : "a";
}

// `taken` is true when the id belongs to a record of another kind, which must not be
// suggested as a file to create (that would make a duplicate id).
std::string suggestion(const Store& store, Kind kind, std::string_view id, bool taken) {
  auto guess = did_you_mean(id, store.ids_of(kind));
  if (guess) return fmt::format("did you mean '{}'?", *guess);
  if (taken) return fmt::format("give the id of {} {} here", article(kind), kind_name(kind));
  return fmt::format("no {} has this id; add records/{}/{}.yaml or fix the id", kind_name(kind),
                     kind_folder(kind), id);
}

void check_reference(const Store& store, const RecordHeader& record, const Reference& ref,
                     std::vector<Diagnostic>& out) {
  auto found = store.find(ref.id);
  if (found && found->kind == ref.target) return;
  std::string message =
      found ? fmt::format("'{}' is {} {}, not {} {}", ref.id, article(found->kind),
                          kind_name(found->kind), article(ref.target), kind_name(ref.target))
            : fmt::format("unknown {} '{}'", kind_name(ref.target), ref.id);
  out.push_back(make_diagnostic(record, ref.loc, "ref-unknown", std::move(message),
                                suggestion(store, ref.target, ref.id, found.has_value())));
}

}  // namespace

void references(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const RecordHeader* record : store.headers()) {
    for (const Reference& ref : record->references) check_reference(store, *record, ref, out);
  }
}

void bodies(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& meeting : store.meetings) {
    if (!meeting.body) continue;
    const Organisation* org = store.organisation(meeting.organisation.value);
    if (!org) continue;  // reported by ref-unknown
    std::vector<std::string_view> ids;
    for (const Body& body : org->bodies) ids.push_back(body.id.value);
    if (std::find(ids.begin(), ids.end(), meeting.body->value) != ids.end()) continue;
    auto guess = did_you_mean(meeting.body->value, ids);
    std::string hint =
        guess         ? fmt::format("did you mean '{}'?", *guess)
        : ids.empty() ? fmt::format("{} lists no bodies; add them under 'bodies'", org->header.id)
                      : fmt::format("{}'s bodies are: {}", org->header.id, fmt::join(ids, ", "));
    out.push_back(make_diagnostic(
        meeting.header, meeting.body->loc, "body-unknown",
        fmt::format("'{}' is not a body of {}", meeting.body->value, org->header.id), hint));
  }
}

}  // namespace multilat::rules
