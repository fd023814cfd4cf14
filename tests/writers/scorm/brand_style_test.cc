#include "trainkit/writers/scorm/brand_style.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

using namespace trainkit;

namespace {

// WCAG 2.1's contrast of two "#rrggbb" colours, computed here on its own.
double Contrast(const std::string& a, const std::string& b) {
  auto luminance = [](const std::string& color) {
    unsigned rgb[3];
    std::sscanf(color.c_str(), "#%2x%2x%2x", &rgb[0], &rgb[1], &rgb[2]);
    double linear[3];
    for (int i = 0; i < 3; ++i) {
      double c = rgb[i] / 255.0;
      linear[i] = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  };
  double x = luminance(a), y = luminance(b);
  return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

}  // namespace

TEST_CASE("the player keeps a brand's accent that white text can be read on, and darkens a pale one until it can") {
  CHECK(writers::scorm::PlayerAccent("#8a1538") == "#8a1538");
  CHECK(writers::scorm::PlayerAccent("#0b5394") == "#0b5394");
  for (const std::string pale : {"#f4c430", "#ffffff", "#00a0e0", "#ff6600"}) {
    std::string accent = writers::scorm::PlayerAccent(pale);
    INFO(pale << " -> " << accent);
    CHECK(accent != pale);
    CHECK(Contrast(accent, "#ffffff") >= 4.5);
    CHECK(Contrast(accent, "#f3f5f7") >= 4.5);  // links on the player's panels
    CHECK(Contrast(accent, "#ffffff") < 6);     // darkened no further than needed
  }
}

TEST_CASE("a brand gives the package brand.css and its logo, and no brand gives no files") {
  CHECK(writers::scorm::BrandFiles(nullptr).empty());
  model::Brand brand;
  brand.name = "NGO";
  brand.colors["accent"] = "#f4c430";
  brand.font_family = "Noto \"Sans\"";
  brand.logo = model::Logo{"logo.jpg", "\xFF\xD8\xFF", false, 10, 5};
  auto files = writers::scorm::BrandFiles(&brand);
  REQUIRE(files.size() == 2);
  CHECK(files[0].name == "brand.css");
  CHECK(files[0].bytes.find(":root { --accent: " + writers::scorm::PlayerAccent("#f4c430") + "; }") != std::string::npos);
  CHECK(files[0].bytes.find("font-family: \"Noto \\\"Sans\\\"\", system-ui") != std::string::npos);
  CHECK(files[1].name == "media/brand-logo.jpg");
  CHECK(files[1].bytes == brand.logo->bytes);
}
