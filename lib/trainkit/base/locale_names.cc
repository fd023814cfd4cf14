#include "trainkit/base/locale_names.h"

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include <array>

namespace trainkit {
namespace {

// ICU's locale id ("ro_MD") for a BCP 47 tag ("ro-MD"), or empty.
std::string LocaleId(std::string_view tag) {
  std::array<char, ULOC_FULLNAME_CAPACITY> id{};
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  std::string text(tag);
  int32_t length = uloc_forLanguageTag(text.c_str(), id.data(), static_cast<int32_t>(id.size()), &parsed, &status);
  if (U_FAILURE(status) || parsed != static_cast<int32_t>(text.size())) return "";
  return std::string(id.data(), static_cast<size_t>(length));
}

// Calls an ICU display-name function and returns its answer as UTF-8, or `fallback` when ICU
// has no name of its own (it then answers with the code, or from its root data).
template <typename Function>
std::string DisplayName(Function name_of, std::string_view fallback) {
  std::array<UChar, 256> name{};
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = name_of(name.data(), static_cast<int32_t>(name.size()), &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0) return std::string(fallback);
  std::array<char, 1024> utf8{};
  int32_t utf8_length = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &utf8_length, name.data(), length, &status);
  if (U_FAILURE(status)) return std::string(fallback);
  std::string result(utf8.data(), static_cast<size_t>(utf8_length));
  return result == fallback ? std::string(fallback) : result;
}

}  // namespace

std::string CountryName(std::string_view code, std::string_view in_language) {
  std::string region = "und_" + std::string(code);
  std::string display = LocaleId(in_language);
  return DisplayName([&](UChar* out, int32_t capacity, UErrorCode* status) {
    return uloc_getDisplayCountry(region.c_str(), display.c_str(), out, capacity, status);
  }, code);
}

std::string LanguageName(std::string_view tag, std::string_view in_language) {
  std::string id = LocaleId(tag);
  std::string display = LocaleId(in_language);
  if (id.empty()) return std::string(tag);
  return DisplayName([&](UChar* out, int32_t capacity, UErrorCode* status) {
    return uloc_getDisplayName(id.c_str(), display.c_str(), out, capacity, status);
  }, tag);
}

}  // namespace trainkit
