#include "trainkit/base/diagnostic_format.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "trainkit/base/utf8.h"

namespace trainkit {
namespace {

struct Palette {
  const char* bold = "";
  const char* error = "";
  const char* warning = "";
  const char* note = "";
  const char* caret = "";
  const char* reset = "";
};

Palette PaletteFor(const TextStyle& style) {
  if (!style.color) return {};
  return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;32m", "\x1b[0m"};
}

std::string Where(const SourceLocation& location) {
  return location.known() ? location.ToString() : std::string("trainkit");
}

// The quoted source line with a caret under `location.column`.
std::string Excerpt(const SourceLocation& location, const Palette& palette) {
  if (!location.file || location.line < 1) return {};
  std::string line = ReplaceInvalidUtf8(location.file->Line(location.line));
  if (line.empty()) return {};
  // One code point stays one column, the unit of `column`: a tab becomes a space, and a
  // control character (C0, DEL, C1) becomes U+FFFD, so that no byte of the file can move the
  // cursor, clear the screen or recolour the terminal.
  std::string shown;
  int code_points = 0;
  for (size_t at = 0; at < line.size();) {
    char32_t c = NextCodePoint(line, at);
    bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
    AppendUtf8(shown, c == '\t' ? U' ' : control ? U'\uFFFD' : c);
    ++code_points;
  }
  int pad = std::max(0, std::min(location.column - 1, code_points));
  std::string number = std::to_string(location.line);
  return fmt::format("{:>5} | {}\n{:>5} | {}{}^{}\n", number, shown, "", std::string(pad, ' '),
                     palette.caret, palette.reset);
}

}  // namespace

std::string FormatText(const Diagnostic& diagnostic, const TextStyle& style) {
  Palette palette = PaletteFor(style);
  const CodeInfo& info = Info(diagnostic.code);
  bool error = info.severity == Severity::kError;
  std::string out = fmt::format("{}{}:{} {}{}[{}]:{} {}\n", palette.bold, Where(diagnostic.location),
                                palette.reset, error ? palette.error : palette.warning,
                                SeverityName(info.severity), info.name, palette.reset,
                                diagnostic.message);
  out += Excerpt(diagnostic.location, palette);
  for (const DiagnosticNote& note : diagnostic.notes) {
    out += fmt::format("{}{}:{} {}note:{} {}\n", palette.bold, Where(note.location), palette.reset,
                       palette.note, palette.reset, note.message);
    out += Excerpt(note.location, palette);
  }
  return out;
}

std::string FormatJson(const Diagnostics& diagnostics) {
  auto location_fields = [](nlohmann::json& object, const SourceLocation& location) {
    object["file"] = location.file ? nlohmann::json(location.file->path()) : nlohmann::json(nullptr);
    object["line"] = location.line;
    object["column"] = location.column;
  };
  nlohmann::json array = nlohmann::json::array();
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    const CodeInfo& info = Info(diagnostic.code);
    nlohmann::json object;
    object["code"] = info.name;
    object["severity"] = SeverityName(info.severity);
    location_fields(object, diagnostic.location);
    object["message"] = diagnostic.message;
    object["notes"] = nlohmann::json::array();
    for (const DiagnosticNote& note : diagnostic.notes) {
      nlohmann::json entry;
      location_fields(entry, note.location);
      entry["message"] = note.message;
      object["notes"].push_back(entry);
    }
    array.push_back(object);
  }
  return array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace trainkit
