// libFuzzer target: one record file's bytes through the whole loader, the rules and the
// deadline collection. Built once per kind (MULTILAT_FUZZ_KIND), as the schema differs by kind.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "calendar/deadlines.h"
#include "check/rules.h"
#include "load/record_parser.h"

using namespace multilat;

namespace {

void place(AnyRecord&& record, Store& store) {
  std::visit(
      [&](auto&& r) {
        using T = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<T, Organisation>) store.organisations.push_back(std::move(r));
        if constexpr (std::is_same_v<T, Entity>) store.entities.push_back(std::move(r));
        if constexpr (std::is_same_v<T, Meeting>) store.meetings.push_back(std::move(r));
        if constexpr (std::is_same_v<T, Prospect>) store.prospects.push_back(std::move(r));
      },
      std::move(record));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  RecordFile file{"fuzz.yaml", "records/fuzz.yaml", MULTILAT_FUZZ_KIND, "fuzz"};
  ParsedRecord parsed = parse_record(bytes, file);
  if (!parsed.record) return 0;
  Store store;
  place(std::move(*parsed.record), store);
  store.build_index();
  Date today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{29}};
  run_checks(store, Context{today}, std::move(parsed.diagnostics));
  HolidayCalendar holidays(store.settings.holidays);
  Date until{std::chrono::year{2027}, std::chrono::month{12}, std::chrono::day{31}};
  collect_deadlines(store, {today, until, holidays, Language::Fr});
  return 0;
}
