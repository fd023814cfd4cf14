#include "build_inputs.h"

#include <elf.h>
#include <fmt/format.h>
#include <link.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "trainkit/base/date.h"
#include "trainkit/base/sha256.h"
#include "trainkit/translation/apply.h"
#include "trainkit/workspace/font_files.h"

namespace trainkit::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadBytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// "path sha256" lines of `files` (a FilesUnder list), one digest.
std::string DigestOfList(const json& files) {
  std::string lines;
  for (const json& file : files) lines += file["path"].get<std::string>() + " " + file["sha256"].get<std::string>() + "\n";
  return Sha256Hex(lines);
}

// The linker's build ID of this program (a hash of its code): a trainkit built from changed
// sources makes outputs again though its version number is the same. Empty when it has none.
std::string ProgramBuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) {
        auto& found = *static_cast<std::string*>(data);
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& header = info->dlpi_phdr[i];
          if (header.p_type != PT_NOTE) continue;
          const char* at = reinterpret_cast<const char*>(info->dlpi_addr + header.p_vaddr);
          const char* end = at + header.p_memsz;
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
            const char* name = at + sizeof(ElfW(Nhdr));
            const char* desc = name + ((note->n_namesz + 3) & ~3u);
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::string_view(name, 3) == "GNU") {
              for (size_t b = 0; b < note->n_descsz; ++b) found += fmt::format("{:02x}", static_cast<unsigned char>(desc[b]));
              return 1;
            }
            at = desc + ((note->n_descsz + 3) & ~3u);
          }
        }
        return 1;  // the first object is the program itself: look no further
      },
      &id);
  return id;
}

// What every output takes of the brand, as one line: everything it says, the logo as drawn
// and the font files' bytes.
std::string BrandLine(const model::Brand& brand) {
  std::string text = brand.name + "\n" + brand.contact + "\n" + brand.website + "\n" + brand.font_family + "\n";
  for (const auto& [name, value] : brand.colors) text += name + " " + value + "\n";
  if (brand.logo) text += "logo " + Sha256Hex(brand.logo->bytes) + "\n";
  for (const std::string& font : brand.font_files) {
    if (!font.empty()) text += "font " + Sha256Hex(ReadBytes(font)) + "\n";
  }
  return "brand " + Sha256Hex(text) + "\n";
}

}  // namespace

bool UsesFonts(const writers::Writer& writer) {
  return std::find(writer.template_files.begin(), writer.template_files.end(), "pdf/style.json") !=
         writer.template_files.end();
}

json FilesUnder(const fs::path& folder, bool* complete) {
  std::vector<fs::path> files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::follow_directory_symlink, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(it->path());
  }
  if (error && complete) *complete = false;
  std::sort(files.begin(), files.end());
  json list = json::array();
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in && complete) *complete = false;
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    list.push_back({{"path", file.lexically_relative(folder).generic_string()},
                    {"bytes", bytes.size()},
                    {"sha256", Sha256Hex(bytes)}});
  }
  return list;
}

