#include "trainkit/writers/scorm/brand_style.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "trainkit/base/hex_color.h"

namespace trainkit::writers::scorm {
namespace {

struct Rgb {
  double r = 0, g = 0, b = 0;  // 0..255
};

// WCAG 2.1's relative luminance.
double Luminance(const Rgb& c) {
  auto channel = [](double v) {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double Contrast(const Rgb& a, const Rgb& b) {
  double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// player.css's --panel, the lightest background the accent is read on but white.
constexpr Rgb kPanel{0xf3, 0xf5, 0xf7};
constexpr Rgb kWhite{255, 255, 255};
constexpr double kEnough = 4.5;

// Quotes a font family name for CSS.
std::string CssString(const std::string& text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    if (c == '\n' || c == '\r') continue;
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

std::string BrandLogoPath(const model::Logo& logo) {
  return logo.png ? "media/brand-logo.png" : "media/brand-logo.jpg";
}

std::string PlayerAccent(const std::string& color) {
  auto rgb = ParseHexColor(color);
  if (!rgb) return color;  // the brand's reader lets no such colour through
  Rgb c{static_cast<double>((*rgb)[0]), static_cast<double>((*rgb)[1]), static_cast<double>((*rgb)[2])};
  while (Contrast(c, kWhite) < kEnough || Contrast(c, kPanel) < kEnough) {
    c = {std::floor(c.r * 0.92), std::floor(c.g * 0.92), std::floor(c.b * 0.92)};
  }
  return fmt::format("#{:02x}{:02x}{:02x}", static_cast<int>(c.r), static_cast<int>(c.g), static_cast<int>(c.b));
}

std::vector<PackageFile> BrandFiles(const model::Brand* brand) {
  if (!brand) return {};
  // The logo on a white plate: a logo made for paper may be dark, and the header is the accent.
  std::string css =
      "/* The organisation's brand (brand.json), over player.css. */\n"
      ".course-brand { display: flex; align-items: center; gap: 0.75rem; margin: 0 0 0.5rem; font-weight: bold; }\n"
      ".course-brand img { height: 2.5rem; width: auto; max-width: 12rem; object-fit: contain; background: #ffffff; "
      "padding: 0.25rem; border-radius: 4px; }\n";
  auto accent = brand->colors.find("accent");
  if (accent != brand->colors.end()) css += ":root { --accent: " + PlayerAccent(accent->second) + "; }\n";
  if (!brand->font_family.empty()) {
    css += "body { font-family: " + CssString(brand->font_family) +
           ", system-ui, -apple-system, \"Segoe UI\", Roboto, \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; }\n";
  }
  std::vector<PackageFile> files = {{"brand.css", css}};
  if (brand->logo) files.push_back({BrandLogoPath(*brand->logo), brand->logo->bytes});
  return files;
}

}  // namespace trainkit::writers::scorm
