# Embeds a file into the binary as a byte array, so the installed executable needs no data files
# to find (the curriculum schema, for one).
#
#   trainkit_embed(OUTPUT gen.cc SYMBOL kSchema INPUT file NAMESPACE trainkit::embedded)
function(trainkit_embed)
  cmake_parse_arguments(ARG "" "OUTPUT;SYMBOL;INPUT;NAMESPACE" "" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${ARG_INPUT} -DOUTPUT=${ARG_OUTPUT}
            -DSYMBOL=${ARG_SYMBOL} -DNAMESPACE=${ARG_NAMESPACE}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    DEPENDS ${ARG_INPUT} ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    COMMENT "Embedding ${ARG_INPUT}")
endfunction()
