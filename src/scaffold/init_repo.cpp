#include "scaffold/init_repo.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "model/kind.h"
#include "model/settings_file.h"
#include "scaffold/new_record.h"
#include "schema/json_schema.h"
#include "schema/kinds.h"

namespace multilat::scaffold {
namespace {

std::string settings_file(Language language) {
  // The language is written out, the one setting whose default may not be the reader's.
  std::vector<schema::FieldSpec> fields;
  for (const schema::FieldSpec& f : schema::settings_schema().fields) {
    if (f.key != "language") fields.push_back(f);
  }
  std::string others = commented_fields(fields, language);
  return i18n::tr_in(language, "init.settings-header") + "\n\n" +
         fmt::format("language: {}\n\n", language_code(language)) + others;
}

// yaml-language-server's mapping, as docs/editor.md gives it for VS Code.
std::string vscode_settings() {
  std::string out = "{\n  \"yaml.schemas\": {\n";
  for (Kind kind : kAllKinds) {
    out += fmt::format("    \"./schemas/{}.schema.json\": \"records/{}/**/*.yaml\",\n", kind_name(kind), kind_folder(kind));
  }
  return out + "    \"./schemas/settings.schema.json\": \"records/multilat.yaml\"\n  }\n}\n";
}

}  // namespace

std::vector<PlannedFile> repository_files(Language language) {
  std::vector<PlannedFile> files;
  for (Kind kind : kAllKinds) files.push_back({fmt::format("records/{}/.gitkeep", kind_folder(kind)), ""});
  files.push_back({"records/" + std::string(kSettingsFileNames[0]), settings_file(language)});
  for (const schema::KindSchema* s : schema::exported_schemas()) {
    files.push_back({fmt::format("schemas/{}.schema.json", s->name), schema::json_schema(*s).dump(2) + "\n"});
  }
  files.push_back({".vscode/settings.json", vscode_settings()});
  files.push_back({"README.md", i18n::tr_in(language, "init.readme")});
  return files;
}

}  // namespace multilat::scaffold
