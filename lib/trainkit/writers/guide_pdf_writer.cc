#include "trainkit/writers/guide_pdf_writer.h"

#include <fmt/format.h>

#include <set>

#include "trainkit/base/overloaded.h"
#include "trainkit/base/utf8.h"
#include "trainkit/render/media_catalog.h"
#include "trainkit/writers/pdf/guide_content.h"
#include "trainkit/writers/pdf/podofo_document.h"
#include "trainkit/writers/ui_strings.h"
#include "trainkit/render/plain_text.h"

namespace trainkit::writers {
namespace {

using namespace pdf;

// Reports the characters no face can show, once each, with the text they are in.
bool CheckGlyphs(const Flow& flow, const PodofoDocument& document, Diagnostics& diagnostics) {
  std::set<char32_t> reported;
  auto check = [&](const std::string& text, Face face) {
    std::string missing;
    for (size_t i = 0; i < text.size();) {
      size_t start = i;
      char32_t cp = NextCodePoint(text, i);
      if (cp > 0x20 && !document.HasGlyph(face, cp) && reported.insert(cp).second) {
        missing += fmt::format("{}'{}' (U+{:04X})", missing.empty() ? "" : ", ", text.substr(start, i - start),
                               static_cast<unsigned>(cp));
      }
    }
    if (missing.empty()) return;
    diagnostics.Report(Code::E180, {},
                       fmt::format("the guide's fonts have no glyph for {} in \"{}\"; they would print as gaps: "
                                   "choose fonts that have them (the style's 'fonts')",
                                   missing, text.size() > 80 ? text.substr(0, 80) + "…" : text));
  };
  auto spans = [&](const Spans& list) {
    for (const auto& span : list) check(span.text, span.face);
  };
  for (const auto& block : flow) {
    std::visit(Overloaded{
                   [&](const Heading& h) { spans(h.spans); },
                   [&](const Paragraph& p) {
                     spans(p.spans);
                     check(p.marker, Face::kRegular);
                     check(p.right, Face::kRegular);
                   },
                   [&](const Table& t) {
                     for (const auto& cell : t.header) spans(cell.spans);
                     for (const auto& row : t.rows) {
                       for (const auto& cell : row) spans(cell.spans);
                     }
                   },
                   [&](const Image& m) { spans(m.caption); },
                   [](const auto&) {},
               },
               block);
  }
  return reported.empty();
}

// A guide ready to paint: fonts and images loaded, pages laid out.
struct LaidOutGuide {
  PodofoDocument document;
  LayoutResult layout;
  DocumentInfo info;
  bool complete = false;  // false when a diagnostic (E180) means nothing may be written
};

// Everything but the painting.
Status LayOutGuide(const resolve::ResolvedProgram& program, const WriterContext& context, Diagnostics& diagnostics,
                   LaidOutGuide& guide) {
  PodofoDocument& document = guide.document;
  LayoutResult& layout = guide.layout;
  DocumentInfo& info = guide.info;
  Style style;
  auto style_file = context.templates.find("pdf/style.json");
  if (style_file == context.templates.end()) return Status::Error("template: pdf/style.json is needed");
  // Messages name the file the user can open.
  std::string path = context.template_folder.empty() ? "pdf/style.json" : context.template_folder + "/pdf/style.json";
  Status status = ParseStyle(style_file->second, style, path);
  if (status.ok() && !context.paper.empty()) status = SetPaper(context.paper, style);
  if (!status.ok()) return status;
  UiStrings strings;
  status = UiStrings::Load(context, strings, diagnostics);
  if (!status.ok()) return status;

  std::array<std::string, 4> fonts;
  for (size_t i = 0; i < 4; ++i) {
    if (!context.find_font) return Status::Error(fmt::format("template: font '{}' not found", style.fonts[i]));
    status = context.find_font(style.fonts[i], fonts[i]);
    if (!status.ok()) return status;
  }
  status = document.LoadFonts(fonts);
  if (!status.ok()) return status;

  GuideInput input{program, strings, {}};
  const render::MediaUse use{"the guide", "printed", false};
  auto media = render::MediaCatalog::Load(program, context.load_media, use, diagnostics);
  std::vector<std::pair<std::string, std::string>> refused;  // source, why
  for (const std::string& source : media.sources()) {
    double aspect = 1;
    Status added = document.AddImage(source, media.Find(source)->bytes, aspect);
    if (added.ok()) {
      input.image_aspects[source] = aspect;
    } else {
      refused.emplace_back(source, added.message());
    }
  }
  for (const auto& [source, why] : refused) media.LeaveOut(source, why, use, diagnostics);

  LayoutOptions options;
  options.header = GuideHeader(program, strings);
  options.footer = [&](int page, int pages) {
    return strings.Format("page_of", {{"page", std::to_string(page)}, {"pages", std::to_string(pages)}});
  };
  Flow flow = BuildGuide(input);
  if (!CheckGlyphs(flow, document, diagnostics)) return Status::Ok();
  layout = Layout(flow, style, document, options);

  info.title = render::PlainText(program.title);
  for (const auto& author : program.authors) info.author += (info.author.empty() ? "" : ", ") + author;
  info.subject = strings.Get("facilitator_guide");
  for (const std::string& part : options.header) info.subject += " · " + part;
  info.subject += " · " + render::PlainText(program.track_title);
  info.keywords = fmt::format("{}, {}, {}, {}, {}", program.curriculum_id, program.country.empty() ? "intl" : program.country,
                              program.audience, program.track, program.language);
  info.language = program.language;
  info.date = context.timestamp;
  guide.complete = true;
  return Status::Ok();
}

}  // namespace

Status WriteGuidePdf(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                     Diagnostics& diagnostics) {
  LaidOutGuide guide;
  Status status = LayOutGuide(program, context, diagnostics, guide);
  if (!status.ok() || !guide.complete) return status;
  std::string pdf;
  status = guide.document.Write(guide.layout.pages, guide.info, pdf);
  if (status.ok()) out.Write(std::move(pdf));
  return status;
}

Status WriteGuideLayout(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics) {
  LaidOutGuide guide;
  Status status = LayOutGuide(program, context, diagnostics, guide);
  if (status.ok() && guide.complete) out.Write(DumpPageList(guide.layout.pages));
  return status;
}

}  // namespace trainkit::writers
