# The Debian package (`make package`, or `cpack -G DEB` in the build folder): the binary, the
# man page, the completions and the templates under /usr, with the runtime dependencies that
# dpkg-shlibdeps reads from the binary's linked libraries.
set(MULTILAT_MAINTAINER "multilat maintainers <multilat@example.org>"
    CACHE STRING "Maintainer field of the Debian package")
set(MULTILAT_HOMEPAGE "https://example.org/desk/multilat" CACHE STRING "Homepage of the Debian package")
# The repository states no licence yet, so the default says exactly that rather than invent one.
# Once the maintainers choose, e.g. -DMULTILAT_LICENSE=GPL-3+ -DMULTILAT_LICENSE_TEXT="On Debian
# systems, the full text of the GPL version 3 is in /usr/share/common-licenses/GPL-3." (one line).
set(MULTILAT_LICENSE "other" CACHE STRING "License field (short name) of the package's copyright file")
set(MULTILAT_LICENSE_TEXT "No licence has been chosen yet: all rights are reserved by the copyright \
holder until the maintainers choose one." CACHE STRING "Text under the License field of the copyright file")
set(MULTILAT_COPYRIGHT_HOLDER "the authors of multilat (see its git history)"
    CACHE STRING "Copyright holder named in the package's copyright file")
if(MULTILAT_MAINTAINER MATCHES "@example\\.org>" OR MULTILAT_HOMEPAGE MATCHES "//example\\.org/")
  message(STATUS "multilat: the package's Maintainer or Homepage is still the example.org placeholder; "
                 "set MULTILAT_MAINTAINER and MULTILAT_HOMEPAGE (README, Installing)")
endif()

# usr/share/doc/multilat: the machine-readable (DEP-5) copyright file and, the version having no
# Debian revision (a native package), changelog.gz, dated by the commit so that builds repeat.
include(${CMAKE_CURRENT_LIST_DIR}/gzip.cmake)
string(SUBSTRING "${MULTILAT_COMMIT_DATE}" 0 4 MULTILAT_COPYRIGHT_YEARS)
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${CMAKE_BINARY_DIR}/package/copyright @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${CMAKE_BINARY_DIR}/package/changelog @ONLY)
multilat_gzip(${CMAKE_BINARY_DIR}/package/changelog ${CMAKE_BINARY_DIR}/package/changelog.gz)
add_custom_target(multilat_package_docs ALL DEPENDS ${CMAKE_BINARY_DIR}/package/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/package/copyright ${CMAKE_BINARY_DIR}/package/changelog.gz
        DESTINATION share/doc/multilat)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME multilat)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${MULTILAT_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "records of a multilateral affairs desk: checks, deadlines, agenda, reports")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # multilat_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${MULTILAT_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${MULTILAT_HOMEPAGE})
# CPack puts the summary first and indents these lines itself.
set(CPACK_PACKAGE_DESCRIPTION
    "Reads plain-text YAML records kept in git (organisations, entities,
meetings, partnership prospects), checks them like a compiler, lists
deadlines and meetings, writes reports from Mustache templates, mails a
digest of what is due, and shows what changed between git revisions.")
# The libraries the binary links (libgit2, yaml-cpp, fmt, vmime...), found by dpkg-shlibdeps
# (dpkg-dev). tzdata: "today" is taken in the records' time zone, read from the system's tz
# database at run time. git itself is not needed: libgit2 reads the repository.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tzdata")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "msmtp, git")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})
include(CPack)
