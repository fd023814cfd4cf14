// Cuts a Flow into pages: wraps text, keeps headings with what follows, avoids a lone line at
// the foot or head of a page, repeats table headers, scales images to fit, and never lets
// text run off the page (a word wider than a line is broken).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/writers/pdf/flow.h"
#include "trainkit/writers/pdf/page_layout.h"
#include "trainkit/writers/pdf/style.h"

namespace trainkit::writers::pdf {

// How wide text is: PoDoFo's font metrics in the guide, a simple stand-in in tests.
class TextMeasurer {
 public:
  virtual ~TextMeasurer() = default;
  virtual double Width(std::string_view utf8, Face face, double size) const = 0;
};

struct LayoutOptions {
  // The running header on every page but the first, in parts joined by " · ". When it is wider
  // than the text area, the longest part is shortened (at a word, with "…") until it fits.
  std::vector<std::string> header;
  // The footer of page `page` of `pages` (1-based), on every page but the first.
  std::function<std::string(int page, int pages)> footer;
  // Set flush left in the footer, across from it (an organisation's name and website),
  // shortened like the header when the two would meet.
  std::string footer_left;
  // An image (the organisation's logo) at the right end of the header, a line and a half
  // tall; the header's text keeps clear of it. No source: none. It has no alt text: the one
  // on the first page has, and a screen reader need not hear it again on every page.
  struct HeaderImage {
    std::string source;
    double aspect = 1;  // height / width
  } header_image;
};

struct LayoutResult {
  PageList pages;
  std::map<std::string, int> anchors;  // anchor -> 0-based page
};

LayoutResult Layout(const Flow& flow, const Style& style, const TextMeasurer& measure,
                    const LayoutOptions& options);

}  // namespace trainkit::writers::pdf
