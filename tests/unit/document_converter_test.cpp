// Word, OpenDocument and PDF conversion: the formats by name, and a converter missing from PATH.
#include "render/document_converter.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "in_language.h"

namespace multilat {
namespace {

// PATH for the length of a test, restored afterwards.
class PathAs {
 public:
  explicit PathAs(const char* path) {
    if (const char* old = std::getenv("PATH")) previous_ = old;
    ::setenv("PATH", path, 1);
  }
  ~PathAs() {
    if (previous_) ::setenv("PATH", previous_->c_str(), 1);
  }
  PathAs(const PathAs&) = delete;
  PathAs& operator=(const PathAs&) = delete;

 private:
  std::optional<std::string> previous_;
};

std::string missing_message(DocumentFormat format) {
  PathAs path("/nonexistent-multilat-path");
  try {
    convert_html("<p>x</p>", ConversionRequest{format, std::nullopt, std::chrono::seconds(5)});
  } catch (const ConversionError& error) {
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("document formats are known by name, each with the package of its converter") {
  CHECK(document_format("docx") == DocumentFormat::Docx);
  CHECK(document_format("odt") == DocumentFormat::Odt);
  CHECK(document_format("pdf") == DocumentFormat::Pdf);
  CHECK_FALSE(document_format("html"));
  CHECK_FALSE(document_format("PDF"));
  CHECK(converter_package(DocumentFormat::Pdf) == "weasyprint");
  CHECK(converter_package(DocumentFormat::Docx) == "pandoc");
}

TEST_CASE("a converter missing from PATH is named with the Debian package, in both languages") {
  for (Language language : {Language::Fr, Language::En}) {
    testing::InLanguage speaking(language);
    CHECK(missing_message(DocumentFormat::Pdf).find("apt-get install weasyprint") != std::string::npos);
    CHECK(missing_message(DocumentFormat::Odt).find("apt-get install pandoc") != std::string::npos);
  }
}

}  // namespace multilat
