# Benchmark tools (included from the top-level CMakeLists.txt): the bare yaml-cpp baseline and a
# `bench` target that runs tools/bench/run.sh with this build's binaries. See docs/performance.md.
add_executable(bench_parse tools/bench/bench_parse.cpp)
target_link_libraries(bench_parse PRIVATE yaml-cpp Threads::Threads)

add_custom_target(bench
  COMMAND ${CMAKE_COMMAND} -E env MULTILAT=$<TARGET_FILE:multilat>
          BENCH_PARSE=$<TARGET_FILE:bench_parse> bash tools/bench/run.sh
  WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
  USES_TERMINAL
  COMMENT "Benchmark: tools/bench/run.sh (see docs/performance.md)")
add_dependencies(bench multilat bench_parse)

# Optional: the same event-only parse with libyaml, for comparison only (multilat does not use
# it). Built when pkg-config finds libyaml-dev; nothing else depends on it.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(LIBYAML QUIET IMPORTED_TARGET yaml-0.1)
endif()
if(LIBYAML_FOUND)
  add_executable(bench_libyaml tools/bench/bench_libyaml.cpp)
  target_link_libraries(bench_libyaml PRIVATE PkgConfig::LIBYAML Threads::Threads)
endif()
