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
  Date today;
  Str subject_prefix;                    // the settings' mail.subject, or empty for the default
  std::vector<Diagnostic> files_missing;  // the first error of each file left out
};

// "Échéances multilatérales : 5 à venir, 2 en retard".
std::string digest_subject(const Digest& digest, const DigestContext& context);

nlohmann::json digest_view(const Digest& digest, const Store& store,
                           const DigestContext& context);

}  // namespace multilat
