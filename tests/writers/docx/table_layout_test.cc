#include "trainkit/writers/docx/table_layout.h"

#include <catch2/catch.hpp>

#include <numeric>

using trainkit::writers::docx::CellText;
using trainkit::writers::docx::ColumnWidths;
using trainkit::writers::docx::EstimateWidth;

namespace {

int Sum(const std::vector<int>& widths) { return std::accumulate(widths.begin(), widths.end(), 0); }

}  // namespace

TEST_CASE("text width is estimated by letter, size and weight") {
  CHECK(EstimateWidth("mmmm", 20, false) > EstimateWidth("iiii", 20, false));
  CHECK(EstimateWidth("Objective", 20, true) > EstimateWidth("Objective", 20, false));
  CHECK(EstimateWidth("Objective", 22, false) > EstimateWidth("Objective", 20, false));
  CHECK(EstimateWidth("шкода", 20, false) > EstimateWidth("skoda", 20, false));
  // "a" is 613/1000 em in DejaVu Sans; at 10 points (200 twips) and a twentieth more, 129 twips.
  CHECK(EstimateWidth("a", 20, false) == 129);
  CHECK(EstimateWidth("a", 20, true) == 142);  // 675/1000 em in DejaVu Sans Bold
}

TEST_CASE("the evaluation form's statements get the room the rating columns do not need") {
  std::vector<std::vector<CellText>> rows = {
      {{"Objective", true}, {"1", true}, {"2", true}, {"3", true}, {"4", true}, {"5", true}},
      {{"identify the act, means and purpose in a case"}, {}, {}, {}, {}, {}},
      {{"tell trafficking apart from smuggling, migration and labour exploitation"}, {}, {}, {}, {}, {}},
      {{"know where to get help"}, {}, {}, {}, {}, {}}};
  std::vector<int> widths = ColumnWidths(rows, 6, 9638, 20, 2 * 108);
  CHECK(widths == std::vector<int>{9638 - 5 * 567, 567, 567, 567, 567, 567});  // rating columns: 1 cm
}

TEST_CASE("columns that fit on one line share the rest like their text") {
  std::vector<std::vector<CellText>> rows = {{{"Element", true}, {"Example", true}}, {{"Act"}, {"Recruitment"}}};
  std::vector<int> widths = ColumnWidths(rows, 2, 9638, 20, 2 * 108);
  CHECK(Sum(widths) == 9638);
  CHECK(widths[1] > widths[0]);
  int most0 = EstimateWidth("Element", 20, true), most1 = EstimateWidth("Recruitment", 20, false);
  CHECK(std::abs(widths[1] * most0 - widths[0] * most1) < widths[0] * most1 / 5);
}

TEST_CASE("every column is as wide as its longest word when they all fit") {
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "word ";
  std::vector<std::vector<CellText>> rows = {
      {{long_text + "internationalisation"}, {long_text}, {"exploitation of labour"}, {long_text}}};
  std::vector<int> widths = ColumnWidths(rows, 4, 9638, 20, 2 * 108);
  CHECK(Sum(widths) == 9638);
  CHECK(widths[0] >= EstimateWidth("internationalisation", 20, false));
  CHECK(widths[2] >= EstimateWidth("exploitation", 20, false));
  CHECK(widths[1] > widths[2]);  // more text, more room
}

TEST_CASE("columns whose words cannot all fit share the width by their longest words") {
  std::string word(60, 'w');
  std::vector<std::vector<CellText>> rows = {{{word}, {word + word}, {}}};
  std::vector<int> widths = ColumnWidths(rows, 3, 9638, 20, 2 * 108);
  CHECK(Sum(widths) == 9638);
  CHECK(widths[1] > widths[0]);
  CHECK(widths[2] < widths[0]);
}
