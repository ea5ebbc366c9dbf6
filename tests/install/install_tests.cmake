# Tests of what is shipped around the binary: --version, the completion scripts, the man page,
# and the Debian package. Included from tests/tests.cmake.

# --- --version names the commit, so that a bug report says which build it is about.
add_test(NAME install/version COMMAND $<TARGET_FILE:multilat> --version)
set_tests_properties(install/version PROPERTIES LABELS install TIMEOUT ${MULTILAT_TEST_TIMEOUT}
  PASS_REGULAR_EXPRESSION "^multilat ${PROJECT_VERSION} \\(commit ([^ )]*-g)?[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]+(-dirty)?\\)\n$")
