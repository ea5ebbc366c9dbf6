// Rules on a record's own shape beyond what the field table expresses.
#include <fmt/format.h>

#include <optional>
#include <unordered_map>

#include "check/rule_functions.h"
#include "i18n/tr.h"
#include "util/did_you_mean.h"

namespace multilat::rules {

void prospect_partner(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Prospect& p : store.prospects) {
    if (p.partner && p.partner_name) {
      out.push_back(make_diagnostic(p.header, p.partner_name->loc, "prospect-partner",
                                    i18n::tr("check.partner-both"),
                                    i18n::tr("check.partner-both.hint")));
    } else if (!p.partner && !p.partner_name) {
      out.push_back(make_diagnostic(p.header, p.header.loc, "prospect-partner",
                                    i18n::tr("check.partner-none"),
                                    i18n::tr("check.partner-none.hint")));
    }
  }
}

void silence_unknown(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  std::vector<std::string_view> ids;
  for (const Rule& rule : all_rules()) ids.push_back(rule.id);
  // Each unknown id is spelled out once, however many records repeat it.
  std::unordered_map<std::string_view, std::optional<std::string>> guesses;
  for (const RecordHeader* record : store.headers()) {
    for (const Located<Str>& rule : record->silenced) {
      if (find_rule(rule.value)) continue;
      auto [it, fresh] = guesses.try_emplace(rule.value.view());
      if (fresh) it->second = did_you_mean(rule.value, ids);
      const std::optional<std::string>& guess = it->second;
      out.push_back(make_diagnostic(*record, rule.loc, "silence-unknown",
                                    i18n::tr("check.silence-unknown", fmt::arg("rule", rule.value)),
                                    guess ? i18n::tr("word.did-you-mean", fmt::arg("guess", *guess))
                                          : i18n::tr("check.silence-unknown.hint")));
    }
  }
}

}  // namespace multilat::rules
