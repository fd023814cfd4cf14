// Internals shared by the parser and the schema checker; not part of the public API.
#pragma once

#include <libxml/tree.h>

#include <unordered_map>

#include "trainkit/xml/document.h"

namespace trainkit::xml {

struct Document::Impl {
  ~Impl() {
    if (doc) xmlFreeDoc(doc);
  }
  xmlDocPtr doc = nullptr;
  // Where each libxml2 element starts, so schema errors can be placed exactly.
  std::unordered_map<const xmlNode*, SourceLocation> element_locations;
};

}  // namespace trainkit::xml
