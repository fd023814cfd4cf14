// SHA-256 digests, for the record a build keeps of what it read and wrote.
#pragma once

#include <string>
#include <string_view>

namespace trainkit {

// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace trainkit
