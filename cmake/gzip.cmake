# multilat_gzip(INPUT OUTPUT): OUTPUT is INPUT compressed the way Debian wants shipped documentation:
# -9, the best compression (lintian: poor-compression-in-manual-page), and -n, no file name and no
# time stamp in the header, so that the same commit gives the same bytes (package-contains-timestamped-gzip).
include_guard(GLOBAL)

function(multilat_gzip input output)
  add_custom_command(
    OUTPUT ${output}
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1.tmp\" && mv \"$1.tmp\" \"$1\"" ${input} ${output}
    DEPENDS ${input}
    COMMENT "Compressing ${output}"
    VERBATIM)
endfunction()
