// Text with its formatting removed, for the places a format holds no markup: document
// properties, bookmarks, page titles, JSON, the outline. Like pandoc's `stringify`.
#pragma once

#include <string>

#include "trainkit/model/content.h"

namespace trainkit::render {

// Emphasis and strong give their text, a link its text (not its address), a fact its value.
std::string PlainText(const model::Inlines& inlines);

}  // namespace trainkit::render