BuildInputs::BuildInputs(const std::vector<BuildCurriculum>& curricula, const RenderOptions& options,
                         const std::string& werror)
    : curricula_(curricula) {
  for (const BuildCurriculum& curriculum : curricula) {
    json files = FilesUnder(curriculum.folder, &complete_);
    std::map<std::string, std::string> hashes;
    std::string shared;
    for (const json& file : files) {
      std::string path = file["path"];
      hashes[path] = file["sha256"];
      std::string top = path.substr(0, path.find('/'));
      bool a_programs_own = (top == "countries" || top == "translations") && fs::path(path).extension() == ".xml";
      if (!a_programs_own) shared += path + " " + hashes[path] + "\n";
    }
    curriculum_files_.push_back(std::move(files));
    hashes_.push_back(std::move(hashes));
    shared_digests_.push_back(Sha256Hex(shared));
  }
  template_files_ = FilesUnder(options.templates, &complete_);

  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  common_ = "trainkit " TRAINKIT_VERSION " " + ProgramBuildId() + "\ncheck date " + CheckDate().ToString() +
            "\nSOURCE_DATE_EPOCH " + (epoch ? epoch : "") + "\nallow unchecked facts " +
            (options.allow_unchecked_facts ? "yes" : "no") + "\nwerror " + werror + "\ntemplates " +
            DigestOfList(template_files_) + "\n";
  if (!options.strings.empty()) {
    strings_files_ = FilesUnder(options.strings, &complete_);
    common_ += "strings " + DigestOfList(strings_files_) + "\n";
  }
  if (options.brand) brand_ = BrandLine(*options.brand);
  paper_ = "paper " + options.paper + "\n";
  scoring_ = "pass mark " + (options.scorm.pass_mark ? std::to_string(*options.scorm.pass_mark) : "") +
             "\nreveal answers " + std::to_string(static_cast<int>(options.scorm.reveal_answers)) +
             "\nmax attempts " + std::to_string(options.scorm.max_attempts) + "\n";
  if (options.reference_docx) {
    std::string parts;
    for (const auto& [name, bytes] : options.reference_docx->parts) parts += name + " " + Sha256Hex(bytes) + "\n";
    reference_docx_ = "reference docx " + Sha256Hex(parts) + "\n";
  }
  font_files_ = json::array();
  for (const FontFile& font : FontFilesOf(options.templates)) {
    std::string bytes = ReadBytes(font.path);
    font_files_.push_back({{"name", font.name},
                           {"folder", font.from_template ? "template" : "system"},
                           {"bytes", bytes.size()},
                           {"sha256", Sha256Hex(bytes)}});
    fonts_ += "font " + font.name + " " + font_files_.back()["sha256"].get<std::string>() + "\n";
  }
}

std::string BuildInputs::CheckedDigest(size_t index, const std::set<std::string>& countries) const {
  if (!complete_) return "";
  std::string lines;
  for (const auto& [path, sha256] : hashes_[index]) {
    fs::path file(path);
    bool left_out = !countries.empty() && file.parent_path() == "countries" && file.extension() == ".xml" &&
                    !countries.count(file.stem().string());
    if (!left_out) lines += path + " " + sha256 + "\n";
  }
  return Sha256Hex(common_ + lines);
}

std::string BuildInputs::DigestOf(const PlannedOutput& output) const {
  if (!complete_) return "";
  const std::map<std::string, std::string>& hashes = hashes_[output.curriculum];
  const resolve::Request& request = output.request;
  std::string text = common_ + "format " + std::string(output.writer->name) + "\nprogram " + request.country + "/" +
                     request.audience + "/" + request.track + "/" + output.name.language + "/" +
                     std::to_string(static_cast<int>(request.delivery)) + "\ncurriculum " +
                     shared_digests_[output.curriculum] + "\n";
  // What only some formats read: the fonts, the paper, the scoring, the reference DOCX, the brand.
  const writers::Writer& writer = *output.writer;
  if (UsesFonts(writer)) text += fonts_;
  if (writer.uses_paper) text += paper_;
  if (writer.scores_answers) text += scoring_;
  if (writer.takes_reference_docx) text += reference_docx_;
  if (writer.shows_brand) text += brand_;
  // What Workspace::Check reads for the program (Scope::Program): its country, its language's packs.
  std::vector<std::string> own;
  if (!request.country.empty()) own.push_back("countries/" + request.country + ".xml");
  for (const std::string& tag : translation::PackLanguagesFor(output.name.language, request.country)) {
    own.push_back("translations/" + tag + ".xml");
  }
  for (const std::string& path : own) {
    auto found = hashes.find(path);
    if (found != hashes.end()) text += path + " " + found->second + "\n";
  }
  return Sha256Hex(text);
}

}  // namespace trainkit::cli
