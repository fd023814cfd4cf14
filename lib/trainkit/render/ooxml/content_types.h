// `[Content_Types].xml`: what each part of an Office package is, by extension (Default) or by
// name (Override).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace trainkit::render::ooxml {

struct ContentTypes {
  std::vector<std::pair<std::string, std::string>> defaults;   // extension, content type
  std::vector<std::pair<std::string, std::string>> overrides;  // "/word/document.xml", content type

  // The defaults every package of ours needs: relationships, XML, PNG and JPEG.
  static ContentTypes ForPackage();
  std::string Part() const;
};

}  // namespace trainkit::render::ooxml
