# libFuzzer targets (`make fuzz`), built apart from the normal build with clang, AddressSanitizer
# and UBSan. Included from the top-level CMakeLists.txt when MULTILAT_FUZZ is ON.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "MULTILAT_FUZZ needs clang (configure with CXX=clang++)")
endif()

set(MULTILAT_FUZZ_SOURCES ${CMAKE_SOURCE_DIR}/fuzz)
function(multilat_fuzz_target name source)
  add_executable(${name} ${MULTILAT_FUZZ_SOURCES}/${source})
  target_link_libraries(${name} PRIVATE multilat_core)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  foreach(definition IN LISTS ARGN)
    target_compile_definitions(${name} PRIVATE ${definition})
  endforeach()
endfunction()

multilat_fuzz_target(fuzz_organisation fuzz_record.cpp MULTILAT_FUZZ_KIND=Kind::Organisation)
multilat_fuzz_target(fuzz_entity fuzz_record.cpp MULTILAT_FUZZ_KIND=Kind::Entity)
multilat_fuzz_target(fuzz_meeting fuzz_record.cpp MULTILAT_FUZZ_KIND=Kind::Meeting)
multilat_fuzz_target(fuzz_prospect fuzz_record.cpp MULTILAT_FUZZ_KIND=Kind::Prospect)
multilat_fuzz_target(fuzz_settings fuzz_settings.cpp)
multilat_fuzz_target(fuzz_values fuzz_values.cpp)

# The command itself, only to export the JSON Schemas from which fuzz/seed.py takes the
# dictionary of keys and values.
add_executable(multilat_schema ${CMAKE_SOURCE_DIR}/src/main.cpp)
target_link_libraries(multilat_schema PRIVATE multilat_core)
