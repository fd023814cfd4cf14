// SVG drawn into a PNG, with librsvg and cairo: a logo is often an SVG, and every output
// trainkit writes takes a PNG (a PDF cannot embed an SVG, and Word's SVG needs a PNG beside it).
#pragma once

#include <string>
#include <string_view>

#include "trainkit/base/status.h"

namespace trainkit::render {

// At most this many bytes: a logo's shapes take a few kilobytes.
inline constexpr size_t kMaxSvgBytes = 1 << 20;

// Draws the SVG in `svg` into `png` (RGBA, transparent where the SVG paints nothing), its
// longer side `longer_side` pixels and its proportions those of the SVG's size (its width and
// height, else its viewBox). Only shapes are drawn, so that the same SVG gives the same PNG on
// every machine and drawing it costs what its size says: an SVG with text (drawn in whatever
// fonts the machine has), an embedded or linked image (decoded past the limits on images) or
// of more than kMaxSvgBytes is refused, saying what to do. Error, saying why, for what librsvg
// cannot read or an SVG with no size. Reads no other file.
Status SvgToPng(std::string_view svg, int longer_side, std::string& png);

// Whether `bytes` look like SVG: XML whose first element is <svg>.
bool LooksLikeSvg(std::string_view bytes);

}  // namespace trainkit::render
