// Diagnostics as people and programs read them: compiler-style text, or JSON.
#pragma once

#include <string>

#include "trainkit/base/diagnostic.h"

namespace trainkit {

struct TextStyle {
  bool color = false;  // ANSI colours, for terminals only
};

// "file:line:col: error[E101]: message", then the source line and a caret under the column,
// then any notes, each diagnostic ending with a newline.
std::string FormatText(const Diagnostic& diagnostic, const TextStyle& style = {});

// A JSON array with one object per diagnostic: code, severity, file, line, column, message,
// notes (each with file, line, column, message).
std::string FormatJson(const Diagnostics& diagnostics);

}  // namespace trainkit
