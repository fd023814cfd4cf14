// ISO 3166-1 alpha-2 country codes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trainkit {

// True for an assigned ISO 3166-1 alpha-2 code, in upper case ("UA", "MD").
bool IsCountryCode(std::string_view code);
// `code` in capitals when that is an assigned code ("rs" -> "RS"), else empty: the hint for a
// code written in small letters.
std::string CountryCodeInCapitals(std::string_view code);
// All assigned codes, for "did you mean" suggestions.
const std::vector<std::string>& AllCountryCodes();

}  // namespace trainkit
