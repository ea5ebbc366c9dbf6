# The Debian package (`make package`, or `cpack -G DEB` in the build folder): the binary, the
# man page, the completions and the templates under /usr, with the runtime dependencies that
# dpkg-shlibdeps reads from the binary's linked libraries.
set(MULTILAT_MAINTAINER "multilat maintainers <multilat@example.org>"
    CACHE STRING "Maintainer field of the Debian package")
set(MULTILAT_HOMEPAGE "https://example.org/desk/multilat" CACHE STRING "Homepage of the Debian package")

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
    "multilat reads plain-text YAML records kept in git (organisations, entities,
meetings, partnership prospects), checks them like a compiler, lists
deadlines and meetings, writes reports from Mustache templates, mails a
digest of what is due, and shows what changed between git revisions.")
# The libraries the binary links (libgit2, yaml-cpp, fmt, vmime...), found by dpkg-shlibdeps
# (dpkg-dev). tzdata: "today" is taken in the records' time zone, read from the system's tz
# database at run time. git itself is not needed: libgit2 reads the repository.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tzdata")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "msmtp, git")
include(CPack)
