#include "trainkit/writers/pdf/brand_marks.h"

namespace trainkit::writers::pdf {

Flow BrandMasthead(const model::Brand* brand, const std::map<std::string, double>& image_aspects,
                   double logo_height) {
  Flow flow;
  if (!brand) return flow;
  auto logo = image_aspects.find(kBrandLogo);
  if (logo != image_aspects.end()) {
    Image image;
    image.source = kBrandLogo;
    image.aspect = logo->second;
    image.width_fraction = 0.5;
    image.max_height = logo_height;
    // No alt text: the name is printed right under it, and a screen reader need not say it twice.
    flow.push_back(std::move(image));
  }
  Paragraph name;
  name.spans = {{brand->name, Face::kBold}};
  name.centred = true;
  flow.push_back(std::move(name));
  if (!brand->website.empty() || !brand->contact.empty()) {
    Paragraph line;
    line.role = Role::kSmall;
    line.centred = true;
    if (!brand->website.empty()) line.spans.push_back({brand->website, Face::kRegular, brand->website});
    if (!brand->contact.empty()) {
      line.spans.push_back({(line.spans.empty() ? "" : " · ") + brand->contact, Face::kRegular});
    }
    flow.push_back(std::move(line));
  }
  return flow;
}

void AddBrandToPages(const model::Brand* brand, const std::map<std::string, double>& image_aspects,
                     LayoutOptions& options) {
  if (!brand) return;
  auto logo = image_aspects.find(kBrandLogo);
  if (logo != image_aspects.end()) options.header_image = {kBrandLogo, logo->second};
  options.footer_left = brand->website.empty() ? brand->name : brand->name + " · " + brand->website;
}

}  // namespace trainkit::writers::pdf
