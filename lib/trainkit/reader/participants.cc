#include "trainkit/reader/participants.h"

#include <csv.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "trainkit/base/utf8.h"

namespace trainkit::reader {
namespace {

// What libcsv's callbacks build: the rows, and the offset where each ended. The file is fed a
// byte at a time, so a callback knows where it fired (the lists are short).
struct Rows {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> ends;
  std::vector<std::string> current;
  size_t offset = 0;  // of the byte being fed
};

void OnField(void* text, size_t length, void* data) {
  static_cast<Rows*>(data)->current.emplace_back(text ? std::string(static_cast<const char*>(text), length) : "");
}

void OnRow(int, void* data) {
  auto* rows = static_cast<Rows*>(data);
  rows->cells.push_back(std::move(rows->current));
  rows->current.clear();
  rows->ends.push_back(rows->offset);
}

std::string Trimmed(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

std::string Lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

}  // namespace

std::vector<Participant> ReadParticipants(const SourceFilePtr& file, Diagnostics& diagnostics) {
  const std::string& text = file->contents();
  auto at = [&](size_t offset) {
    auto [line, column] = file->LineColumn(offset);
    return SourceLocation{file, line, column};
  };
  auto refuse = [&](size_t offset, const std::string& message) {
    diagnostics.Report(Code::E188, at(offset), message);
    return std::vector<Participant>{};
  };
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    return refuse(0, "the participant list is UTF-16; save it as CSV in UTF-8 (\"CSV UTF-8\" in a spreadsheet)");
  }
  if (auto bad = FindInvalidUtf8(text)) {
    return refuse(*bad, "the participant list is not UTF-8 here; save it as CSV in UTF-8 (\"CSV UTF-8\" in a "
                        "spreadsheet), so that names in every script come through");
  }
  size_t begin = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a byte order mark

  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) return refuse(0, "cannot read CSV");
  std::unique_ptr<csv_parser, decltype(&csv_free)> owned(&parser, &csv_free);
  Rows rows;
  for (size_t i = begin; i < text.size(); ++i) {
    rows.offset = i;
    if (csv_parse(&parser, &text[i], 1, OnField, OnRow, &rows) != 1) {
      return refuse(i, fmt::format("the participant list is not well-formed CSV here: {}; a field with a comma, "
                                   "a quote or a line break is written in double quotes, a quote inside it doubled",
                                   csv_strerror(csv_error(&parser))));
    }
  }
  rows.offset = text.size();
  // Where a row starts: after the end of the one before, and the blank lines between (libcsv
  // gives no row for a line of spaces).
  auto start_after = [&](size_t offset) {
    while (offset < text.size() && std::strchr(" \t\r\n", text[offset])) ++offset;
    return std::min(offset, text.size());
  };
  size_t last_end = start_after(rows.ends.empty() ? begin : rows.ends.back() + 1);
  if (csv_fini(&parser, OnField, OnRow, &rows) != 0) {
    return refuse(last_end, "the participant list ends inside a quoted field: a double quote is not closed");
  }
  std::vector<size_t> starts;
  for (size_t r = 0; r < rows.cells.size(); ++r) starts.push_back(start_after(r == 0 ? begin : rows.ends[r - 1] + 1));

  // Blank lines are no rows.
  std::vector<size_t> kept;
  for (size_t r = 0; r < rows.cells.size(); ++r) {
    const auto& cells = rows.cells[r];
    if (std::any_of(cells.begin(), cells.end(), [](const std::string& c) { return !Trimmed(c).empty(); })) kept.push_back(r);
  }
  if (kept.empty()) return refuse(begin, "the participant list is empty: it needs a header row with a 'name' column");
  const auto& header = rows.cells[kept[0]];
  std::optional<size_t> name_column, organisation_column;
  for (size_t c = 0; c < header.size(); ++c) {
    std::string column = Lowered(Trimmed(header[c]));
    if (column == "name") name_column = c;
    if (column == "organisation" || column == "organization") organisation_column = c;
  }
  if (!name_column) {
    return refuse(starts[kept[0]], "the participant list's first row names no 'name' column: it is the header row, "
                                        "and one of its columns must be called name");
  }
  std::vector<Participant> participants;
  for (size_t k = 1; k < kept.size(); ++k) {
    const auto& cells = rows.cells[kept[k]];
    size_t start = starts[kept[k]];
    std::string name = *name_column < cells.size() ? Trimmed(cells[*name_column]) : "";
    if (name.empty()) return refuse(start, "a participant in the list has no name: fill in the 'name' column of this row, or delete the row");
    std::string organisation =
        organisation_column && *organisation_column < cells.size() ? Trimmed(cells[*organisation_column]) : "";
    participants.push_back({name, organisation, at(start).line});
  }
  if (participants.empty()) {
    return refuse(starts[kept[0]], "the participant list names no one: under its header row, each row is a person");
  }
  return participants;
}

}  // namespace trainkit::reader
