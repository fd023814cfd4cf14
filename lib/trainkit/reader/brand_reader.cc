#include "trainkit/reader/brand_reader.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "trainkit/base/hex_color.h"
#include "trainkit/base/utf8.h"
#include "trainkit/render/image_check.h"
#include "trainkit/render/svg_image.h"

namespace trainkit::reader {
namespace {

// Keys in the order the file has them, so that messages come in that order too.
using json = nlohmann::ordered_json;

const char* const kKeys[] = {"name", "logo", "colors", "fonts", "contact", "website"};
const char* const kFontKeys[] = {"family", "regular", "bold", "italic", "bold_italic"};

// Where the token that ends at byte `end` (1-based, as nlohmann's errors count) begins: the
// message points at the unexpected string or word, not at its last character.
size_t TokenStart(const std::string& text, size_t end) {
  size_t at = end > 0 ? std::min(end - 1, text.size() - (text.empty() ? 0 : 1)) : 0;
  if (text.empty()) return 0;
  if (text[at] == '"' && at > 0) {
    size_t open = text.rfind('"', at - 1);
    while (open != std::string::npos && open > 0 && text[open - 1] == '\\') open = text.rfind('"', open - 2);
    return open == std::string::npos ? at : open;
  }
  while (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.' ||
                    text[at - 1] == '-') && std::isalnum(static_cast<unsigned char>(text[at]))) {
    --at;
  }
  return at;
}

class BrandReader {
 public:
  BrandReader(const SourceFilePtr& file, const BrandFiles& files, Diagnostics& diagnostics)
      : file_(file), files_(files), diagnostics_(diagnostics) {}

  std::optional<model::Brand> Read();

 private:
  // Where the value of `key` (inside `parent`'s value, if given) begins, for messages: JSON
  // libraries keep no positions, and a brand file is a few lines.
  SourceLocation At(const std::string& key, const std::string& parent = "") const;
  void Error(Code code, const SourceLocation& where, const std::string& message) {
    diagnostics_.Report(code, where, message);
    ok_ = false;
  }
  // The text of `value`, or an error at `key` when it is not text.
  std::optional<std::string> Text(const json& value, const std::string& key, const std::string& parent = "");
  void Colors(const json& colors, model::Brand& brand);
  void Fonts(const json& fonts, model::Brand& brand);
  void LoadLogo(const std::string& path, model::Brand& brand);

