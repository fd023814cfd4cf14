#include "build_record.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "build_diagnostics.h"
#include "trainkit/base/sha256.h"
#include "font_files.h"

namespace trainkit::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A file's size and SHA-256, with what the record calls it.
json HashedFile(const fs::path& file, json identity) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  identity["bytes"] = bytes.size();
  identity["sha256"] = Sha256Hex(bytes);
  return identity;
}

// Every file under `folder`, by path relative to it, with its size and hash, sorted.
json FilesUnder(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder, error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  json list = json::array();
  for (const fs::path& file : files) {
    list.push_back(HashedFile(file, {{"path", file.lexically_relative(folder).generic_string()}}));
  }
  return list;
}

// The font files of the outputs that use the guide's style, with their hashes: a font
// package updated on the machine changes the PDFs, and the record says why.
json FontsUsed(const std::vector<PlannedOutput>& outputs, size_t index, const fs::path& templates) {
  bool uses_fonts = std::any_of(outputs.begin(), outputs.end(), [&](const PlannedOutput& output) {
    const auto& files = output.writer->template_files;
    return output.curriculum == index && std::find(files.begin(), files.end(), "pdf/style.json") != files.end();
  });
  json list = json::array();
  if (!uses_fonts) return list;
  // By name and folder, not path: the same fonts give the same record on any machine.
  for (const FontFile& font : FontFilesOf(templates)) {
    list.push_back(HashedFile(font.path, {{"name", font.name}, {"folder", font.from_template ? "template" : "system"}}));
  }
  return list;
}

}  // namespace

std::string BuildRecord(const std::vector<BuildCurriculum>& curricula, size_t index,
                        const std::vector<PlannedOutput>& outputs, const std::vector<OutputResult>& results,
                        const fs::path& templates, const fs::path& reference_docx, const fs::path& strings) {
  const model::Curriculum& curriculum = *curricula[index].loaded.curriculum;
  json written = json::array();
  json failed = json::array();
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i].curriculum != index) continue;
    const resolve::ResolvedProgram& program = *outputs[i].program;
    json entry = {{"path", outputs[i].relative},
                  {"format", outputs[i].writer->name},
                  {"country", program.country.empty() ? "intl" : program.country},
                  {"audience", program.audience},
                  {"track", program.track},
                  {"language", program.language},
                  {"warnings", WarningsOf(outputs[i], results[i])}};
    if (results[i].written) {
      entry["bytes"] = results[i].bytes;
      entry["sha256"] = results[i].sha256;
      written.push_back(entry);
    } else {
      entry["error"] = results[i].error;
      failed.push_back(entry);
    }
  }
  json record = {
      {"curriculum", curriculum.id},
      {"version", curriculum.version},
      {"trainkit", TRAINKIT_VERSION},
      {"inputs",
       {{"curriculum", FilesUnder(curricula[index].folder)},
        {"templates", FilesUnder(templates)},
        {"fonts", FontsUsed(outputs, index, templates)}}},
      {"outputs", written},
  };
  if (!failed.empty()) record["failed"] = failed;
  if (!strings.empty()) record["inputs"]["strings"] = FilesUnder(strings);
  if (!reference_docx.empty()) {
    record["inputs"]["reference_docx"] = HashedFile(reference_docx, {{"path", reference_docx.generic_string()}});
  }
  return record.dump(2) + "\n";
}

}  // namespace trainkit::cli
