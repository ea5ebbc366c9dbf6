// Output to stdout or to a file named by -o, with the format taken from its extension.
#include "cli/output_target.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/global_options.h"
#include "i18n/error_text.h"
#include "i18n/tr.h"
#include "util/atomic_file.h"

namespace multilat::cli {

std::string resolve_format(const OutputTarget& target, const std::vector<std::string>& known,
                           const std::string& fallback) {
  if (!target.format.empty()) return target.format;
  if (target.file.empty()) return fallback;
  std::string extension = std::filesystem::path(target.file).extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  if (extension == "txt") return "table";
  if (extension == "markdown") return "md";
  if (std::find(known.begin(), known.end(), extension) != known.end()) return extension;
  throw UsageError(i18n::tr("cli.format-from-extension", fmt::arg("file", target.file),
                            fmt::arg("formats", fmt::format("{}", fmt::join(known, ", ")))));
}

void refuse_existing_output(const OutputTarget& target) {
  std::error_code ec;
  if (!target.file.empty() && !target.force && std::filesystem::exists(target.file, ec) &&
      !writes_in_place(target.file)) {
    throw UsageError(i18n::tr("cli.output-exists", fmt::arg("file", target.file)));
  }
}

void emit_output(const OutputTarget& target, const std::string& content) {
  if (target.file.empty()) {
    std::cout << content;
    return;
  }
  refuse_existing_output(target);
  try {
    write_output_file(target.file, content, target.force);
  } catch (const std::exception& error) {
    throw UsageError(error_text(error));
  }
}

}  // namespace multilat::cli
