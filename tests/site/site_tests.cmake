# The static site (`multilat site`) in headless Chromium: every page reachable from index.html in
# both languages, links and anchors, console and CSP errors, landmarks and picture names, widths
# from 1280 down to 360 px, the search page, and records holding hostile text. Screenshots land
# in site-screenshots/ to look at (and in $SITE_SHOTS_DIR when set, e.g. docs/images/site).
# Included from tests/tests.cmake, after MULTILAT_PYTHON and MULTILAT_CHROMIUM are set.
add_test(NAME site/browser
         COMMAND ${MULTILAT_PYTHON} ${CMAKE_SOURCE_DIR}/tests/site/browser_check.py
                 $<TARGET_FILE:multilat> ${MULTILAT_CHROMIUM} ${CMAKE_BINARY_DIR}/site-screenshots)
set_tests_properties(site/browser PROPERTIES LABELS "site;browser" TIMEOUT 600)
