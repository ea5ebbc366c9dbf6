// Tests of the message catalogues: both languages hold the same keys with the same placeholders,
// every key the source uses exists, and numbers are written the way each language writes them.
// The schema's descriptions are not in the catalogues but beside each field, in both languages.
#include <doctest/doctest.h>
#include <fmt/args.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "i18n/catalogue.h"
#include "i18n/tr.h"
#include "schema/json_schema.h"

using namespace multilat;
using namespace multilat::i18n;

namespace {

std::map<std::string, std::string> as_map(std::span<const Message> messages) {
  std::map<std::string, std::string> map;
  for (const Message& m : messages) {
    INFO("key: " << m.key);
    CHECK(map.emplace(std::string(m.key), std::string(m.text)).second);  // no duplicate key
  }
  return map;
}

// The names between braces: "{n} of {total:>4}" gives {n, total}. "{{" is a literal brace.
std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    std::size_t end = text.find_first_of(":}", i);
    names.insert(std::string(text.substr(i + 1, end - i - 1)));
  }
  return names;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Keys written as literals in calls of tr, tr_in, trn and trn_in anywhere under src/.
std::set<std::string> keys_used_in_source() {
  static const std::regex call(R"re(\btrn?(?:_in)?\((?:[^,()"]+,\s*)?"([a-z0-9.-]+)")re");
  static const std::regex plural(R"re(\btrn(?:_in)?\()re");
  std::set<std::string> keys;
  for (const auto& entry : std::filesystem::recursive_directory_iterator("src")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    std::string source = read(entry.path());
    for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it) {
      std::string key = (*it)[1];
      if (std::regex_search((*it)[0].str(), plural)) {
        keys.insert(key + ".one");
        keys.insert(key + ".other");
      } else {
        keys.insert(key);
      }
    }
  }
  return keys;
}

// Literals that look like a key of loading or check ("load.not-date", "check.files"), wherever
// they are: those sections pass keys around before calling tr, where the scan above misses them.
std::set<std::string> load_and_check_literals() {
  static const std::regex literal(R"re("((?:load|check)\.[a-z0-9.-]+)")re");
  std::set<std::string> keys;
  for (const auto& entry : std::filesystem::recursive_directory_iterator("src")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    if (entry.path().parent_path().filename() == "i18n") continue;
    std::string source = read(entry.path());
    for (std::sregex_iterator it(source.begin(), source.end(), literal), end; it != end; ++it) {
      keys.insert((*it)[1]);
    }
  }
  return keys;
}

void check_described(const schema::Words& words) {
  CHECK_FALSE(words.en.empty());
  CHECK_FALSE(words.fr.empty());
}

// Counts the fields it checks, nested ones included, so that a test sees the walk happened.
std::size_t check_fields_described(std::span<const schema::FieldSpec> fields) {
  std::size_t checked = 0;
  for (const schema::FieldSpec& field : fields) {
    INFO("field: " << field.key);
    check_described(field.description);
    checked += 1 + check_fields_described(field.fields);
  }
  return checked;
}

}  // namespace

TEST_CASE("every field and kind of the schema is described in both languages") {
  std::size_t fields = 0;
  for (const schema::KindSchema* kind : schema::exported_schemas()) {
    INFO("kind: " << kind->name);
    check_described(kind->description);
    fields += check_fields_described(kind->fields) + check_fields_described(kind->common);
  }
  CHECK(fields > 100);
}

TEST_CASE("a description is read in the language asked for") {
  schema::Words words{.en = "first day", .fr = "premier jour"};
  CHECK(words.in(Language::En) == "first day");
  CHECK(words.in(Language::Fr) == "premier jour");
}

TEST_CASE("French and English hold the same keys with the same placeholders") {
  auto french = as_map(french_catalogue());
  auto english = as_map(english_catalogue());
  for (const auto& [key, text] : french) {
    const std::string& name = key;  // clang 14 lets no lambda, such as INFO's, see a binding
    INFO("key: " << name);
    REQUIRE_MESSAGE(english.count(key), "missing in English");
    CHECK(placeholders(text) == placeholders(english[key]));
    CHECK_FALSE(text.empty());
  }
  for (const auto& [key, text] : english) {
    const std::string& name = key;
    INFO("key: " << name);
    CHECK_MESSAGE(french.count(key), "missing in French");
    CHECK_FALSE(text.empty());
  }
}

TEST_CASE("every message formats with its placeholders") {
  for (Language language : {Language::Fr, Language::En}) {
    for (const Message& m : catalogue(language)) {
      INFO("key: " << m.key);
      fmt::dynamic_format_arg_store<fmt::format_context> args;
      for (const std::string& name : placeholders(m.text)) {
        if (name == "n") {
          args.push_back(fmt::arg("n", std::size_t{2}));
        } else {
          args.push_back(fmt::arg(name.c_str(), std::string("x")));
        }
      }
      CHECK_NOTHROW((void)fmt::vformat(m.text, args));
    }
  }
}

TEST_CASE("every key the source uses is in the catalogue") {
  auto french = as_map(french_catalogue());
  std::set<std::string> used = keys_used_in_source();
  CHECK(used.size() > 5);  // the scan itself works
  for (const std::string& key : used) {
    INFO("key: " << key);
    CHECK(french.count(key));
  }
}

TEST_CASE("tr picks the run's language and falls back to the key") {
  set_language(Language::En);
  CHECK(tr("word.did-you-mean", fmt::arg("guess", "spc")) == "did you mean 'spc'?");
  set_language(Language::Fr);
  CHECK(tr("word.did-you-mean", fmt::arg("guess", "spc")) == "vouliez-vous dire « spc » ?");
  CHECK(tr("no.such.key") == "no.such.key");
}

TEST_CASE("plurals follow each language's rule") {
  CHECK(trn_in(Language::Fr, "word.error", 0) == "0 erreur");
  CHECK(trn_in(Language::Fr, "word.error", 1) == "1 erreur");
  CHECK(trn_in(Language::Fr, "word.error", 2) == "2 erreurs");
  CHECK(trn_in(Language::En, "word.error", 0) == "0 errors");
  CHECK(trn_in(Language::En, "word.error", 1) == "1 error");
}

TEST_CASE("amounts are grouped the way each language writes them") {
  CHECK(amount_text("12500000", "XPF", Language::Fr) == "12\u202f500\u202f000 XPF");
  CHECK(amount_text("12500000", "XPF", Language::En) == "12,500,000 XPF");
  CHECK(amount_text("999", "EUR", Language::En) == "999 EUR");
  CHECK(amount_text("1000", "EUR", Language::En) == "1,000 EUR");
  CHECK(amount_text("1234.50", "EUR", Language::Fr) == "1\u202f234,50 EUR");
  CHECK(amount_text("1234.50", "EUR", Language::En) == "1,234.50 EUR");
  CHECK(group_digits("0", Language::Fr) == "0");
}

TEST_CASE("every load and check key the source names is in the catalogue") {
  auto french = as_map(french_catalogue());
  std::set<std::string> named = load_and_check_literals();
  CHECK(named.size() > 20);  // the scan itself works
  for (const std::string& key : named) {
    INFO("key: " << key);
    CHECK((french.count(key) || french.count(key + ".one")));
  }
}
