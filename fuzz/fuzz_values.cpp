// libFuzzer target: every parser of a single untrusted value (dates, durations, cadences,
// amounts, currencies, e-mail and web addresses, ids) and the UTF-8 helpers behind the output.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "i18n/tr.h"
#include "load/scalar_rules.h"
#include "model/contact.h"
#include "model/currency.h"
#include "model/date.h"
#include "model/kind.h"
#include "render/cell_text.h"
#include "util/did_you_mean.h"
#include "util/utf8.h"

using namespace multilat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto date = parse_date(text)) (void)format_date(*date);
  (void)looks_like_iso_date(text);
  Date start{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{31}};
  if (auto duration = parse_duration(text)) (void)add_duration(start, *duration);
  (void)parse_cadence(text);
  bool flag = false;
  (void)parse_bool(text, flag);
  if (is_amount(text)) {
    (void)i18n::amount_text(text, "XPF", Language::Fr);
    (void)i18n::amount_text(text, "XPF", Language::En);
  }
  (void)is_currency_code(text);
  (void)is_email(text);
  (void)is_url(text);
  (void)is_valid_id(text);
  (void)display_width(text);
  (void)truncate_to_width(text, 20);
  (void)terminal_safe(text);
  (void)markdown_text(text);
  (void)markdown_code_cell(text);
  (void)first_invalid_utf8(text);
  constexpr std::string_view kCandidates[] = {"organisation", "meeting", "delegation-clash"};
  (void)did_you_mean(text.substr(0, 64), kCandidates);
  return 0;
}
