// Test helper: a Store built in memory from {path, yaml} pairs, as the loader would build it.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "check/rules.h"
#include "load/record_parser.h"
#include "model/store.h"

namespace multilat::testing {

struct FixtureFile {
  std::string path;  // e.g. "records/meetings/2026/crga-56.yaml": the kind folder follows records/
  std::string yaml;
};

// Parses every file with parse_record, keeps the loader's diagnostics, and indexes the store.
// Not copyable: the store's index points into its own records.
class StoreFixture {
 public:
  explicit StoreFixture(std::initializer_list<FixtureFile> files, Settings settings = {}) {
    store.settings = std::move(settings);
    for (const FixtureFile& file : files) add(file);
    store.build_index();
  }
  StoreFixture(const StoreFixture&) = delete;
  StoreFixture& operator=(const StoreFixture&) = delete;

  // run_checks over the store and the loader's diagnostics, on `today`.
  std::vector<Diagnostic> check(Date today) const {
    return run_checks(store, Context{today}, load_diagnostics);
  }

  // The diagnostics of one rule only.
  std::vector<Diagnostic> check(Date today, std::string_view rule) const {
    std::vector<Diagnostic> all = check(today);
    std::erase_if(all, [&](const Diagnostic& d) { return d.rule != rule; });
    return all;
  }

  Store store;
  std::vector<Diagnostic> load_diagnostics;

 private:
  void add(const FixtureFile& file) {
    std::filesystem::path path(file.path);
    auto part = path.begin();
    REQUIRE_MESSAGE(part != path.end(), "empty fixture path");
    ++part;  // skip "records"
    REQUIRE_MESSAGE(part != path.end(), "fixture path without a kind folder: " << file.path);
    auto kind = kind_from_folder(part->string());
    REQUIRE_MESSAGE(kind, "fixture path outside the kind folders: " << file.path);
    RecordFile record_file{path.native(), file.path, *kind, path.stem().string()};
    ParsedRecord parsed = parse_record(file.yaml, record_file);
    for (Diagnostic& d : parsed.diagnostics) load_diagnostics.push_back(std::move(d));
    if (!parsed.record) return;
    std::visit(
        [&](auto&& record) {
          using T = std::decay_t<decltype(record)>;
          if constexpr (std::is_same_v<T, Organisation>) store.organisations.push_back(record);
          if constexpr (std::is_same_v<T, Entity>) store.entities.push_back(record);
          if constexpr (std::is_same_v<T, Meeting>) store.meetings.push_back(record);
          if constexpr (std::is_same_v<T, Prospect>) store.prospects.push_back(record);
        },
        std::move(*parsed.record));
  }
};

// 2026-11-29, the date the CLI cases pin too.
inline Date test_today() { return *parse_date("2026-11-29"); }

inline Date day(std::string_view text) {
  auto date = parse_date(text);
  REQUIRE_MESSAGE(date, "not a date: " << text);
  return *date;
}

}  // namespace multilat::testing
