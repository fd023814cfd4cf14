#include "trainkit/base/diagnostic.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace trainkit {

const std::vector<CodeInfo>& AllCodes() {
  static const std::vector<CodeInfo> codes = {
#define X(code, severity, summary) {Code::code, #code, Severity::severity, summary},
#include "trainkit/base/diagnostic_codes.inc"
#undef X
  };
  return codes;
}

const CodeInfo& Info(Code code) { return AllCodes()[static_cast<size_t>(code)]; }

std::string_view SeverityName(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

Diagnostic& Diagnostics::Report(Code code, SourceLocation location, std::string message) {
  items_.push_back({code, std::move(location), std::move(message), {}});
  return items_.back();
}

void Diagnostics::Append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

int Diagnostics::errors() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity() == Severity::kError;
  }));
}

int Diagnostics::warnings() const { return static_cast<int>(items_.size()) - errors(); }

bool Diagnostics::Has(Code code) const {
  return std::any_of(items_.begin(), items_.end(),
                     [code](const Diagnostic& d) { return d.code == code; });
}

void Diagnostics::Sort() {
  auto key = [](const Diagnostic& d) {
    return std::make_tuple(d.location.file ? d.location.file->path() : std::string(),
                           d.location.line, d.location.column);
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

namespace {

bool Same(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Optimal string alignment distance: edits, plus swaps of two neighbours (a common typo).
// Letter case does not count: "ua" is a typo of "UA".
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  // Ids are short; comparing long strings would only cost time for no useful suggestion.
  constexpr size_t kLongest = 128;
  if (word.size() > kLongest) return std::nullopt;
  size_t limit = std::max<size_t>(1, word.size() / 3);
  std::optional<std::string> best;
  size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    if (candidate.size() > kLongest || candidate == word) continue;
    size_t distance = EditDistance(word, candidate);
    if (distance >= word.size() && distance > 0) continue;  // nothing of the word is left
    // On a tie, a candidate that starts like the word is the likelier intent.
    bool better_tie = distance == best_distance && best && !word.empty() &&
                      candidate[0] == word[0] && (*best)[0] != word[0];
    if (distance < best_distance || better_tie) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  auto match = ClosestMatch(word, candidates);
  return match ? fmt::format("; did you mean '{}'?", *match) : std::string();
}

}  // namespace trainkit
