#include "trainkit/brand_file.h"

#include <fmt/format.h>

#include "trainkit/reader/brand_reader.h"
#include "trainkit/workspace/font_files.h"
#include "trainkit/writers/pdf/podofo_document.h"

namespace trainkit {
namespace fs = std::filesystem;

namespace {

constexpr uintmax_t kLargestBrandFile = 1 << 20;
constexpr uintmax_t kLargestLogo = 16 << 20;  // a logo is a few hundred kilobytes at most

std::string Why(const Env::ReadError& error, uintmax_t limit) {
  if (error.reason != Env::ReadError::Reason::kTooLarge) return error.message;
  return fmt::format("it is larger than {} MiB", limit >> 20);
}

}  // namespace

fs::path BrandFileToUse(const Env& env, const fs::path& given, const fs::path& templates) {
  if (!given.empty()) return given;
  fs::path beside = templates / "brand.json";
  return env.KindOf(beside) == Env::Kind::kFile ? beside : fs::path();
}

Status ReadBrandFile(const Env& env, const fs::path& path, const fs::path& templates, Diagnostics& diagnostics,
                     std::shared_ptr<const model::Brand>& brand) {
  std::string contents;
  if (Env::ReadError error = env.ReadFile(path, kLargestBrandFile, contents)) {
    return Status::Error(fmt::format("cannot read the brand file {}: {}", path.string(), Why(error, kLargestBrandFile)));
  }
  const fs::path folder = path.parent_path();
  reader::BrandFiles files;
  files.read = [&](const std::string& name, std::string& why) -> std::optional<std::string> {
    std::string bytes;
    fs::path file = folder / name;
    if (Env::ReadError error = env.ReadFile(file, kLargestLogo, bytes)) {
      why = fmt::format("{} (looked for {})", Why(error, kLargestLogo), file.string());
      return std::nullopt;
    }
    return bytes;
  };
  files.find_font = [&](const std::string& name) -> std::optional<std::string> {
    if (env.KindOf(folder / name) == Env::Kind::kFile) return (folder / name).string();
    if (auto found = FindFontFile(templates, name)) return found->path.string();
    return std::nullopt;
  };
  // What the PDFs will embed, tried once here, so that no output of the command fails over it.
  files.font_problem = [](const std::string& font) {
    writers::pdf::PodofoDocument document;
    Status loaded = document.LoadFont(writers::pdf::Face::kRegular, font);
    return loaded.ok() ? std::string() : loaded.message();
  };
  files.image_problem = [](const std::string& bytes) {
    writers::pdf::PodofoDocument document;
    double aspect = 1;
    Status added = document.AddImage("logo", bytes, aspect);
    return added.ok() ? std::string() : added.message();
  };
  auto read = reader::ReadBrand(std::make_shared<SourceFile>(path.string(), std::move(contents)), files, diagnostics);
  if (read) brand = std::make_shared<const model::Brand>(std::move(*read));
  return Status::Ok();
}

}  // namespace trainkit
