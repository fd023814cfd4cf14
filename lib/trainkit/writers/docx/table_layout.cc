#include "trainkit/writers/docx/table_layout.h"

#include <algorithm>
#include <numeric>

#include "trainkit/base/utf8.h"

namespace trainkit::writers::docx {
namespace {

constexpr int kBorders = 20;         // a cell's share of the lines around it, at most
constexpr int kMinimumColumn = 567;  // 1 cm

#include "trainkit/writers/docx/text_widths.inc"

// The advance of a character in thousandths of an em in DejaVu Sans (Bold); a letter of another
// script counts as wide.
int Advance(char32_t c, bool bold) {
  for (const WidthRange& range : bold ? kBoldWidths : kRegularWidths) {
    if (c >= range.first && c <= range.last) return range.widths[c - range.first];
  }
  return 1000;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace

int EstimateWidth(std::string_view text, int half_points, bool bold) {
  long long thousandths = 0;
  for (size_t at = 0; at < text.size();) thousandths += Advance(NextCodePoint(text, at), bold);
  // A twentieth more, for rounding and kerning, so that a word the estimate fits does not break.
  // An em is the font size: half_points / 2 points, 10 twips per half-point.
  return static_cast<int>(thousandths * half_points * 10 * 1.05 / 1000 + 0.5);
}

std::vector<int> ColumnWidths(const std::vector<std::vector<CellText>>& rows, size_t columns, int available,
                              int half_points, int cell_margins) {
  const int padding = cell_margins + kBorders;
  std::vector<long long> least(columns, kMinimumColumn), most(columns, kMinimumColumn);
  for (const auto& row : rows) {
    for (size_t c = 0; c < columns && c < row.size(); ++c) {
      int longest_word = 0;
      for (std::string_view word : Words(row[c].text)) {
        longest_word = std::max(longest_word, EstimateWidth(word, half_points, row[c].bold));
      }
      least[c] = std::max<long long>(least[c], longest_word + padding);
      most[c] = std::max<long long>(most[c], EstimateWidth(row[c].text, half_points, row[c].bold) + padding);
    }
  }
  long long sum_least = std::accumulate(least.begin(), least.end(), 0LL);
  long long sum_most = std::accumulate(most.begin(), most.end(), 0LL);
  std::vector<int> widths(columns);
  for (size_t c = 0; c < columns; ++c) {
    if (sum_most <= available) {  // every text fits on one line: the rest shared like the text
      widths[c] = static_cast<int>(most[c] * available / sum_most);
    } else if (sum_least <= available) {  // every word fits: the rest shared by what is left to fit
      widths[c] = static_cast<int>(least[c] + (most[c] - least[c]) * (available - sum_least) / (sum_most - sum_least));
    } else {
      widths[c] = static_cast<int>(least[c] * available / sum_least);
    }
  }
  if (columns > 0) widths.back() += available - std::accumulate(widths.begin(), widths.end(), 0);
  return widths;
}

}  // namespace trainkit::writers::docx
