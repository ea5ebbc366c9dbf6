// The same event-only parse as `bench_parse --events`, with libyaml (the C reference parser)
// instead of yaml-cpp. Not part of multilat: it measures what another Debian parser would cost
// on the same tree, for the parser discussion in docs/performance.md.
//
// Usage: bench_libyaml DIR [THREADS]   (built only when libyaml-dev is installed)
#include <yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Counts {
  unsigned long long files = 0, events = 0, errors = 0;
};

void parse_one(const fs::path& path, Counts& counts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ++counts.errors;
    std::fprintf(stderr, "bench_libyaml: %s: cannot open\n", path.c_str());
    return;
  }
  std::ostringstream text;
  text << in.rdbuf();
  const std::string bytes = std::move(text).str();
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(bytes.data()),
                               bytes.size());
  bool ok = true;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ok = false;
      std::fprintf(stderr, "bench_libyaml: %s: %s\n", path.c_str(),
                   parser.problem ? parser.problem : "out of memory");
      break;
    }
    ++counts.events;
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  ++(ok ? counts.files : counts.errors);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: bench_libyaml DIR [THREADS]\n");
    return 2;
  }
  unsigned threads = argc == 3 ? static_cast<unsigned>(std::atoi(argv[2])) : 2;
  threads = std::clamp(threads, 1u, 1024u);
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(argv[1])) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // the order bench_parse uses
  std::atomic<size_t> next{0};
  std::vector<Counts> per_thread(threads);
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (size_t i = next++; i < files.size(); i = next++) parse_one(files[i], per_thread[t]);
    });
  }
  for (std::thread& worker : workers) worker.join();
  Counts total;
  for (const Counts& c : per_thread) {
    total.files += c.files;
    total.events += c.events;
    total.errors += c.errors;
  }
  std::printf("files %llu, events %llu, threads %u\n", total.files, total.events, threads);
  return total.errors == 0 ? 0 : 1;
}
