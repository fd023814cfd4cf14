// References from content to audiences, facts, sources and images.
#include <fmt/format.h>

#include "trainkit/render/image_check.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace fs = std::filesystem;
namespace {

constexpr uintmax_t kLargestImageRead = 256u << 20;

}  // namespace

void CheckContentReferences(const IdIndex& index, const Env& env, const fs::path& folder,
                            const std::function<void(const ContentVisitor&)>& visit,
                            Diagnostics& diagnostics) {
  std::vector<std::string> audiences = index.IdsOf(IdKind::kAudience);
  std::vector<std::string> fact_keys;
  for (const auto& [key, definition] : index.facts()) fact_keys.push_back(key);

  ContentVisitor visitor;
  visitor.condition = [&](const model::Condition& condition) {
    for (const model::Refs* refs : {&condition.include, &condition.exclude}) {
      for (const model::Ref& ref : *refs) {
        const IdEntry* entry = index.Find(ref.id);
        if (entry && entry->kind == IdKind::kAudience) continue;
        diagnostics.Report(Code::E103, ref.location,
                           fmt::format("unknown audience '{}'{}", ref.id,
                                       DidYouMean(ref.id, audiences)));
      }
    }
  };
  visitor.fact = [&](const model::FactRef& fact) {
    if (fact.key.id.empty() || index.facts().count(fact.key.id)) return;
    diagnostics.Report(Code::E104, fact.key.location,
                       fmt::format("unknown fact '{}': declare it with <fact-def> in "
                                   "curriculum.xml{}",
                                   fact.key.id, DidYouMean(fact.key.id, fact_keys)));
  };
  visitor.source = [&](const model::Ref& source) { index.Expect(source, IdKind::kSource, diagnostics); };
  visitor.image = [&](const model::Image& image, const SourceLocation&) {
    CheckImage(image, env, folder, diagnostics);
  };
  visit(visitor);
}

void CheckImage(const model::Image& image, const Env& env, const fs::path& folder, Diagnostics& diagnostics) {
  const std::string& src = image.source.id;
  const SourceLocation& at = image.source.location;
  if (src.empty()) return;
  fs::path relative(src);
  bool is_url = src.find("://") != std::string::npos || src.rfind("file:", 0) == 0 ||
                src.rfind("data:", 0) == 0;
  bool escapes = relative.is_absolute() || relative.has_root_name() || relative.has_root_directory() ||
                 relative.lexically_normal().generic_string().rfind("..", 0) == 0;
  if (is_url || escapes) {
    diagnostics.Report(Code::E142, at,
                       fmt::format("image '{}' is outside the curriculum folder; copy it into "
                                   "media/ and give a path relative to the curriculum folder",
                                   src));
    return;
  }
  fs::path path = folder / relative;
  Env::Kind kind = env.KindOf(path);
  if (kind == Env::Kind::kMissing) {
    diagnostics.Report(Code::E140, at, fmt::format("image '{}' not found", src));
    return;
  }
  // A symbolic link may still lead out of the folder.
  fs::path real = env.RealPath(path);
  fs::path root = env.RealPath(folder);
  auto mismatch = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  if (mismatch.first != root.end()) {
    diagnostics.Report(Code::E142, at,
                       fmt::format("image '{}' leads outside the curriculum folder through a "
                                   "symbolic link",
                                   src));
    return;
  }
  if (kind != Env::Kind::kFile) {
    diagnostics.Report(Code::E140, at, fmt::format("image '{}' is not a file", src));
    return;
  }
  std::string bytes;
  // Its first bytes say what it is; how large it may be is the writers' check (image_check.h).
  if (env.ReadFile(path, kLargestImageRead, bytes).reason == Env::ReadError::Reason::kTooLarge) return;
  if (!render::IsPng(bytes) && !render::IsJpeg(bytes)) {
    diagnostics.Report(Code::E141, at,
                       fmt::format("image '{}' is not a PNG or JPEG file (by its content, "
                                   "whatever its name); convert it to PNG",
                                   src));
  }
}

}  // namespace trainkit::validate
