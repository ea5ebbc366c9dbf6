// Tests of the JSON Schema export: its shape, each value type, and agreement with the parsers.
#include "schema/json_schema.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

#include "in_english.h"
#include "load/scalar_rules.h"
#include "model/contact.h"
#include "model/date.h"
#include "model/kind.h"
#include "schema/kinds.h"

using namespace multilat;
using namespace multilat::schema;
using multilat::testing::InEnglish;
using Json = nlohmann::ordered_json;

namespace {

Json schema_named(std::string_view name) { return json_schema(*find_exported_schema(name)); }

Json strings(std::initializer_list<const char*> values) {
  Json out = Json::array();
  for (const char* value : values) out.push_back(value);
  return out;
}

Json nullable(const char* type) { return Json::array({type, "null"}); }

bool matches(const Json& schema, const std::string& text) {
  return std::regex_search(text, std::regex(schema["pattern"].get<std::string>()));
}

// Every keyword used anywhere in a schema, skipping property names and values.
void collect_keywords(const Json& schema, std::set<std::string>& out) {
  for (const auto& [key, value] : schema.items()) {
    out.insert(key);
    if (key == "properties") {
      for (const auto& [name, property] : value.items()) collect_keywords(property, out);
    } else if (key == "items") {
      collect_keywords(value, out);
    } else if (key == "oneOf") {
      for (const Json& branch : value) collect_keywords(branch, out);
    }
  }
}

// Each field of a table, and of its nested tables, carries its description into the schema.
void check_descriptions(const Json& object, std::span<const FieldSpec> fields) {
  for (const FieldSpec& field : fields) {
    CAPTURE(field.key);
    const Json& property = object["properties"][std::string(field.key)];
    CHECK(property["description"] == field.description.en);
    if (field.type != ValueType::Object) continue;
    check_descriptions(field.list ? property["items"] : property, field.fields);
  }
}

}  // namespace

TEST_CASE("exported schemas are the four kinds in folder order, then the settings") {
  std::vector<std::string_view> names;
  for (const KindSchema* schema : exported_schemas()) names.push_back(schema->name);
  CHECK(names ==
        std::vector<std::string_view>{"organisation", "entity", "meeting", "prospect", "settings"});
  CHECK(find_exported_schema("meeting") == &schema_of(Kind::Meeting));
  CHECK(find_exported_schema("settings") == &settings_schema());
  CHECK(find_exported_schema("meetings") == nullptr);
  CHECK(find_exported_schema("") == nullptr);
}

TEST_CASE_FIXTURE(InEnglish, "every schema is a closed draft 2020-12 object with a stable id") {
  for (const KindSchema* kind : exported_schemas()) {
    CAPTURE(kind->name);
    Json schema = json_schema(*kind);
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["$id"] == "urn:multilat:schema:" + std::string(kind->name));
    CHECK(schema["description"] == kind->description.en);
    CHECK(schema["type"] == "object");
    CHECK(schema["additionalProperties"] == false);
    CHECK(schema.dump() == json_schema(*kind).dump());  // deterministic
  }
  CHECK(schema_named("meeting")["title"] == "multilat meeting record");
  CHECK(schema_named("settings")["title"] == "multilat settings");
}

TEST_CASE("required lists come from the table") {
  CHECK(schema_named("meeting")["required"] ==
        strings({"title", "organisation", "start", "status"}));
  CHECK(schema_named("organisation")["required"] == strings({"name", "nc-status"}));
  CHECK(schema_named("entity")["required"] == strings({"name", "type"}));
  CHECK(schema_named("prospect")["required"] == strings({"title", "lead", "stage"}));
  CHECK_FALSE(schema_named("settings").contains("required"));  // every setting has a default
}

