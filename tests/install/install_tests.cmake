# Tests of what is shipped around the binary: --version, the completion scripts, the man page,
# and the Debian package. Included from tests/tests.cmake.

# --- --version names the commit, so that a bug report says which build it is about.
add_test(NAME install/version COMMAND $<TARGET_FILE:multilat> --version)
set_tests_properties(install/version PROPERTIES LABELS install TIMEOUT ${MULTILAT_TEST_TIMEOUT}
  PASS_REGULAR_EXPRESSION "^multilat ${PROJECT_VERSION} \\(commit ([^ )]*-g)?[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]+(-dirty)?\\)\n$")

# --- the completion scripts the build wrote, run in real bash, zsh and fish over a fixture tree.
add_test(NAME install/shell-completion
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/install/shell_completion.py
                 $<TARGET_FILE:multilat> ${CMAKE_BINARY_DIR}/completions ${CMAKE_SOURCE_DIR}/tests/install/records)

# --- multilat.1 renders with man and groff without a warning, in English and in French.
add_test(NAME install/man-page
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/install/man_page.py
                 $<TARGET_FILE:multilat> ${CMAKE_BINARY_DIR}/multilat.1)

# --- the Debian package and `make install`: built, extracted and run from a scratch root.
add_test(NAME install/package
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/install/package.py
                 ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR}/tests/install/records)
set_tests_properties(install/shell-completion install/man-page install/package
                     PROPERTIES LABELS install TIMEOUT 300)
# cpack builds the project before it packages it: after a commit that relinks the binary (its
# --version names the commit), and tests running beside it then failed at once.
set_tests_properties(install/package PROPERTIES RUN_SERIAL TRUE)
