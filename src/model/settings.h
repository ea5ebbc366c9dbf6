// The desk's settings from records/multilat.yaml, with their defaults.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/text.h"

namespace multilat {

struct Holiday {
  Date date;
  Text name;
};

struct MailSettings {
  Str from;
  std::vector<Str> to;
  // The words before the counts. A plain string is both languages' (kept in both fields); a
  // map gives each its own, and a language it leaves out gets the built-in words, so that the
  // English digest's subject is never French.
  Text subject;
  std::vector<Str> cc;
  std::vector<Str> cc_desk;  // receive the whole digest, also in a per-owner run
  std::vector<int> lead_days;  // empty: every item of the window, every day
  Str smtp_user;
};

// What one unit of a currency is worth in XPF, as of a day: the reports state both.
struct CurrencyRate {
  Str currency;
  Str xpf;  // decimal text, exact as written
  Date date;
  Str source;
};

// The settings travel with the records in merge requests, so they may lower a guard but never
// lift it past these ceilings.
constexpr std::size_t kMinFileSizeSetting = 1024;
constexpr std::size_t kMaxFileSizeCeiling = 4 * 1024 * 1024;

struct Settings {
  std::string path;  // empty when the records have no settings file
  Language language = Language::Fr;
  std::string timezone = "Pacific/Noumea";
  Duration horizon{30, DurationUnit::Days};
  Duration report_due_after{15, DurationUnit::Days};
  Duration prospect_stale_after{90, DurationUnit::Days};
  Duration registration_before{30, DurationUnit::Days};
  Duration credentials_before{15, DurationUnit::Days};
  bool move_to_working_day = false;
  std::size_t max_file_size = 1024 * 1024;
  std::vector<Holiday> holidays;
  MailSettings mail;
  Str report_marking;  // report.marking: printed on every page of a report; empty for none
  std::vector<CurrencyRate> currency_rates;
};

}  // namespace multilat