TEST_CASE("the common keys belong to every record kind but not to the settings") {
  for (Kind kind : kAllKinds) {
    const Json properties = json_schema(schema_of(kind))["properties"];
    for (std::string key : {"example", "tags", "notes", "silence"}) {
      CAPTURE(key);
      CHECK(properties.contains(key));
    }
    CHECK(properties["silence"]["items"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$");
    CHECK(properties["example"]["type"] == nullable("boolean"));
  }
  CHECK_FALSE(schema_named("settings")["properties"].contains("example"));
}

TEST_CASE_FIXTURE(InEnglish, "every field carries its table description") {
  for (const KindSchema* kind : exported_schemas()) {
    CAPTURE(kind->name);
    Json schema = json_schema(*kind);
    CHECK(schema["properties"].size() == kind->fields.size() + kind->common.size());
    check_descriptions(schema, kind->fields);
    check_descriptions(schema, kind->common);
  }
}

TEST_CASE("descriptions follow the language of the run") {
  Json meeting = schema_named("meeting");  // French, the default
  CHECK(meeting["description"] ==
        "Une réunion d'une organisation, avec la délégation de la Nouvelle-Calédonie et son suivi.");
  CHECK(meeting["properties"]["start"]["description"] == "premier jour");
  CHECK(meeting["properties"]["delegation"]["items"]["properties"]["person"]["description"] ==
        "nom ou fonction");
  CHECK(meeting["properties"]["notes"]["description"] == "notes libres");
  InEnglish english;
  CHECK(schema_named("meeting")["properties"]["start"]["description"] == "first day");
}

TEST_CASE("enums list the allowed values, an optional enum may be left empty") {
  Json meeting = schema_named("meeting")["properties"];
  CHECK(meeting["status"]["type"] == "string");
  CHECK(meeting["status"]["enum"] ==
        strings({"planned", "confirmed", "held", "cancelled", "postponed"}));
  CHECK(meeting["type"]["type"] == nullable("string"));
  Json types = meeting["type"]["enum"];
  CHECK(types.size() == 7);
  CHECK(types.front() == "governing");
  CHECK(types.back().is_null());
}

TEST_CASE("lists of mappings become arrays of closed objects with their own required keys") {
  Json deadlines = schema_named("meeting")["properties"]["deadlines"];
  CHECK(deadlines["type"] == nullable("array"));
  Json item = deadlines["items"];
  CHECK(item["type"] == "object");
  CHECK(item["additionalProperties"] == false);
  CHECK(item["required"] == strings({"what", "due"}));
  CHECK(item["properties"]["owner"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$");
  CHECK(item["properties"]["done"]["format"] == "date");

  Json bodies = schema_named("organisation")["properties"]["bodies"]["items"];
  CHECK(bodies["required"] == strings({"id", "name"}));
  CHECK(bodies["properties"]["month"]["type"] == nullable("integer"));
  CHECK(bodies["properties"]["month"]["minimum"] == 1);
  CHECK(bodies["properties"]["month"]["maximum"] == 12);
}

TEST_CASE("a single mapping becomes a closed object") {
  Json report = schema_named("meeting")["properties"]["report"];
  CHECK(report["type"] == nullable("object"));
  CHECK(report["additionalProperties"] == false);
  CHECK_FALSE(report.contains("required"));
  CHECK(report["properties"].size() == 4);
  Json value = schema_named("prospect")["properties"]["value"];
  CHECK(value["required"] == strings({"amount", "currency"}));
  Json mail = schema_named("settings")["properties"]["mail"]["properties"];
  CHECK(mail["to"]["type"] == nullable("array"));
  CHECK(mail["to"]["items"]["format"] == "email");
}

TEST_CASE("text is a string or a closed {fr, en} mapping") {
  Json title = schema_named("meeting")["properties"]["title"];
  REQUIRE(title["oneOf"].size() == 2);  // required: no null branch
  CHECK(title["oneOf"][0]["type"] == "string");
  Json bilingual = title["oneOf"][1];
  CHECK(bilingual["type"] == "object");
  CHECK(bilingual["additionalProperties"] == false);
  CHECK(bilingual["minProperties"] == 1);
  CHECK(bilingual["properties"]["fr"]["type"] == "string");
  CHECK(bilingual["properties"]["en"]["type"] == "string");
  Json notes = schema_named("meeting")["properties"]["notes"];
  REQUIRE(notes["oneOf"].size() == 3);
  CHECK(notes["oneOf"][2]["type"] == "null");
  CHECK(schema_named("meeting")["properties"]["outcomes"]["items"]["oneOf"].size() == 2);
}

TEST_CASE("scalar types map to JSON types, patterns and formats") {
  Json org = schema_named("organisation")["properties"];
  CHECK(org["website"]["format"] == "uri");
  CHECK(matches(org["website"], "https://www.spc.int"));
  CHECK(org["crop"]["type"] == nullable("boolean"));
  CHECK(org["headquarters"]["type"] == nullable("string"));
  CHECK_FALSE(org["headquarters"].contains("pattern"));
  CHECK(org["focal-point"]["maxLength"] == 64);
  Json contribution = org["contributions"]["items"]["properties"];
  CHECK(contribution["currency"]["pattern"] == "^[A-Z]{3}$");
  Json codes = contribution["currency"]["enum"];
  CHECK(std::find(codes.begin(), codes.end(), "XPF") != codes.end());
  CHECK(std::find(codes.begin(), codes.end(), "HRK") == codes.end());  // withdrawn in 2023
  Json amount = contribution["amount"]["oneOf"];
  REQUIRE(amount.size() == 2);
  CHECK(amount[0]["type"] == "number");
  CHECK(amount[0]["minimum"] == 0);
  CHECK(amount[1]["type"] == "string");
  CHECK(org["contacts"]["items"]["properties"]["email"]["format"] == "email");
  Json settings = schema_named("settings")["properties"];
  CHECK(settings["max-file-size"]["minimum"] == 1024);
  CHECK(settings["max-file-size"]["maximum"] == 4 * 1024 * 1024);
}

TEST_CASE("patterns accept what the parsers accept") {
  Json org = schema_named("organisation")["properties"];
  Json cadence = org["bodies"]["items"]["properties"]["cadence"];
  for (int n = 0; n <= 130; ++n) {
    for (const char* unit : {"years", "months"}) {
      std::string text = "every-" + std::to_string(n) + "-" + unit;
      CAPTURE(text);
      CHECK(matches(cadence, text) == parse_cadence(text).has_value());
    }
  }
  for (std::string text : {"yearly", "twice-yearly", "irregular", "every-02-months", "Yearly",
                           "every--2-years", "every-2-year", "monthly", ""}) {
    CAPTURE(text);
    CHECK(matches(cadence, text) == parse_cadence(text).has_value());
  }
  Json duration = schema_named("settings")["properties"]["horizon"];
  for (std::string text : {"0d", "15d", "6w", "3m", "1y", "9999d", "10000d", "15", "d", "15D",
                           "-1d", "1.5m", " 15d", "15 d"}) {
    CAPTURE(text);
    CHECK(matches(duration, text) == parse_duration(text).has_value());
  }
}

TEST_CASE("id, amount and date patterns agree with the model") {
  Json id = schema_named("meeting")["properties"]["organisation"];
  for (std::string text : {"spc", "province-sud", "2025", "a-1-b", "-spc", "spc-", "sp--c", "SPC",
                           "spc_1", "spc ", ""}) {
    CAPTURE(text);
    CHECK(matches(id, text) == is_valid_id(text));
  }
  Json amount = schema_named("prospect")["properties"]["value"]["properties"]["amount"]["oneOf"][1];
  for (std::string text : {"0", "1200000", "350.5", "350.50", "350.505", "1,200", "-5", ".5", "5.",
                           "999999999999999", "1000000000000000", "1e6"}) {
    CAPTURE(text);
    CHECK(matches(amount, text) == is_amount(text));
  }
  Json url = schema_named("organisation")["properties"]["website"];
  for (std::string text :
       {"https://www.spc.int", "http://spc.int/about?x=1#y", "HTTPS://SPC.INT", "ftp://spc.int",
        "https://", "https:// spc.int", "spc.int", "https:/x", "https://spc.int/a b"}) {
    CAPTURE(text);
    CHECK(matches(url, text) == is_url(text));
  }
  Json email =
      schema_named("organisation")["properties"]["contacts"]["items"]["properties"]["email"];
  for (std::string text : {"a@b.c", "first.last@example.org", "a@b", "@b.c", "a@@b.c", "a@b..c",
                           "a@.b.c", "a@b.c.", "a b@c.d", "a@b@c.d", "", "a@b.c;d@e.f",
                           "Bob<d@e.f>", "\"a\"@b.c", "a@[1.2.3.4]", "a\\b@c.d"}) {
    CAPTURE(text);
    CHECK(matches(email, text) == is_email(text));
  }
  Json date = schema_named("meeting")["properties"]["start"];
  for (std::string text : {"2025-01-01", "2024-02-29", "2025-1-1", "2025/01/01", "25-01-01"}) {
    CAPTURE(text);
    // The pattern checks the shape; `format: date` rejects a day that does not exist.
    CHECK(matches(date, text) == parse_date(text).has_value());
  }
}

TEST_CASE("only keywords that draft 7 also knows, so yaml-language-server reads them alike") {
  const std::set<std::string> draft7 = {"$schema",   "$id",
                                        "title",     "description",
                                        "type",      "additionalProperties",
                                        "required",  "properties",
                                        "items",     "oneOf",
                                        "enum",      "pattern",
                                        "format",    "minimum",
                                        "maximum",   "exclusiveMaximum", "exclusiveMinimum",
                                        "maxLength", "minProperties"};
  for (const KindSchema* kind : exported_schemas()) {
    std::set<std::string> used;
    collect_keywords(json_schema(*kind), used);
    for (const std::string& keyword : used) {
      CAPTURE(keyword);
      CHECK(draft7.count(keyword) == 1);
    }
  }
}