  const SourceFilePtr& file_;
  const BrandFiles& files_;
  Diagnostics& diagnostics_;
  bool ok_ = true;
};

// Where `"key":` is written from `from` on, a string followed by a colon (a value that says
// the same words is not a key), at its value; npos when nowhere.
size_t FindKey(const std::string& text, const std::string& key, size_t from) {
  const std::string quoted = "\"" + key + "\"";
  for (size_t at = text.find(quoted, from); at != std::string::npos; at = text.find(quoted, at + 1)) {
    size_t colon = text.find_first_not_of(" \t\r\n", at + quoted.size());
    if (colon != std::string::npos && text[colon] == ':') {
      size_t value = text.find_first_not_of(" \t\r\n", colon + 1);
      return value == std::string::npos ? colon : value;
    }
  }
  return std::string::npos;
}

SourceLocation BrandReader::At(const std::string& key, const std::string& parent) const {
  const std::string& text = file_->contents();
  size_t from = parent.empty() ? 0 : FindKey(text, parent, 0);
  size_t at = FindKey(text, key, from == std::string::npos ? 0 : from);
  if (at == std::string::npos) return {file_, 1, 1};
  auto [line, column] = file_->LineColumn(at);
  return {file_, line, column};
}

std::optional<std::string> BrandReader::Text(const json& value, const std::string& key, const std::string& parent) {
  if (value.is_string()) return value.get<std::string>();
  Error(Code::E189, At(key, parent), fmt::format("'{}' must be text, in double quotes", key));
  return std::nullopt;
}

void BrandReader::Colors(const json& colors, model::Brand& brand) {
  if (!colors.is_object()) {
    Error(Code::E189, At("colors"), "'colors' must be an object: {\"accent\": \"#8a1538\"}");
    return;
  }
  std::string names;
  for (std::string_view name : model::kBrandColors) names += (names.empty() ? "" : ", ") + std::string(name);
  for (const auto& [key, value] : colors.items()) {
    if (std::find(model::kBrandColors.begin(), model::kBrandColors.end(), key) == model::kBrandColors.end()) {
      Error(Code::E189, At(key, "colors"), fmt::format("unknown colour '{}'; the colours are {}", key, names));
      continue;
    }
    std::string text = value.is_string() ? value.get<std::string>() : "";
    if (!ParseHexColor(text)) {
      Error(Code::E189, At(key, "colors"), fmt::format("colour '{}' must be written \"#rrggbb\", as \"#8a1538\"", key));
      continue;
    }
    brand.colors[key] = text;
  }
}

void BrandReader::Fonts(const json& fonts, model::Brand& brand) {
  if (!fonts.is_object()) {
    Error(Code::E189, At("fonts"),
          "'fonts' must be an object: {\"family\": \"Noto Sans\", \"regular\": \"NotoSans-Regular.ttf\", \"bold\": …, "
          "\"italic\": …, \"bold_italic\": …}");
    return;
  }
  int files = 0;
  for (const auto& [key, value] : fonts.items()) {
    const std::string& name = key;  // a lambda may not capture a structured binding (C++17)
    auto known = std::find_if(std::begin(kFontKeys), std::end(kFontKeys), [&](const char* k) { return name == k; });
    if (known == std::end(kFontKeys)) {
      Error(Code::E189, At(key, "fonts"),
            fmt::format("unknown key '{}' in 'fonts'; its keys are family, regular, bold, italic, bold_italic", key));
      continue;
    }
    auto text = Text(value, key, "fonts");
    if (!text) continue;
    if (key == "family") {
      brand.font_family = *text;
      continue;
    }
    ++files;
    if (!text->empty() && text->front() == '/') {
      Error(Code::E189, At(key, "fonts"), fmt::format("font file '{}' must be named relative to the brand file", *text));
      continue;
    }
    auto found = files_.find_font(*text);
    if (!found) {
      Error(Code::E189, At(key, "fonts"),
            fmt::format("font file '{}' not found beside the brand file, in the template's fonts/ folder or among "
                        "the system's DejaVu fonts",
                        *text));
      continue;
    }
    if (std::string problem = files_.font_problem ? files_.font_problem(*found) : ""; !problem.empty()) {
      Error(Code::E189, At(key, "fonts"), fmt::format("font file '{}' cannot be embedded: {}", *text, problem));
      continue;
    }
    brand.font_files[static_cast<size_t>(known - std::begin(kFontKeys)) - 1] = *found;
  }
  if (files != 0 && files != 4) {
    Error(Code::E189, At("fonts"),
          "'fonts' names some font files but not all four (regular, bold, italic, bold_italic): the PDFs need every "
          "face; name all four, or none and only the family");
  }
}

void BrandReader::LoadLogo(const std::string& path, model::Brand& brand) {
  SourceLocation where = At("logo");
  if (path.front() == '/') {
    Error(Code::E193, where, fmt::format("the logo '{}' must be named relative to the brand file", path));
    return;
  }
  std::string error;
  auto bytes = files_.read(path, error);
  if (!bytes) {
    Error(Code::E193, where, fmt::format("the logo '{}' cannot be read: {}", path, error));
    return;
  }
  model::Logo logo;
  logo.file = path;
  bool png = render::IsPng(*bytes), jpeg = render::IsJpeg(*bytes);
  if (!png && !jpeg) {
    if (!render::LooksLikeSvg(*bytes)) {
      Error(Code::E193, where, fmt::format("the logo '{}' is not a PNG, a JPEG or an SVG", path));
      return;
    }
    Status drawn = render::SvgToPng(*bytes, kSvgLogoPixels, logo.bytes);
    if (!drawn.ok()) {
      Error(Code::E193, where, fmt::format("the logo '{}': {}", path, drawn.message()));
      return;
    }
    png = true;
  } else {
    logo.bytes = std::move(*bytes);
  }
  Status checked = render::CheckImageBytes(logo.bytes);
  if (!checked.ok()) {
    Error(Code::E193, where, fmt::format("the logo '{}' is damaged: {}", path, checked.message()));
    return;
  }
  if (std::string problem = files_.image_problem ? files_.image_problem(logo.bytes) : ""; !problem.empty()) {
    Error(Code::E193, where, fmt::format("the logo '{}' cannot go into a PDF: {}", path, problem));
    return;
  }
  logo.png = png;
  render::PixelSize size = render::ImageSize(logo.bytes);
  logo.width = size.width;
  logo.height = size.height;
  brand.logo = std::move(logo);
}

std::optional<model::Brand> BrandReader::Read() {
  const std::string& text = file_->contents();
  if (auto bad = FindInvalidUtf8(text)) {
    auto [line, column] = file_->LineColumn(*bad);
    Error(Code::E189, {file_, line, column}, "the brand file is not UTF-8 here; save it as UTF-8");
    return std::nullopt;
  }
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& error) {
    auto [line, column] = file_->LineColumn(TokenStart(text, error.byte));
    std::string what = error.what();
    size_t detail = what.find("syntax error");
    Error(Code::E189, {file_, line, column},
          fmt::format("the brand file is not valid JSON: {}", detail == std::string::npos ? what : what.substr(detail)));
    return std::nullopt;
  }
  if (!root.is_object()) {
    Error(Code::E189, {file_, 1, 1}, "the brand file must be a JSON object: {\"name\": \"…\", …}");
    return std::nullopt;
  }
  model::Brand brand;
  brand.file = file_->path();
  for (const auto& [key, value] : root.items()) {
    const std::string& name = key;  // a lambda may not capture a structured binding (C++17)
    if (std::none_of(std::begin(kKeys), std::end(kKeys), [&](const char* k) { return name == k; })) {
      Error(Code::E189, At(key), fmt::format("unknown key '{}'; a brand's keys are name, logo, colors, fonts, contact, "
                                             "website",
                                             key));
    } else if (key == "colors") {
      Colors(value, brand);
    } else if (key == "fonts") {
      Fonts(value, brand);
    } else if (auto field = Text(value, key)) {
      if (key == "name") brand.name = *field;
      if (key == "contact") brand.contact = *field;
      if (key == "website") {
        if (field->rfind("https://", 0) != 0 && field->rfind("http://", 0) != 0) {
          Error(Code::E189, At(key), "'website' must be an address starting with https:// or http://");
        }
        brand.website = *field;
      }
      if (key == "logo") {
        if (field->empty()) Error(Code::E193, At(key), "'logo' is empty: name a PNG, JPEG or SVG file, or leave it out");
        else LoadLogo(*field, brand);
      }
    }
  }
  auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
  if (!root.contains("name")) {
    Error(Code::E189, {file_, 1, 1}, "the brand has no 'name': the organisation's name is the one thing it needs");
  } else if (root["name"].is_string() && blank(brand.name)) {
    Error(Code::E189, At("name"), "'name' is empty: write the organisation's name");
  }
  for (const std::string* line : {&brand.name, &brand.contact}) {
    if (line->find_first_of("\r\n") != std::string::npos) {
      Error(Code::E189, At(line == &brand.name ? "name" : "contact"), "it must be one line: it is printed in a footer");
    }
  }
  if (!ok_) return std::nullopt;
  return brand;
}

}  // namespace

std::optional<model::Brand> ReadBrand(const SourceFilePtr& file, const BrandFiles& files, Diagnostics& diagnostics) {
  return BrandReader(file, files, diagnostics).Read();
}

}  // namespace trainkit::reader
