#include "trainkit/resolve/image_variants.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "trainkit/base/language_tag.h"
#include "trainkit/resolve/program_walk.h"

namespace trainkit::resolve {

std::optional<std::string> ImageVariant(const std::filesystem::path& folder, const std::string& source,
                                        const std::string& language) {
  std::filesystem::path path(source);
  std::string base = SplitRegion(language).language;
  for (const std::string& tag : {language, base}) {
    std::filesystem::path variant = path.parent_path() / (path.stem().string() + "." + tag + path.extension().string());
    std::error_code error;
    // Inside the curriculum folder once links are followed, as the image it stands for must be.
    std::filesystem::path real = std::filesystem::canonical(folder / variant, error);
    std::filesystem::path root = std::filesystem::canonical(folder, error);
    auto inside = std::mismatch(root.begin(), root.end(), real.begin(), real.end()).first == root.end();
    if (!error && inside && std::filesystem::is_regular_file(real, error)) return variant.generic_string();
    if (tag == base) break;
  }
  return std::nullopt;
}

void UseImageVariants(ResolvedProgram& program, const std::filesystem::path& folder, Diagnostics& diagnostics) {
  if (program.language == program.source_language) return;
  std::set<std::string> reported;  // one warning per image, though a program may show it twice
  ContentEditor editor;
  editor.block = [&](model::Block& block) {
    auto* image = std::get_if<model::Image>(&block.value);
    if (!image) return;
    if (auto variant = ImageVariant(folder, image->source.id, program.language)) {
      image->source.id = *variant;
    } else if (image->has_text && reported.insert(image->source.id).second) {
      std::filesystem::path path(image->source.id);
      diagnostics.Report(Code::W176, block.location,
                         fmt::format("image '{}' has words in it (has-text=\"true\") and no {} variant, so the {} "
                                     "program shows its {} words; add {}",
                                     image->source.id, program.language, program.language, program.source_language,
                                     (path.parent_path() / (path.stem().string() + "." + program.language +
                                                            path.extension().string()))
                                         .generic_string()));
    }
  };
  Walk(program, editor);
}

}  // namespace trainkit::resolve
