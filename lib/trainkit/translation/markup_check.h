// What a translation must keep of its source's markup: every fact reference (a hotline number
// dropped from a handout is a number nobody dials) and every link target.
#pragma once

#include <string>

#include "trainkit/model/content.h"

namespace trainkit::translation {

// "" when `target` refers to the same facts, as often, and links to the same places as
// `source`; else what differs ("drops the fact reference 'hotline.national'").
std::string MarkupMismatch(const model::Inlines& source, const model::Inlines& target);

// True when `text` is runs of text alone (what an image's alternative text may hold).
bool IsPlain(const model::Inlines& text);

}  // namespace trainkit::translation
