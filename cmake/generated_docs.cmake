# The man page and the shell completion scripts, written at build time by the binary just built,
# from its own commands and options (in English), so that they never drift from it.
include(${CMAKE_CURRENT_LIST_DIR}/gzip.cmake)
set(MULTILAT_MAN_PAGE ${CMAKE_BINARY_DIR}/multilat.1)
set(MULTILAT_COMPLETIONS ${CMAKE_BINARY_DIR}/completions)
set(MULTILAT_BASH_COMPLETION ${MULTILAT_COMPLETIONS}/multilat)
set(MULTILAT_ZSH_COMPLETION ${MULTILAT_COMPLETIONS}/_multilat)
set(MULTILAT_FISH_COMPLETION ${MULTILAT_COMPLETIONS}/multilat.fish)

# Each file is written aside and then renamed, so that a failed run leaves no file that make
# would take for up to date.
set(multilat_write sh -c "\"$0\" --lang en \"$2\" $3 > \"$1.tmp\" && mv \"$1.tmp\" \"$1\"")
add_custom_command(
  OUTPUT ${MULTILAT_MAN_PAGE} ${MULTILAT_BASH_COMPLETION} ${MULTILAT_ZSH_COMPLETION} ${MULTILAT_FISH_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${MULTILAT_COMPLETIONS}
  COMMAND ${multilat_write} $<TARGET_FILE:multilat> ${MULTILAT_MAN_PAGE} __man ""
  COMMAND ${multilat_write} $<TARGET_FILE:multilat> ${MULTILAT_BASH_COMPLETION} completion bash
  COMMAND ${multilat_write} $<TARGET_FILE:multilat> ${MULTILAT_ZSH_COMPLETION} completion zsh
  COMMAND ${multilat_write} $<TARGET_FILE:multilat> ${MULTILAT_FISH_COMPLETION} completion fish
  DEPENDS multilat
  WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
  COMMENT "Writing multilat.1 and the bash, zsh and fish completions"
  VERBATIM)
# Installed compressed: Debian policy wants it (lintian: uncompressed-manual-page), and man reads
# .gz pages under any prefix. The plain page stays in the build folder for reading and the tests.
multilat_gzip(${MULTILAT_MAN_PAGE} ${MULTILAT_MAN_PAGE}.gz)
add_custom_target(multilat_docs ALL DEPENDS ${MULTILAT_MAN_PAGE}.gz ${MULTILAT_BASH_COMPLETION}
                                            ${MULTILAT_ZSH_COMPLETION} ${MULTILAT_FISH_COMPLETION})

install(FILES ${MULTILAT_MAN_PAGE}.gz DESTINATION share/man/man1)
install(FILES ${MULTILAT_BASH_COMPLETION} DESTINATION share/bash-completion/completions)
install(FILES ${MULTILAT_ZSH_COMPLETION} DESTINATION share/zsh/vendor-completions)
install(FILES ${MULTILAT_FISH_COMPLETION} DESTINATION share/fish/vendor_completions.d)
