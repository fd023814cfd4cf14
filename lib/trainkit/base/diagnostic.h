// A problem found in the user's files: a stable code, a severity, a location and a message.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/base/source_location.h"

namespace trainkit {

enum class Severity { kWarning, kError };

enum class Code {
#define X(code, severity, summary) code,
#include "trainkit/base/diagnostic_codes.inc"
#undef X
};

struct CodeInfo {
  Code code;
  std::string_view name;  // "E101"
  Severity severity;
  std::string_view summary;
};

// Every code, in table order.
const std::vector<CodeInfo>& AllCodes();
const CodeInfo& Info(Code code);
std::string_view SeverityName(Severity severity);  // "error" | "warning"

// A secondary location that explains the main one ("first defined here").
struct DiagnosticNote {
  SourceLocation location;
  std::string message;
};

struct Diagnostic {
  Code code;
  SourceLocation location;
  std::string message;
  std::vector<DiagnosticNote> notes;

  Severity severity() const { return Info(code).severity; }
};

// Collects diagnostics so one run reports every problem it finds.
class Diagnostics {
 public:
  Diagnostic& Report(Code code, SourceLocation location, std::string message);
  void Add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  void Append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  int errors() const;
  int warnings() const;
  bool has_errors() const { return errors() > 0; }
  bool Has(Code code) const;

  // Orders by file, line, column, keeping the report order for ties.
  void Sort();

 private:
  std::vector<Diagnostic> items_;
};

// The closest candidate to `word` by edit distance, if one is close enough to be a likely typo.
std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates);
// "; did you mean 'x'?" or "".
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace trainkit
