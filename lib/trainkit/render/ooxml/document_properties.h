// The document properties of an Office package: `docProps/core.xml` (Dublin Core: title,
// subject, author, language, dates), `docProps/app.xml` (the application) and
// `docProps/custom.xml` (named text properties, which fields such as DOCPROPERTY show).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "trainkit/base/date.h"

namespace trainkit::render::ooxml {

struct CoreProperties {
  std::string title, subject, creator, keywords, language;
  Date date;  // created and modified
};
std::string CorePropertiesPart(const CoreProperties& properties);

// `company`: the organisation the document is from, or empty.
std::string AppPropertiesPart(const std::string& application, const std::string& company = "");

// Name and text of each property, in order.
std::string CustomPropertiesPart(const std::vector<std::pair<std::string, std::string>>& properties);

// Their content types, for [Content_Types].xml.
inline constexpr const char* kCorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr const char* kAppPropertiesType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
inline constexpr const char* kCustomPropertiesType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

}  // namespace trainkit::render::ooxml
