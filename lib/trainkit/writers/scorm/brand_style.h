// An organisation's brand in the e-learning player: brand.css (its accent and typeface over
// player.css) and its logo, as files of the package.
#pragma once

#include <string>
#include <vector>

#include "trainkit/model/brand.h"
#include "trainkit/writers/scorm/content_version.h"

namespace trainkit::writers::scorm {

// The package's path of the brand's logo.
std::string BrandLogoPath(const model::Logo& logo);

// The player's accent for a brand colour "#rrggbb": the colour itself when white text on it
// and it as text on the player's panels both have the 4.5:1 contrast WCAG 2.1 AA asks, else
// the colour darkened (its hue kept) until they have. The header is white on the accent and
// links are the accent on white, so a pale brand colour would fail the learner.
std::string PlayerAccent(const std::string& color);

// brand.css and the logo, for the package beside player.css: nothing without a brand.
std::vector<PackageFile> BrandFiles(const model::Brand* brand);

}  // namespace trainkit::writers::scorm
