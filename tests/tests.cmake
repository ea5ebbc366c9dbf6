# Registers every test with ctest: doctest unit tests, CLI golden cases, hostile inputs, shipped data.
# Included from the top-level CMakeLists.txt after the multilat_core and multilat targets exist.

# Debian's python3-* packages (jsonschema, yaml, ...) are importable from this interpreter only.
set(MULTILAT_PYTHON /usr/bin/python3 CACHE FILEPATH "Python interpreter for the test harnesses")
set(MULTILAT_TEST_TIMEOUT 120 CACHE STRING "Per-test timeout in seconds")

# --- unit tests: one ctest per doctest TEST_CASE, run from the source tree so that tests can
# read tests/fixtures/ and records/ by relative path.
file(GLOB MULTILAT_UNIT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
# ctest cuts a test's name at ';', and the cut name selects no doctest case: such a test would
# pass without running anything. Refuse the name instead, in TEST_CASE_FIXTURE too.
foreach(unit_source IN LISTS MULTILAT_UNIT_SOURCES)
  file(STRINGS ${unit_source} bad_names REGEX "TEST_CASE[A-Z_]*\\([^\"]*\"[^\"]*;")
  if(bad_names)
    message(FATAL_ERROR "${unit_source}: a TEST_CASE name holds ';', which ctest cannot run: ${bad_names}")
  endif()
endforeach()
add_executable(unit_tests ${MULTILAT_UNIT_SOURCES})
target_link_libraries(unit_tests PRIVATE multilat_core doctest::doctest)

include(doctest)
doctest_discover_tests(unit_tests
  TEST_PREFIX "unit/"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  PROPERTIES TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- CLI golden cases: every tests/cli/<command>/<case>/ holding a `cmd` file is one test.
file(GLOB MULTILAT_CLI_CMD_FILES CONFIGURE_DEPENDS
     LIST_DIRECTORIES false ${CMAKE_SOURCE_DIR}/tests/cli/*/*/cmd)
foreach(cmd_file IN LISTS MULTILAT_CLI_CMD_FILES)
  get_filename_component(case_dir ${cmd_file} DIRECTORY)
  get_filename_component(case_name ${case_dir} NAME)
  get_filename_component(command_dir ${case_dir} DIRECTORY)
  get_filename_component(command_name ${command_dir} NAME)
  set(test_name cli/${command_name}/${case_name})
  add_test(NAME ${test_name}
           COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/cli/run_case.py
                   $<TARGET_FILE:multilat> ${case_dir})
  set_tests_properties(${test_name} PROPERTIES LABELS cli TIMEOUT ${MULTILAT_TEST_TIMEOUT})
endforeach()

# --- hostile inputs: one bad file must never crash, hang, or lose the other records.
# Four shards, so that ctest runs them side by side and each stays within the timeout even under
# AddressSanitizer, where the whole corpus once took longer than 120 s.
set(MULTILAT_HOSTILE_SHARDS 4)
foreach(shard RANGE 1 ${MULTILAT_HOSTILE_SHARDS})
  add_test(NAME hostile/${shard}
           COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/hostile/run_hostile.py
                   $<TARGET_FILE:multilat> --shard ${shard}/${MULTILAT_HOSTILE_SHARDS})
  set_tests_properties(hostile/${shard} PROPERTIES LABELS hostile TIMEOUT ${MULTILAT_TEST_TIMEOUT})
endforeach()

# --- dues recurring since 1900: every command that expands them stays within the memory cap and
# the time limit, and says so when it reaches the bound on occurrences (issue 20).
add_test(NAME hostile/recurring-dues
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/hostile/recurring_dues.py
                 $<TARGET_FILE:multilat>)
set_tests_properties(hostile/recurring-dues PROPERTIES LABELS hostile TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- the shipped records are clean. The date is pinned so the result does not move with time.
add_test(NAME records-clean
         COMMAND $<TARGET_FILE:multilat> --records ${CMAKE_SOURCE_DIR}/records
                 --today 2026-11-29 check --strict)
set_tests_properties(records-clean PROPERTIES LABELS records TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- French output keeps French typography (no-break spaces), whatever prints it.
add_test(NAME i18n/french-typography
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/i18n/french_typography.py
                 $<TARGET_FILE:multilat> ${CMAKE_SOURCE_DIR}/records)
set_tests_properties(i18n/french-typography PROPERTIES TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- the exported JSON Schemas accept the shipped records, and docs/records.md is up to date.
add_test(NAME schema/records-validate
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/schema/validate_records.py
                 $<TARGET_FILE:multilat> ${CMAKE_SOURCE_DIR}/records)
# --- report golden files: every report in both languages and every format (tests/report/).
foreach(report_case "org;spc" "meeting;crga-56" "meeting-next;crga-57" "meeting-bare;spto-forum"
                    "after;crga-56" "pipeline" "pipeline-lead;--lead;dass"
                    "annual;2026" "memberships" "entities")
  list(GET report_case 0 report_name)
  set(report_args "")
  list(LENGTH report_case report_length)
  if(report_length GREATER 1)
    list(SUBLIST report_case 1 -1 report_args)
  endif()
  set(report_command ${report_name})
  if(report_name STREQUAL "after")
    set(report_command meeting)
    list(APPEND report_args --after)
  elseif(report_name MATCHES "^meeting-")
    set(report_command meeting)
  elseif(report_name STREQUAL "pipeline-lead")
    set(report_command pipeline)
  endif()
  add_test(NAME report/${report_name}
           COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/report/run_goldens.py
                   $<TARGET_FILE:multilat> ${report_command} ${report_args} --golden-name ${report_name})
  set_tests_properties(report/${report_name} PROPERTIES LABELS report TIMEOUT ${MULTILAT_TEST_TIMEOUT})
endforeach()

# --- the memberships report's yearly totals against a sum by hand from the fixture YAML.
add_test(NAME report/dues-totals
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/report/dues_totals.py $<TARGET_FILE:multilat>)
set_tests_properties(report/dues-totals PROPERTIES LABELS report TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- every report from a generated desk of a hundred records, in every format and language, PDF
# and Word read back, the memberships totals against a sum by hand; documents in desk-documents/.
add_test(NAME report/desk
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/report/desk_check.py
                 $<TARGET_FILE:multilat> ${CMAKE_BINARY_DIR}/desk-documents)
set_tests_properties(report/desk PROPERTIES LABELS report TIMEOUT 600)

# --- every HTML report in headless Chromium (Debian chromium, installed by `make deps`): title and
# main table through the DOM, nothing wider than A4, no network request; screenshots and PDFs
# land in report-screenshots/ to look at.
find_program(MULTILAT_CHROMIUM NAMES chromium chromium-browser DOC "Chromium, for the report browser test")
if(NOT MULTILAT_CHROMIUM)
  set(MULTILAT_CHROMIUM chromium-not-found-run-make-deps)
endif()
add_test(NAME report/browser
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/report/browser_check.py
                 $<TARGET_FILE:multilat> ${MULTILAT_CHROMIUM} ${CMAKE_BINARY_DIR}/report-screenshots)
set_tests_properties(report/browser PROPERTIES LABELS "report;browser" TIMEOUT 600)

# --- multilat site: chosen pages byte for byte, reruns that rewrite nothing, removal of a deleted
# record's pages, the refusal of a foreign folder, git history, template overrides; then the
# whole site in headless Chromium (tests/site/site_tests.cmake).
add_test(NAME site/e2e
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/site/site_e2e.py $<TARGET_FILE:multilat>)
set_tests_properties(site/e2e PROPERTIES LABELS site TIMEOUT ${MULTILAT_TEST_TIMEOUT})
include(${CMAKE_SOURCE_DIR}/tests/site/site_tests.cmake)

# --- Word, OpenDocument and PDF read back (pandoc, WeasyPrint, poppler-utils: `make deps`): title,
# a table row, the marking, "page N of M" on every page against pdfinfo's count, the project's
# reference document, a missing converter; the documents and PNGs of the PDF pages land in
# report-documents/ to look at.
add_test(NAME report/documents
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/report/documents_check.py
                 $<TARGET_FILE:multilat> ${CMAKE_BINARY_DIR}/report-documents)
set_tests_properties(report/documents PROPERTIES LABELS report TIMEOUT 600)

# --- git review: real repositories built commit by commit (tests/git/).
add_test(NAME git/review
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/git/git_review.py $<TARGET_FILE:multilat>)
# --- hooks install/uninstall and the diff driver under the git program and the pre-commit framework.
add_test(NAME git/hooks
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/git/hooks_e2e.py $<TARGET_FILE:multilat>)
add_test(NAME git/changed-matches-full-check
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/git/changed_property.py
                 $<TARGET_FILE:multilat> 40)
# --- new and init: a new user's first steps, transcripts compared byte for byte.
add_test(NAME scaffold/new-and-init
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/scaffold/new_and_init.py $<TARGET_FILE:multilat>)
set_tests_properties(scaffold/new-and-init PROPERTIES LABELS scaffold TIMEOUT 300)

add_test(NAME git/not-owned
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/git/not_owned.py $<TARGET_FILE:multilat>)
# --- CI output (tests/git/ci_*.py): fingerprints and repository paths, A...B, and every recipe of
# docs/ci.md played in real clones of a bare origin.
add_test(NAME git/ci-output
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/git/ci_output.py $<TARGET_FILE:multilat>)
add_test(NAME git/three-dot-diff
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/git/three_dot_diff.py $<TARGET_FILE:multilat>)
add_test(NAME git/ci-recipes
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/git/ci_recipes.py $<TARGET_FILE:multilat>
                 ${CMAKE_SOURCE_DIR})
set_tests_properties(git/review git/hooks git/changed-matches-full-check git/not-owned git/ci-output
                     git/three-dot-diff git/ci-recipes
                     PROPERTIES LABELS git TIMEOUT 600)
# Changing a folder's owner needs root; CI runs as root.
set_tests_properties(git/not-owned PROPERTIES SKIP_RETURN_CODE 77)

add_test(NAME schema/docs-in-sync
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/schema/docs_in_sync.py
                 $<TARGET_FILE:multilat> ${CMAKE_SOURCE_DIR}/docs/records.md)
set_tests_properties(schema/records-validate schema/docs-in-sync
                     PROPERTIES LABELS schema TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- rendered CSV and iCalendar read back by real parsers (Python's csv, python3-icalendar).
# One doctest case writes both files; the folder is emptied first so no stale file can pass.
set(MULTILAT_RENDER_OUT ${CMAKE_BINARY_DIR}/render-outputs)
add_test(NAME render/parse-outputs
         COMMAND /bin/sh -c "rm -rf \"$0\" && MULTILAT_RENDER_OUT=\"$0\" \"$1\" --test-case=\"calendar outputs are written for the parser test\" && \"$2\" \"$3\" \"$0/deadlines.csv\" \"$0/calendar.ics\""
                 ${MULTILAT_RENDER_OUT} $<TARGET_FILE:unit_tests> ${MULTILAT_PYTHON}
                 ${CMAKE_SOURCE_DIR}/tests/render/parse_outputs.py)
set_tests_properties(render/parse-outputs PROPERTIES LABELS render TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- one deadline of each kind is planted; every format must show every one of them.
add_test(NAME calendar/planted-in-every-format
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/calendar/planted.py
                 $<TARGET_FILE:multilat> ${CMAKE_SOURCE_DIR}/tests/calendar/planted/records)
set_tests_properties(calendar/planted-in-every-format PROPERTIES LABELS calendar
                     TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- every command the README and docs/ show is one the tool accepts (no usage error, no crash).
add_test(NAME docs/documented-commands
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/docs/run_documented_commands.py
                 $<TARGET_FILE:multilat> ${CMAKE_SOURCE_DIR})
# It runs every command the README shows, PDF and Word documents included: about 50 s in a
# release build, 63 s under AddressSanitizer.
set_tests_properties(docs/documented-commands PROPERTIES LABELS docs TIMEOUT 300)

# --- the rooms of src/ include only lower floors, as docs/architecture.md's table says.
add_test(NAME docs/floors
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/docs/floors.py ${CMAKE_SOURCE_DIR})
set_tests_properties(docs/floors PROPERTIES LABELS docs TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- the mail digest delivered for real: aiosmtpd on 127.0.0.1 (plain and STARTTLS), msmtp.
add_test(NAME mail/smtp-e2e
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/mail/smtp_e2e.py
                 $<TARGET_FILE:multilat> ${CMAKE_SOURCE_DIR}/tests/cli/mail/fr-desk/records)
set_tests_properties(mail/smtp-e2e PROPERTIES LABELS mail TIMEOUT ${MULTILAT_TEST_TIMEOUT})

# --- the mail guards: a server that trickles or floods, credentials never in clear, a sendmail
# command that does not read, addresses and a subject from untrusted records and settings; and
# the mbox stream read back (its From_ lines, the Auto-Submitted header, no preamble).
foreach(mail_guard IN ITEMS hostile_server smtp_auth sendmail_pipe untrusted_settings mbox_stream)
  string(REPLACE "_" "-" mail_guard_name ${mail_guard})
  add_test(NAME mail/${mail_guard_name}
           COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/mail/${mail_guard}.py
                   $<TARGET_FILE:multilat> ${CMAKE_SOURCE_DIR}/tests/cli/mail/fr-desk/records)
  set_tests_properties(mail/${mail_guard_name} PROPERTIES LABELS mail
                       TIMEOUT ${MULTILAT_TEST_TIMEOUT})
endforeach()

# --- version, shell completion, man page, install and the Debian package (tests/install/).
include(${CMAKE_SOURCE_DIR}/tests/install/install_tests.cmake)

# --- hardening that golden cases cannot express: stdout on /dev/full, settings past the ceilings,
# writes through links and onto devices (tests/hardening/).
add_test(NAME hardening
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/hardening/hardening.py $<TARGET_FILE:multilat>)
set_tests_properties(hardening PROPERTIES LABELS hardening TIMEOUT 300)
