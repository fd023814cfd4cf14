#include "build_record.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "build_diagnostics.h"
#include "trainkit/base/sha256.h"

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

// The font files, with their hashes, when an output of the curriculum uses the guide's style:
// a font package updated on the machine changes the PDFs, and the record says why. A brand's
// fonts replace the template's.
json FontsUsed(const std::vector<PlannedOutput>& outputs, size_t index, const BuildInputs& inputs,
               const model::Brand* brand) {
  bool uses_fonts = std::any_of(outputs.begin(), outputs.end(), [&](const PlannedOutput& output) {
    return output.curriculum == index && UsesFonts(*output.writer);
  });
  if (!uses_fonts) return json::array();
  if (!brand || brand->font_files[0].empty()) return inputs.FontFiles();
  json fonts = json::array();
  for (const std::string& file : brand->font_files) {
    fonts.push_back(HashedFile(file, {{"name", fs::path(file).filename().string()}, {"folder", "brand"}}));
  }
  return fonts;
}

// The brand file, and what of it every branded output took: its logo (as drawn) and fonts.
json BrandInputs(const model::Brand& brand) {
  json entry = HashedFile(brand.file, {{"path", fs::path(brand.file).generic_string()}});
  if (brand.logo) entry["logo"] = {{"file", brand.logo->file}, {"sha256", Sha256Hex(brand.logo->bytes)}};
  return entry;
}

}  // namespace

std::string BuildRecord(const std::vector<BuildCurriculum>& curricula, size_t index,
                        const std::vector<PlannedOutput>& outputs, const std::vector<OutputResult>& results,
                        const BuildInputs& inputs, const std::string& checked, const fs::path& reference_docx, const fs::path& strings,
                        const model::Brand* brand) {
  const model::Curriculum& curriculum = *curricula[index].loaded().curriculum;
  json written = json::array();
  json failed = json::array();
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i].curriculum != index) continue;
    const ProgramName& program = outputs[i].name;
    json entry = {{"path", outputs[i].relative},
                  {"format", outputs[i].writer->name},
                  {"country", program.country.empty() ? "intl" : program.country},
                  {"audience", program.audience},
                  {"track", program.track},
                  {"language", program.language},
                  {"warnings", WarningsOf(outputs[i], results[i])}};
    if (results[i].written || results[i].up_to_date) {
      entry["bytes"] = results[i].bytes;
      if (results[i].pages > 0) entry["pages"] = results[i].pages;
      entry["sha256"] = results[i].sha256;
      entry["inputs"] = outputs[i].inputs;
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
       {{"curriculum", inputs.CurriculumFiles(index)},
        {"templates", inputs.TemplateFiles()},
        {"fonts", FontsUsed(outputs, index, inputs, brand)}}},
      {"checked", checked},
      {"outputs", written},
  };
  if (!failed.empty()) record["failed"] = failed;
  if (!strings.empty()) record["inputs"]["strings"] = inputs.StringsFiles();
  if (!reference_docx.empty()) {
    record["inputs"]["reference_docx"] = HashedFile(reference_docx, {{"path", reference_docx.generic_string()}});
  }
  if (brand) record["inputs"]["brand"] = BrandInputs(*brand);
  return record.dump(2) + "\n";
}

RecordedBuild ReadBuildRecord(const fs::path& path) {
  RecordedBuild recorded;
  std::map<std::string, RecordedOutput>& outputs = recorded.outputs;
  std::ifstream in(path, std::ios::binary);
  if (!in) return recorded;
  const json record = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!record.is_object() || !record.contains("outputs") || !record.at("outputs").is_array()) return recorded;
  if (record.contains("checked") && record.at("checked").is_string()) recorded.checked = record.at("checked");
  for (const json& entry : record.at("outputs")) {
    auto has = [&](const char* key, json::value_t type) {
      auto found = entry.find(key);
      return found != entry.end() && (found->type() == type ||
                                      (type == json::value_t::number_integer && found->is_number_integer()));
    };
    if (!entry.is_object() || !has("path", json::value_t::string) || !has("inputs", json::value_t::string) ||
        !has("bytes", json::value_t::number_unsigned) || !has("sha256", json::value_t::string) ||
        !has("warnings", json::value_t::number_integer)) {
      continue;  // not this version's record: made again
    }
    int pages = has("pages", json::value_t::number_integer) ? entry.at("pages").get<int>() : 0;
    outputs[entry.at("path")] = {entry.at("inputs"), entry.at("bytes"), entry.at("sha256"), entry.at("warnings"), pages};
  }
  return recorded;
}

void MarkUpToDate(std::vector<PlannedOutput>& outputs, const RecordedBuild& record, size_t curriculum,
                  std::vector<OutputResult>& results) {
  const std::map<std::string, RecordedOutput>& recorded = record.outputs;
  for (size_t i = 0; i < outputs.size(); ++i) {
    PlannedOutput& output = outputs[i];
    if (output.curriculum != curriculum) continue;
    auto found = recorded.find(output.relative);
    if (output.inputs.empty() || found == recorded.end() || found->second.inputs != output.inputs) continue;
    std::error_code error;
    // A file changed by hand since is made again when its size shows it; its content is not
    // hashed again, or a build with nothing to do would read every output.
    if (!fs::is_regular_file(output.path, error) || fs::file_size(output.path, error) != found->second.bytes) continue;
    output.up_to_date = true;
    results[i].up_to_date = true;
    results[i].bytes = found->second.bytes;
    results[i].sha256 = found->second.sha256;
    results[i].recorded_warnings = found->second.warnings;
    results[i].pages = found->second.pages;
  }
}

}  // namespace trainkit::cli
