// Bare yaml-cpp baseline for the benchmark: read, YAML::Load and walk every .yaml file of a tree.
//
// Usage: bench_parse [--events] DIR [THREADS]
//
// With --events, each file goes through YAML::Parser with an event handler that only counts,
// and no tree is built: the least work any loader on yaml-cpp can do, as multilat's loader
// drives the same parser with its own handler.
//
// The same shape of work as multilat's loader minus validation: the files are listed first,
// then THREADS workers (default: std::thread::hardware_concurrency) pull them from an atomic
// index, read each one whole, parse it from memory with YAML::Load and walk the whole node tree.
// Prints the file count, node count, scalar count and the seconds spent; exits 1 when a file
// cannot be read or parsed, 2 on bad usage.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Counts {
  uint64_t files = 0;
  uint64_t bytes = 0;
  uint64_t nodes = 0;
  uint64_t scalars = 0;
  uint64_t scalar_bytes = 0;  // touches every scalar's text, as binding would
  uint64_t errors = 0;
};

bool is_yaml(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::vector<fs::path> list_files(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && is_yaml(entry.path())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Recursive walk through const references, as a loader would read the tree.
void walk(const YAML::Node& node, Counts& counts) {
  ++counts.nodes;
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      ++counts.scalars;
      counts.scalar_bytes += node.Scalar().size();
      break;
    case YAML::NodeType::Sequence:
      for (const YAML::Node& item : node) walk(item, counts);
      break;
    case YAML::NodeType::Map:
      for (const auto& pair : node) {
        walk(pair.first, counts);
        walk(pair.second, counts);
      }
      break;
    default:
      break;
  }
}

// Counts what the parser reports and keeps nothing.
class CountingHandler : public YAML::EventHandler {
 public:
  explicit CountingHandler(Counts& counts) : counts_(counts) {}
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++counts_.nodes; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++counts_.nodes; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    ++counts_.nodes;
    ++counts_.scalars;
    counts_.scalar_bytes += value.size();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++counts_.nodes;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++counts_.nodes;
  }
  void OnMapEnd() override {}

 private:
  Counts& counts_;
};

void parse_one(const fs::path& path, bool events_only, Counts& counts) {
  try {
    const std::string text = read_file(path);
    if (events_only) {
      std::istringstream in(text);
      YAML::Parser parser(in);
      CountingHandler handler(counts);
      while (parser.HandleNextDocument(handler)) {
      }
    } else {
      const YAML::Node root = YAML::Load(text);
      walk(root, counts);
    }
    ++counts.files;
    counts.bytes += text.size();
  } catch (const std::exception& error) {
    ++counts.errors;
    std::fprintf(stderr, "bench_parse: %s: %s\n", path.c_str(), error.what());
  }
}

Counts run(const std::vector<fs::path>& files, unsigned threads, bool events_only) {
  std::atomic<size_t> next{0};
  std::vector<Counts> per_thread(threads);
  std::vector<std::thread> workers;
  workers.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&files, &next, events_only, &counts = per_thread[t]] {
      for (size_t i = next.fetch_add(1); i < files.size(); i = next.fetch_add(1)) {
        parse_one(files[i], events_only, counts);
      }
    });
  }
  for (std::thread& worker : workers) worker.join();
  Counts total;
  for (const Counts& c : per_thread) {
    total.files += c.files;
    total.bytes += c.bytes;
    total.nodes += c.nodes;
    total.scalars += c.scalars;
    total.scalar_bytes += c.scalar_bytes;
    total.errors += c.errors;
  }
  return total;
}

bool parse_threads(std::string_view text, unsigned& threads) {
  unsigned value = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || value > 10000) return false;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  if (text.empty() || value == 0 || value > 1024) return false;
  threads = value;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  const bool events_only = argc > 1 && std::string_view(argv[1]) == "--events";
  const int first = events_only ? 2 : 1;  // the DIR argument
  const int given = argc - first;
  if (given < 1 || given > 2 || (given == 2 && !parse_threads(argv[first + 1], threads))) {
    std::fprintf(stderr, "usage: bench_parse [--events] DIR [THREADS]   (THREADS: 1-1024)\n");
    return 2;
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    const std::vector<fs::path> files = list_files(argv[first]);
    const Counts counts = run(files, threads, events_only);
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    std::printf(
        "files %llu, bytes %llu, nodes %llu, scalars %llu (%llu bytes), threads %u, seconds %.3f\n",
        static_cast<unsigned long long>(counts.files),
        static_cast<unsigned long long>(counts.bytes),
        static_cast<unsigned long long>(counts.nodes),
        static_cast<unsigned long long>(counts.scalars),
        static_cast<unsigned long long>(counts.scalar_bytes), threads, seconds.count());
    if (counts.errors != 0) {
      std::fprintf(stderr, "bench_parse: %llu files failed\n",
                   static_cast<unsigned long long>(counts.errors));
      return 1;
    }
    return 0;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "bench_parse: %s\n", error.what());
    return 2;
  }
}
