// The view model of a digest e-mail: every word already in the reader's language, every list
// already grouped and sorted, so that the templates only lay it out.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "mail/digest.h"
#include "model/store.h"

namespace multilat {

struct DigestContext {
  Language language = Language::Fr;
  Date today{};
  // mail.subject or --subject; a language left empty gets the built-in words.
  Text subject;
  std::vector<Diagnostic> files_missing;  // the first error of each file left out
  // The period and lead days applied, which the digest states at its foot.
  Date from{}, to{};
  bool overdue = true;         // overdue deadlines are included (no --no-overdue)
  std::vector<int> lead_days;  // empty: every deadline of the period
};

// "Échéances multilatérales : 5 à venir, 2 en retard".
std::string digest_subject(const Digest& digest, const DigestContext& context);

nlohmann::json digest_view(const Digest& digest, const Store& store,
                           const DigestContext& context);

}  // namespace multilat
