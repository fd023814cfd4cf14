// Fills a scaffold: a template file (templates/scaffold/) whose {names} become text, each
// escaped for XML, so that a trainer's words can never break the file they start from.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "trainkit/base/status.h"

namespace trainkit::scaffold {

// `text` with each {name} replaced by values[name], XML-escaped. Error naming the first {name}
// that has no value: the template and the code that fills it disagree.
Status Fill(std::string_view text, const std::map<std::string, std::string>& values, std::string& out);

// The words of a scaffold in `language` (templates/scaffold/words/<language>.json, else the
// file of its language without region, else English), from JSON text: name -> text. Error for
// JSON that is not an object of texts.
Status ParseWords(std::string_view json, std::map<std::string, std::string>& words);

}  // namespace trainkit::scaffold
