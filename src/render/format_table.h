// One command's output formats as one table: its names are what --format allows and what -o's
// extension may name, and its rows are the dispatch. A new format is one row and one render
// function.
#pragma once

#include <initializer_list>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace multilat {

template <class... Inputs>
struct OutputFormat {
  std::string_view name;
  void (*render)(std::ostream& out, const Inputs&... inputs);
};

template <class... Inputs>
class FormatTable {
 public:
  // The first row is the command's default format.
  FormatTable(std::initializer_list<OutputFormat<Inputs...>> rows) : rows_(rows) {}

  std::vector<std::string> names() const {
    std::vector<std::string> names;
    for (const auto& row : rows_) names.emplace_back(row.name);
    return names;
  }

  // "text|md|json", as --help shows the option's value.
  std::string choices() const {
    std::string choices;
    for (const auto& row : rows_) {
      if (!choices.empty()) choices += '|';
      choices += row.name;
    }
    return choices;
  }

  // A name the table does not hold renders the default: --format is checked against names()
  // before, and -o's ".txt" asks for the plain one whatever the command calls it.
  void write(std::ostream& out, std::string_view format, const Inputs&... inputs) const {
    const OutputFormat<Inputs...>* chosen = &rows_.front();
    for (const auto& row : rows_) {
      if (row.name == format) chosen = &row;
    }
    chosen->render(out, inputs...);
  }

  std::string render(std::string_view format, const Inputs&... inputs) const {
    std::ostringstream out;
    write(out, format, inputs...);
    return out.str();
  }

 private:
  std::vector<OutputFormat<Inputs...>> rows_;
};

}  // namespace multilat
