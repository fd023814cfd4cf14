#include "trainkit/writers/pdf/style.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "trainkit/base/hex_color.h"

#include <algorithm>

namespace trainkit::writers::pdf {
namespace {

Status ReadColor(const nlohmann::json& value, const std::string& key, Color& color) {
  auto rgb = ParseHexColor(value.is_string() ? value.get<std::string>() : "");
  if (!rgb) return Status::Error(fmt::format("'{}' must be a colour like \"#1f5f8b\"", key));
  color = {(*rgb)[0] / 255.0, (*rgb)[1] / 255.0, (*rgb)[2] / 255.0};
  return Status::Ok();
}

}  // namespace

Status SetPaper(std::string_view paper, Style& style) {
  if (paper == "a4" || paper == "A4") {
    style.page_width = 595.276;
    style.page_height = 841.89;
  } else if (paper == "letter" || paper == "Letter") {
    style.page_width = 612;
    style.page_height = 792;
  } else {
    return Status::Error(fmt::format("unknown paper size '{}': use a4 or letter", paper));
  }
  return Status::Ok();
}

namespace {

// The style's problems, each without the file's name.
Status ParseFields(std::string_view text, Style& style) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return Status::Error("not a JSON object");
  for (const auto& [key, value] : json.items()) {
    if (key == "paper") {
      if (!value.is_string()) return Status::Error("'paper' must be a string");
      Status status = SetPaper(value.get<std::string>(), style);
      if (!status.ok()) return status;
      continue;
    }
    if (key == "fonts") {
      if (!value.is_array() || value.size() != 4 ||
          !std::all_of(value.begin(), value.end(), [](const auto& v) { return v.is_string(); })) {
        return Status::Error("'fonts' must list four font files: regular, bold, italic, bold italic");
      }
      for (size_t i = 0; i < 4; ++i) style.fonts[i] = value[i].get<std::string>();
      continue;
    }
    struct Number { const char* key; double* field; };
    const Number numbers[] = {
        {"margin_top", &style.margin_top},       {"margin_bottom", &style.margin_bottom},
        {"margin_left", &style.margin_left},     {"margin_right", &style.margin_right},
        {"body_size", &style.body_size},         {"small_size", &style.small_size},
        {"h1_size", &style.h1_size},             {"h2_size", &style.h2_size},
        {"h3_size", &style.h3_size},             {"title_size", &style.title_size},
        {"line_height", &style.line_height},     {"paragraph_space", &style.paragraph_space},
        {"list_indent", &style.list_indent},     {"box_padding", &style.box_padding}};
    struct Colour { const char* key; Color* field; };
    const Colour colours[] = {
        {"text", &style.text},           {"accent", &style.accent},
        {"muted", &style.muted},         {"note_fill", &style.note_fill},
        {"note_border", &style.note_border}, {"safety_fill", &style.safety_fill},
        {"safety_border", &style.safety_border}, {"header_fill", &style.header_fill},
        {"rule", &style.rule}};
    bool known = false;
    for (const auto& n : numbers) {
      if (key != n.key) continue;
      if (!value.is_number() || value.get<double>() < 0 || value.get<double>() > 500) {
        return Status::Error(fmt::format("'{}' must be a number from 0 to 500", key));
      }
      *n.field = value.get<double>();
      known = true;
    }
    for (const auto& c : colours) {
      if (key != c.key) continue;
      Status status = ReadColor(value, key, *c.field);
      if (!status.ok()) return status;
      known = true;
    }
    if (!known) return Status::Error(fmt::format("unknown key '{}'", key));
  }
  if (style.content_width() < 144 || style.page_height - style.margin_top - style.margin_bottom < 144) {
    return Status::Error("the margins leave less than two inches for the text");
  }
  if (style.line_height < 1) return Status::Error("'line_height' must be at least 1");
  return Status::Ok();
}

}  // namespace

Status ParseStyle(std::string_view text, Style& style, std::string_view name) {
  Status status = ParseFields(text, style);
  return status.ok() ? status : Status::Error(fmt::format("{}: {}", name, status.message()));
}

}  // namespace trainkit::writers::pdf
