# The commit the binary is built from, for `multilat --version` and the man page's footer:
# `git describe --always --dirty` with every tag excluded, so always the short hash (and -dirty).
# Read at configure time; CMake configures again when HEAD moves (a commit, a checkout), so a
# rebuild after committing does not print a stale commit. Outside git it is "unknown".
set(MULTILAT_COMMIT "unknown")
set(MULTILAT_COMMIT_DATE "")
set(MULTILAT_COMMIT_DATE_RFC2822 "Thu, 01 Jan 1970 00:00:00 +0000")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} describe --always --dirty --exclude "*"
                  WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
                  OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE described_status ERROR_QUIET)
  if(described_status EQUAL 0 AND described)
    set(MULTILAT_COMMIT "${described}")
    # The commit's own date, not today's: the man page stays the same for the same commit.
    execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%cs
                    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
                    OUTPUT_VARIABLE MULTILAT_COMMIT_DATE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    # The same date for the package's changelog, which Debian wants in RFC 2822 form.
    execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%cD
                    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
                    OUTPUT_VARIABLE MULTILAT_COMMIT_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    foreach(git_file logs/HEAD HEAD)
      execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute --git-path ${git_file}
                      WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
                      OUTPUT_VARIABLE git_path OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
      if(git_path AND EXISTS "${git_path}")
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${git_path}")
      endif()
    endforeach()
  endif()
endif()
# Only the files that include it rebuild when the commit changes.
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/src/build_info.h.in
               ${CMAKE_CURRENT_BINARY_DIR}/generated/build_info.h @ONLY)
