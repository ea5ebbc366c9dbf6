// CSV rows as RFC 4180 spells them, with spreadsheet formula injection neutralised.
#include "render/csv_writer.h"

#include "util/visible_text.h"

namespace multilat {

std::string neutralise_formula(std::string_view cell) {
  if (cell.empty()) return {};
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return std::string(1, '\'').append(cell);
    default:
      return std::string(cell);
  }
}

std::string quote_csv(std::string_view cell) {
  if (cell.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(cell);
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

CsvWriter& CsvWriter::text(std::string_view cell) {
  separate();
  out_ << quote_csv(neutralise_formula(visible_text_keeping_lines(cell)));
  return *this;
}

CsvWriter& CsvWriter::number(long long value) {
  separate();
  out_ << value;
  return *this;
}

void CsvWriter::end_row() {
  out_ << "\r\n";
  row_started_ = false;
}

void CsvWriter::separate() {
  if (row_started_) out_ << ',';
  row_started_ = true;
}

}  // namespace multilat
