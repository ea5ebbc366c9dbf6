// Rules that every id a record names resolves: records by kind, and bodies within organisations.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "check/rule_functions.h"
#include "i18n/tr.h"
#include "model/id_guess.h"
#include "util/did_you_mean.h"

namespace multilat::rules {
namespace {

// A kind in one of the forms of the catalogue: "a" ("an entity"), "unknown", "none" ("no entity").
std::string kind_words(Kind kind, std::string_view form) {
  return i18n::tr(fmt::format("load.kind.{}.{}", kind_name(kind), form));
}

// `taken` is true when the id belongs to a record of another kind, which must not be
// suggested as a file to create (that would make a duplicate id).
std::string suggestion(const Store& store, Kind kind, std::string_view id, bool taken) {
  auto guess = guess_id(store, kind, id);
  if (guess) return i18n::tr("word.did-you-mean", fmt::arg("guess", *guess));
  if (taken) {
    return i18n::tr("check.ref-wrong-kind.hint", fmt::arg("wanted", kind_words(kind, "a")));
  }
  return i18n::tr("check.ref-create.hint", fmt::arg("none", kind_words(kind, "none")),
                  fmt::arg("folder", kind_folder(kind)), fmt::arg("id", id));
}

void check_reference(const Store& store, const RecordHeader& record, const Reference& ref,
                     std::vector<Diagnostic>& out) {
  auto found = store.find(ref.id);
  if (found && found->kind == ref.target) return;
  std::string message =
      found ? i18n::tr("check.ref-wrong-kind", fmt::arg("id", ref.id),
                       fmt::arg("found", kind_words(found->kind, "a")),
                       fmt::arg("wanted", kind_words(ref.target, "a")))
            : i18n::tr("check.ref-unknown", fmt::arg("what", kind_words(ref.target, "unknown")),
                       fmt::arg("id", ref.id));
  out.push_back(make_diagnostic(record, ref.loc, "ref-unknown", std::move(message),
                                suggestion(store, ref.target, ref.id, found.has_value())));
}

// The closest body, else the organisation's bodies, else that it lists none.
std::string body_hint(std::string_view body, const Str& org_id,
                      const std::vector<std::string_view>& ids) {
  if (auto guess = did_you_mean(body, ids)) {
    return i18n::tr("word.did-you-mean", fmt::arg("guess", *guess));
  }
  if (ids.empty()) return i18n::tr("check.body-unknown.none", fmt::arg("org", org_id));
  return i18n::tr("check.body-unknown.list", fmt::arg("org", org_id),
                  fmt::arg("bodies", fmt::format("{}", fmt::join(ids, ", "))));
}

}  // namespace

void references(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const RecordHeader* record : store.headers()) {
    // A suggestion searches every id: not worth it for a record nobody will see.
    if (!context.wanted(record->path)) continue;
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
    const Str& org_id = org->header.id;
    out.push_back(
        make_diagnostic(meeting.header, meeting.body->loc, "body-unknown",
                        i18n::tr("check.body-unknown", fmt::arg("body", meeting.body->value),
                                 fmt::arg("org", org_id)),
                        body_hint(meeting.body->value, org_id, ids)));
  }
}

}  // namespace multilat::rules
