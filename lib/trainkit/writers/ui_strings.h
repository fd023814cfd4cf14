// The words of the outputs' own interface ("Contents", "Page 3 of 40"), in the program's
// language, from templates/strings/<language>.json; English fills any gap.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/status.h"

namespace trainkit::writers {

struct WriterContext;

class UiStrings {
 public:
  // `json` holds the program's language (may be empty), `fallback` English.
  static Status Load(std::string_view json, std::string_view fallback, UiStrings& out);
  // The context's strings over English. A key the language's file lacks is a warning (W183:
  // the English words are printed); a {placeholder} in it that the English text does not
  // have is an error (E184), since nothing would fill it and it would be printed as it is.
  static Status Load(const WriterContext& context, UiStrings& out, Diagnostics& diagnostics);

  // The text for `key`; the key itself if no file has it, so a gap is visible, not fatal.
  std::string Get(std::string_view key) const;
  // Get(key) with each {name} replaced by its value.
  std::string Format(std::string_view key, const std::vector<std::pair<std::string, std::string>>& values) const;

 private:
  std::map<std::string, std::string, std::less<>> strings_;
};

}  // namespace trainkit::writers
