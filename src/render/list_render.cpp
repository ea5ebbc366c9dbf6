#include "render/list_render.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "render/cell_text.h"
#include "render/csv_writer.h"
#include "render/left_out_text.h"
#include "util/utf8.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

// A cell in the reader's words.
std::string shown(const ListCell& cell, Language language) {
  switch (cell.type) {
    case CellType::Date:
      if (cell.value.empty()) return "";
      // The weekday would only widen a column read for its date.
      return day_month_year(*parse_date(cell.value), language);
    case CellType::Enum: {
      std::string key = fmt::format("value.{}.{}", cell.field, cell.value);
      std::string_view word = i18n::text(language, key);
      return word == key ? cell.value : std::string(word);
    }
    case CellType::Text:
      return cell.text.in(language).str();
    case CellType::Money: {
      std::size_t space = cell.value.rfind(' ');
      if (space == std::string::npos) return cell.value;
      return i18n::amount_text(cell.value.substr(0, space), cell.value.substr(space + 1), language);
    }
    default:
      return cell.value;
  }
}

std::string heading(std::string_view column) { return i18n::tr(fmt::format("list.column.{}", column)); }

}  // namespace

void render_list_table(std::ostream& out, const RecordList& list, Language language, std::size_t width,
                       std::size_t left_out) {
  std::vector<std::vector<std::string>> table;
  table.push_back({heading("id")});
  for (const std::string& column : list.columns) table.back().push_back(heading(column));
  for (const ListRow& row : list.rows) {
    table.push_back({terminal_safe(row.id)});
    for (const ListCell& cell : row.cells) table.back().push_back(terminal_safe(shown(cell, language)));
  }
  std::size_t columns = list.columns.size() + 1;
  std::vector<std::size_t> widths(columns, 0);
  for (const auto& line : table) {
    for (std::size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], display_width(line[c]));
  }
  // The last column takes what is left of the width, at least 10 characters.
  std::size_t used = 0;
  for (std::size_t c = 0; c + 1 < columns; ++c) used += widths[c] + 2;
  std::size_t last = width == 0 ? widths.back() : std::max<std::size_t>(10, width > used ? width - used : 0);
  if (!list.rows.empty()) {
    for (const auto& line : table) {
      std::string text;
      for (std::size_t c = 0; c + 1 < columns; ++c) text += pad_to_width(line[c], widths[c] + 2);
      text += truncate_to_width(line.back(), last);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      out << text << '\n';
    }
    out << '\n';
  }
  out << i18n::trn(fmt::format("list.count.{}", kind_name(list.kind)), list.rows.size())
      << left_out_text(left_out, language) << '\n';
}

void render_list_csv(std::ostream& out, const RecordList& list) {
  CsvWriter csv(out);
  csv.text("id").text("path");
  for (std::size_t c = 0; c < list.columns.size(); ++c) {
    if (column_type(list.columns[c]) == CellType::Text) {
      csv.text(list.columns[c] + "_fr").text(list.columns[c] + "_en");
    } else {
      csv.text(list.columns[c]);
    }
  }
  csv.end_row();
  for (const ListRow& row : list.rows) {
    csv.text(row.id).text(row.path);
    for (const ListCell& cell : row.cells) {
      if (cell.type == CellType::Text) {
        csv.text(cell.text.fr).text(cell.text.en);
      } else {
        csv.text(cell.value);
      }
    }
    csv.end_row();
  }
}

void render_list_json(std::ostream& out, const RecordList& list, std::size_t left_out) {
  using Json = nlohmann::json;
  Json records = Json::array();
  for (const ListRow& row : list.rows) {
    Json record = {{"id", row.id}, {"path", row.path}};
    for (std::size_t c = 0; c < list.columns.size(); ++c) {
      const ListCell& cell = row.cells[c];
      if (cell.type == CellType::Text) {
        auto side = [](const Str& s) { return s.empty() ? Json(nullptr) : Json(s.str()); };
        record[list.columns[c]] = cell.text.empty() ? Json(nullptr)
                                                     : Json{{"fr", side(cell.text.fr)}, {"en", side(cell.text.en)}};
      } else {
        record[list.columns[c]] = cell.value.empty() ? Json(nullptr) : Json(cell.value);
      }
    }
    records.push_back(std::move(record));
  }
  Json doc = {{"kind", kind_name(list.kind)}, {"count", list.rows.size()}, {"left_out", left_out}, {"records", records}};
  out << json_safe(doc.dump(2)) << '\n';
}

const FormatTable<ListOutput>& list_formats() {
  static const FormatTable<ListOutput> formats{
      {"table", [](std::ostream& out, const ListOutput& o) { render_list_table(out, o.list, o.language, o.width, o.left_out); }},
      {"csv", [](std::ostream& out, const ListOutput& o) { render_list_csv(out, o.list); }},
      {"json", [](std::ostream& out, const ListOutput& o) { render_list_json(out, o.list, o.left_out); }},
  };
  return formats;
}

}  // namespace multilat
