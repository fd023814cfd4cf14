// A relationships part (`_rels/.rels`, `word/_rels/document.xml.rels`): the links from one part
// of an Office package to others and to the web. Every Office format (DOCX now, PPTX or XLSX
// later) has them.
#pragma once

#include <string>
#include <vector>

namespace trainkit::render::ooxml {

// "http://schemas.openxmlformats.org/officeDocument/2006/relationships/": the relationship
// types of office documents (styles, image, hyperlink…) are this plus a word.
inline constexpr const char* kOfficeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

class Relationships {
 public:
  // Adds a relationship under a fixed id ("rIdStyles").
  void Add(std::string id, std::string type, std::string target, bool external = false);
  // Adds one under the next free id, "rId1", "rId2"…, and returns it.
  std::string AddNumbered(std::string type, std::string target, bool external = false);
  // The part's XML, in the order the relationships were added.
  std::string Part() const;

 private:
  struct Relationship {
    std::string id, type, target;
    bool external = false;
  };
  std::vector<Relationship> relationships_;
  int numbered_ = 0;
};

}  // namespace trainkit::render::ooxml
