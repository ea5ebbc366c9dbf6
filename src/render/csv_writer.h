// CSV rows as RFC 4180 spells them, with spreadsheet formula injection neutralised.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace multilat {

// A text cell that a spreadsheet would read as a formula (it starts with = + - @, a tab or a
// carriage return) gets a leading apostrophe, as OWASP recommends; other text is unchanged.
std::string neutralise_formula(std::string_view cell);

// The cell quoted when it holds a comma, a double quote, CR or LF; quotes inside are doubled.
std::string quote_csv(std::string_view cell);

// Writes one row at a time, separating cells with commas and ending rows with CRLF.
class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}

  // Free text: neutralised, then quoted when needed.
  CsvWriter& text(std::string_view cell);
  // A number column: written as is, since "-3" there is data, not a formula.
  CsvWriter& number(long long value);
  void end_row();

 private:
  void separate();

  std::ostream& out_;
  bool row_started_ = false;
};

}  // namespace multilat
