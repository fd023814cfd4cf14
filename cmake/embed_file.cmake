# Script mode: writes OUTPUT, a C++ file defining `std::string_view SYMBOL` in NAMESPACE
# with the bytes of INPUT.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT} "// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
  "namespace ${NAMESPACE} {\nnamespace {\nconst char kData[] = {\n${bytes}'\\0'};\n}  // namespace\n"
  "extern const std::string_view ${SYMBOL}(kData, ${size});\n}  // namespace ${NAMESPACE}\n")
