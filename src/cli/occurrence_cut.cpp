// The cut's warning, in the run's language, with the bound and the day the list stops at.
#include "cli/occurrence_cut.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "check/rules.h"
#include "i18n/tr.h"

namespace multilat::cli {

int warn_if_cut(const std::optional<Cut>& cut, CutKeeps keeps) {
  if (!cut) return 0;
  Language language = i18n::language();
  auto grouped = [&](long long n) { return i18n::group_digits(fmt::format("{}", n), language); };
  std::cerr << "multilat: "
            << i18n::tr(keeps == CutKeeps::Earliest ? "session.occurrences-cut-until"
                                                    : "session.occurrences-cut-from",
                        fmt::arg("limit", grouped(kMaxListedOccurrences)),
                        fmt::arg("date", message_date(cut->at)),
                        fmt::arg("left", grouped(cut->left_out)))
            << '\n';
  return 1;
}

int warn_if_cut(const std::optional<Cut>& cut, const DeadlineQuery& query) {
  bool lists_dues = query.sources.empty() ||
                    std::find(query.sources.begin(), query.sources.end(),
                              DeadlineSource::Contribution) != query.sources.end();
  return lists_dues ? warn_if_cut(cut, CutKeeps::Earliest) : 0;
}

}  // namespace multilat::cli
