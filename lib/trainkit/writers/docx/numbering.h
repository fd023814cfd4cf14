// numbering.xml: the bullets and numbers of a document's lists. Each list has a numbering of
// its own, so that every numbered list starts again at 1; three levels, indented by level.
#pragma once

#include <string>
#include <vector>

namespace trainkit::writers::docx {

class ListNumbering {
 public:
  // A numbering for a new list; returns its w:numId.
  std::string Add(bool ordered);
  std::string Part() const;

 private:
  std::vector<bool> ordered_;  // by w:numId - 1
};

}  // namespace trainkit::writers::docx
