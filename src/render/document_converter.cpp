// Running pandoc or WeasyPrint on a report's HTML page in a temporary folder of its own.
#include "render/document_converter.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "i18n/error_text.h"
#include "i18n/tr.h"
#include "util/visible_text.h"

extern char** environ;

namespace multilat {
namespace {

namespace fs = std::filesystem;

// A folder only this run can read (mkdtemp makes it 0700), removed with what is in it.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "multilat-convert-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
      throw ConversionError(i18n::tr("report.convert-temp", fmt::arg("error", system_reason(errno))));
    }
    path_ = pattern;
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  ~TemporaryFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void write_bytes(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) {
    throw ConversionError(i18n::tr("report.convert-temp", fmt::arg("error", path.string())));
  }
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string_view program_of(DocumentFormat format) {
  return format == DocumentFormat::Pdf ? "weasyprint" : "pandoc";
}

std::vector<std::string> arguments(const ConversionRequest& request, const fs::path& in,
                                   const fs::path& out) {
  if (request.format == DocumentFormat::Pdf) {
    return {"weasyprint", "--encoding", "utf-8", "--base-url", in.parent_path().string(),
            in.string(), out.string()};
  }
  // The report's <h1> becomes the document's title (Word's Title style), its <h2> Heading 1.
  std::vector<std::string> args = {"pandoc", "--from", "html",
                                   "--to", request.format == DocumentFormat::Docx ? "docx" : "odt",
                                   "--shift-heading-level-by=-1", "--output", out.string()};
  if (request.reference) args.push_back("--reference-doc=" + request.reference->string());
  args.push_back(in.string());
  return args;
}

// The converter's pid; its standard output and error go to `log`, its input is /dev/null.
pid_t spawn(std::vector<std::string> args, const fs::path& log, int& error) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  error = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

// The wait status, or nothing when the timeout passed first (the converter is then killed).
std::optional<int> wait_for(pid_t pid, std::chrono::seconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    pid_t got = ::waitpid(pid, &status, WNOHANG);
    if (got == pid) return status;
    if (got < 0 && errno != EINTR) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(pid, SIGKILL);
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return std::nullopt;
}

// The converter's last words, enough to say what went wrong without flooding the terminal.
std::string tail_of(const fs::path& log) {
  std::string text = read_bytes(log);
  constexpr std::size_t kShown = 600;
  if (text.size() > kShown) text = "…" + text.substr(text.size() - kShown);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return visible_text(text);
}

void check_status(std::optional<int> status, const ConversionRequest& request, const fs::path& log) {
  std::string program(program_of(request.format));
  if (!status) {
    throw ConversionError(i18n::tr("report.convert-timeout", fmt::arg("program", program),
                                   fmt::arg("seconds", request.timeout.count())));
  }
  if (!WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
    int code = WIFEXITED(*status) ? WEXITSTATUS(*status) : -1;
    throw ConversionError(i18n::tr("report.convert-failed", fmt::arg("program", program),
                                   fmt::arg("code", code), fmt::arg("output", tail_of(log))));
  }
}

}  // namespace

std::optional<DocumentFormat> document_format(std::string_view name) {
  if (name == "docx") return DocumentFormat::Docx;
  if (name == "odt") return DocumentFormat::Odt;
  if (name == "pdf") return DocumentFormat::Pdf;
  return std::nullopt;
}

std::string_view converter_package(DocumentFormat format) { return program_of(format); }

std::string convert_html(std::string_view html, const ConversionRequest& request) {
  TemporaryFolder folder;
  fs::path in = folder.path() / "report.html", out = folder.path() / "report.out",
           log = folder.path() / "converter.log";
  write_bytes(in, html);
  int error = 0;
  pid_t pid = spawn(arguments(request, in, out), log, error);
  std::string program(program_of(request.format));
  if (pid < 0 && error == ENOENT) {
    throw ConversionError(i18n::tr("report.convert-missing", fmt::arg("program", program),
                                   fmt::arg("package", converter_package(request.format))));
  }
  if (pid < 0) {
    throw ConversionError(i18n::tr("report.convert-start", fmt::arg("program", program),
                                   fmt::arg("error", system_reason(error))));
  }
  check_status(wait_for(pid, request.timeout), request, log);
  return read_bytes(out);
}

}  // namespace multilat
