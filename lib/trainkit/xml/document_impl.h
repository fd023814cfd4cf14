// Internals shared by the parser and the schema checker; not part of the public API.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <cstdint>
#include <optional>

#include "trainkit/xml/document.h"

namespace trainkit::xml {

struct Document::Impl {
  ~Impl() {
    if (doc) xmlFreeDoc(doc);
  }
  xmlDocPtr doc = nullptr;

  // Where a libxml2 element starts, so that schema errors are placed exactly: the parser keeps
  // the offset of its '<' in the node's _private field (libxml2 leaves it to applications),
  // plus one, so that 0 means not known.
  static void SetOffset(xmlNode* node, size_t offset) { node->_private = reinterpret_cast<void*>(offset + 1); }
  static bool OffsetOf(const xmlNode* node, size_t& offset) {
    auto stored = reinterpret_cast<uintptr_t>(node->_private);
    if (stored == 0) return false;
    offset = stored - 1;
    return true;
  }
  // The element's place in `file`, the document's, when known.
  static std::optional<SourceLocation> LocationOf(const SourceFilePtr& file, const xmlNode* node) {
    size_t offset = 0;
    if (!file || node->type != XML_ELEMENT_NODE || !OffsetOf(node, offset)) return std::nullopt;
    auto [line, column] = file->LineColumn(offset);
    return SourceLocation{file, line, column};
  }
};

}  // namespace trainkit::xml
