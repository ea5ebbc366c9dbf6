// `multilat schema`: the records' JSON Schemas for editors, or their reference in Markdown.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "i18n/error_text.h"
#include "i18n/tr.h"
#include "schema/json_schema.h"
#include "schema/markdown.h"
#include "util/atomic_file.h"
#include "util/did_you_mean.h"

namespace multilat::cli {
namespace fs = std::filesystem;
namespace {

using i18n::tr;

std::string cannot_create(const fs::path& target, const std::error_code& ec) {
  return tr("cli.cannot-create", fmt::arg("path", target.string()),
            fmt::arg("reason", system_reason(ec)));
}

struct SchemaOptions {
  std::string kind;  // empty: every kind and the settings
  std::string format = "json";
  std::string output;  // -o: a file; with no kind, a folder
  bool force = false;
};

// One file that -o produces, and what it must hold.
struct Output {
  fs::path path;
  std::string content;
};

const schema::KindSchema& schema_named(const std::string& name) {
  if (const schema::KindSchema* found = schema::find_exported_schema(name)) return *found;
  std::vector<std::string_view> names;
  for (const schema::KindSchema* schema : schema::exported_schemas()) names.push_back(schema->name);
  auto guess = did_you_mean(name, names);
  throw UsageError(guess ? tr("cli.schema.unknown-kind-guess", fmt::arg("kind", name),
                              fmt::arg("guess", *guess))
                         : tr("cli.schema.unknown-kind", fmt::arg("kind", name)));
}

std::string schema_text(const schema::KindSchema& schema) {
  return schema::json_schema(schema).dump(2) + '\n';
}

std::string all_schemas_text() {
  nlohmann::ordered_json all = nlohmann::ordered_json::object();
  for (const schema::KindSchema* schema : schema::exported_schemas()) {
    all[std::string(schema->name)] = schema::json_schema(*schema);
  }
  return all.dump(2) + '\n';
}

std::string file_name(const schema::KindSchema& schema) {
  return fmt::format("{}.schema.json", schema.name);
}

// Like cp: a folder (existing, or written with a trailing slash) receives the file by its name.
fs::path file_target(const fs::path& target, const std::string& name) {
  std::error_code ec;
  if (target.filename().empty()) {
    fs::create_directories(target, ec);
    if (ec) throw UsageError(cannot_create(target, ec));
    return target / name;
  }
  return fs::is_directory(target, ec) ? target / name : target;
}

fs::path folder_target(const fs::path& target) {
  std::error_code ec;
  if (fs::exists(target, ec) && !fs::is_directory(target, ec)) {
    throw UsageError(tr("cli.schema.not-a-folder", fmt::arg("path", target.string())));
  }
  fs::create_directories(target, ec);
  if (ec) throw UsageError(cannot_create(target, ec));
  return target;
}

std::vector<Output> planned_outputs(const SchemaOptions& options) {
  const fs::path target(options.output);
  if (options.format == "markdown")
    return {{file_target(target, "records.md"), schema::records_markdown()}};
  if (!options.kind.empty()) {
    const schema::KindSchema& schema = schema_named(options.kind);
    return {{file_target(target, file_name(schema)), schema_text(schema)}};
  }
  const fs::path folder = folder_target(target);
  std::vector<Output> outputs;
  for (const schema::KindSchema* schema : schema::exported_schemas()) {
    outputs.push_back({folder / file_name(*schema), schema_text(*schema)});
  }
  return outputs;
}

// Checks every file before writing any, so that a refusal leaves all of them as they were.
void refuse_to_replace(const std::vector<Output>& outputs) {
  std::vector<std::string> differing;
  for (const Output& output : outputs) {
    auto existing = read_file_if_exists(output.path);
    if (existing && *existing != output.content) differing.push_back(output.path.string());
  }
  if (differing.empty()) return;
  throw UsageError(i18n::trn("cli.schema.would-replace", differing.size(),
                             fmt::arg("files", fmt::format("{}", fmt::join(differing, ", ")))));
}

void write_output(const Output& output, bool force) {
  auto existing = read_file_if_exists(output.path);
  if (existing == output.content) {
    fmt::print("{}\n", tr("cli.schema.unchanged", fmt::arg("path", output.path.string())));
    return;
  }
  // Without --force, a file that appeared since refuse_to_replace() is still not replaced.
  write_file_atomically(output.path, output.content, force && existing.has_value());
  fmt::print("{}\n", tr("cli.schema.wrote", fmt::arg("path", output.path.string())));
}

void write_outputs(const SchemaOptions& options) {
  try {
    std::vector<Output> outputs = planned_outputs(options);
    if (!options.force) refuse_to_replace(outputs);
    for (const Output& output : outputs) write_output(output, options.force);
  } catch (const UsageError&) {
    throw;
  } catch (const std::runtime_error& e) {  // the file system said no: a usage or I/O error
    throw UsageError(error_text(e));
  }
}

void run_schema(const SchemaOptions& options) {
  if (options.format == "markdown" && !options.kind.empty()) {
    throw UsageError(tr("cli.schema.markdown-all-kinds"));
  }
  if (!options.output.empty()) return write_outputs(options);
  if (options.format == "markdown") {
    std::cout << schema::records_markdown();
  } else {
    std::cout << (options.kind.empty() ? all_schemas_text()
                                       : schema_text(schema_named(options.kind)));
  }
  std::cout.flush();
}

}  // namespace

void add_schema_command(CLI::App& app, const GlobalOptions&, Outcome& outcome) {
  auto options = std::make_shared<SchemaOptions>();
  CLI::App* cmd = app.add_subcommand("schema", tr("help.schema"));
  cmd->add_option("kind", options->kind, tr("help.schema.kind"))
      ->option_text(tr("help.metavar.kind"));
  cmd->add_option("--format", options->format, tr("help.format"))
      ->check(one_of({"json", "markdown"}))
      ->option_text("json|markdown");
  cmd->add_option("-o,--output", options->output, tr("help.schema.output"))
      ->option_text(tr("help.metavar.path"));
  cmd->add_flag("--force", options->force, tr("help.schema.force"));
  cmd->footer(tr("help.schema.footer"));
  cmd->callback([&outcome, options] {
    run_schema(*options);
    outcome.exit_code = 0;
  });
}

}  // namespace multilat::cli
