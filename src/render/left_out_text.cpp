#include "render/left_out_text.h"

#include "i18n/tr.h"

namespace multilat {

std::string left_out_text(std::size_t left_out, Language language) {
  return left_out == 0 ? std::string() : i18n::trn_in(language, "records.left-out", left_out);
}

}  // namespace multilat
