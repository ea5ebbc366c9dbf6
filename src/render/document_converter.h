// Word, OpenDocument and PDF documents from a report's HTML page, through pandoc and WeasyPrint.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace multilat {

enum class DocumentFormat { Docx, Odt, Pdf };

// The converter is missing, failed, or ran out of time; the message says which and how to fix it.
struct ConversionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ConversionRequest {
  DocumentFormat format = DocumentFormat::Pdf;
  // docx and odt: the document whose styles, header and footer pandoc copies (--reference-doc).
  std::optional<std::filesystem::path> reference;
  std::chrono::seconds timeout{120};
};

// "docx", "odt", "pdf": the format of that name, if it is one.
std::optional<DocumentFormat> document_format(std::string_view name);

// The Debian package that provides the format's converter (for the message when it is missing).
std::string_view converter_package(DocumentFormat format);

// The document's bytes. The converter runs from an argument vector (no shell) in a private
// temporary folder, with nothing on its standard input, and is killed past the timeout.
std::string convert_html(std::string_view html, const ConversionRequest& request);

}  // namespace multilat
