#include "trainkit/render/media_catalog.h"

#include <fmt/format.h>

#include <algorithm>

#include "trainkit/resolve/program_walk.h"

namespace trainkit::render {
namespace {

void ReportLeftOut(const std::string& source, const SourceLocation& at, std::string_view why, MediaUse use,
                   Diagnostics& diagnostics) {
  diagnostics.Report(Code::W181, at,
                     fmt::format("image '{}' is left out of {} ({}); its description is {} instead", source,
                                 use.output, why, use.verb));
}

}  // namespace

template <typename Program>
MediaCatalog MediaCatalog::LoadFrom(const Program& program, const MediaLoader& load, MediaUse use,
                                    Diagnostics& diagnostics) {
  MediaCatalog catalog;
  std::map<std::string, std::string> refused;  // source -> why
  resolve::ContentVisitor visitor;
  visitor.handout_blocks = use.handouts;
  visitor.block = [&](const model::Block& block) {
    const auto* image = std::get_if<model::Image>(&block.value);
    if (!image) return;
    const std::string& source = image->source.id;
    if (catalog.files_.count(source)) return;
    auto why = refused.find(source);
    if (why == refused.end()) {
      std::optional<std::string> bytes = load ? load(source) : std::nullopt;
      Status usable = bytes ? CheckImageBytes(*bytes) : Status::Error("it cannot be read");
      if (usable.ok()) {
        bool png = IsPng(*bytes);
        PixelSize size = ImageSize(*bytes);
        catalog.files_[source] = {std::move(*bytes), size, png, image->source.location};
        catalog.order_.push_back(source);
        return;
      }
      why = refused.emplace(source, usable.message()).first;
    }
    ReportLeftOut(source, image->source.location, why->second, use, diagnostics);
  };
  resolve::Walk(program, visitor);
  return catalog;
}

MediaCatalog MediaCatalog::Load(const resolve::ResolvedProgram& program, const MediaLoader& load, MediaUse use,
                                Diagnostics& diagnostics) {
  return LoadFrom(program, load, use, diagnostics);
}

MediaCatalog MediaCatalog::Load(const resolve::ParticipantProgram& program, const MediaLoader& load, MediaUse use,
                                Diagnostics& diagnostics) {
  return LoadFrom(program, load, use, diagnostics);
}

const MediaFile* MediaCatalog::Find(const std::string& source) const {
  auto file = files_.find(source);
  return file == files_.end() ? nullptr : &file->second;
}

void MediaCatalog::LeaveOut(const std::string& source, std::string_view why, MediaUse use,
                            Diagnostics& diagnostics) {
  auto file = files_.find(source);
  if (file == files_.end()) return;
  ReportLeftOut(source, file->second.first_use, why, use, diagnostics);
  files_.erase(file);
  order_.erase(std::remove(order_.begin(), order_.end(), source), order_.end());
}

}  // namespace trainkit::render
