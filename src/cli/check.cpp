// `multilat check`: every problem in the records, like a compiler's diagnostics.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <unordered_map>

#include "check/rules.h"
#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "render/check_report.h"
#include "util/did_you_mean.h"

namespace multilat::cli {
namespace fs = std::filesystem;
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  bool strict = false;
  std::string format = "text";
  std::string explain;
  bool verbose = false;
};

int explain_rule(const std::string& id) {
  const Rule* rule = find_rule(id);
  if (!rule) {
    std::vector<std::string_view> ids;
    for (const Rule& r : all_rules()) ids.push_back(r.id);
    auto guess = did_you_mean(id, ids);
    throw UsageError(
        guess ? i18n::tr("check.no-rule-guess", fmt::arg("id", id), fmt::arg("guess", *guess))
              : i18n::tr("check.no-rule", fmt::arg("id", id)));
  }
  fmt::print("{}\n\n{}\n",
             i18n::tr("check.explain", fmt::arg("id", rule->id),
                      fmt::arg("severity", severity_label(rule->severity)),
                      fmt::arg("summary", rule_summary(*rule))),
             rule_explanation(*rule));
  return 0;
}

// Reads quoted lines from the working tree, each file once.
LineSource file_lines() {
  auto cache = std::make_shared<std::unordered_map<std::string, std::vector<std::string>>>();
  return [cache](const std::string& path, uint32_t line) -> std::optional<std::string> {
    auto [it, fresh] = cache->try_emplace(path);
    if (fresh) {
      std::ifstream in(path, std::ios::binary);
      for (std::string text; std::getline(in, text);) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        it->second.push_back(std::move(text));
      }
    }
    if (line == 0 || line > it->second.size()) return std::nullopt;
    return it->second[line - 1];
  };
}

// Keeps only diagnostics in the files or folders the user named.
void restrict_to_paths(std::vector<Diagnostic>& diagnostics,
                       const std::vector<std::string>& paths) {
  if (paths.empty()) return;
  std::vector<fs::path> wanted;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      throw UsageError(i18n::tr("check.path-missing", fmt::arg("path", path)));
    }
    wanted.push_back(fs::weakly_canonical(path, ec));
  }
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    std::error_code ec;
    fs::path file = fs::weakly_canonical(d.path, ec);
    for (const fs::path& w : wanted) {
      auto [end, _] = std::mismatch(w.begin(), w.end(), file.begin(), file.end());
      if (end == w.end()) return false;
    }
    return true;
  });
}

int run_check(const GlobalOptions& global, const CheckOptions& options) {
  if (!options.explain.empty()) return explain_rule(options.explain);
  RecordsSession session = open_records(global);
  const LoadResult& loaded = session.loaded;
  std::vector<Diagnostic> diagnostics =
      run_checks(loaded.store, Context{session.today}, loaded.diagnostics);
  restrict_to_paths(diagnostics, options.paths);
  CheckTotals totals = count_totals(diagnostics, loaded.store.record_count(), loaded.files_read);
  if (options.format == "json") {
    render_check_json(std::cout, diagnostics, totals);
  } else if (options.format == "github") {
    render_check_github(std::cout, diagnostics, totals);
  } else {
    if (options.verbose) {
      fmt::print("{}\n", i18n::tr("check.verbose",
                                  fmt::arg("files", i18n::trn("check.files", loaded.files_read)),
                                  fmt::arg("dir", session.root.display),
                                  fmt::arg("today", message_date(session.today))));
    }
    render_check_text(std::cout, diagnostics, totals, file_lines(), {use_color(global, 1)});
  }
  return totals.errors > 0 || (options.strict && totals.warnings > 0) ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Check the records for errors and warnings");
  cmd->add_option("paths", options->paths, "Only report problems in these files or folders");
  cmd->add_flag("--strict", options->strict, "Warnings count as problems (exit 1)");
  cmd->add_option("--format", options->format, "Output format")
      ->check(one_of({"text", "json", "github"}));
  cmd->add_option("--explain", options->explain, "Explain one rule and exit")->option_text("RULE");
  cmd->add_flag("-v,--verbose", options->verbose, "Say what is being checked");
  cmd->footer(
      "Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or I/O error.\n\n"
      "Examples:\n"
      "  multilat check                        check every record\n"
      "  multilat check records/meetings/2026  only report problems in one folder\n"
      "  multilat check --strict --format github   in CI, with annotations\n"
      "  multilat --today 2027-01-01 check     as if it were 1 January 2027\n"
      "  multilat check --explain ref-unknown  what a rule means");
  cmd->callback([&global, &outcome, options] { outcome.exit_code = run_check(global, *options); });
}

}  // namespace multilat::cli
