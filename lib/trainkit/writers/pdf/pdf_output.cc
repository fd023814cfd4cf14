#include "trainkit/writers/pdf/pdf_output.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <set>
#include <utility>
#include <vector>

#include "trainkit/base/overloaded.h"
#include "trainkit/base/utf8.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/writers/pdf/print_layout.h"

namespace trainkit::writers::pdf {
namespace {

// Reports the characters no face can show, once each, with the text they are in.
bool CheckGlyphs(const Flow& flow, const PodofoDocument& document, const std::string& name, Diagnostics& diagnostics) {
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
                       fmt::format("{}'s fonts have no glyph for {} in \"{}\"; they would print as gaps: "
                                   "choose fonts that have them (the style's 'fonts')",
                                   name, missing, text.size() > 80 ? text.substr(0, 80) + "…" : text));
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

// The brand's colours over the style's: the same names, so the style's reader checks them.
Status ApplyBrandColors(const model::Brand& brand, Style& style) {
  nlohmann::json colors = nlohmann::json::object();
  for (const auto& [name, value] : brand.colors) colors[name] = value;
  return ParseStyle(colors.dump(), style, brand.file);
}

}  // namespace

Status SetUpPdf(const WriterContext& context, render::MediaCatalog& media, const render::MediaUse& use,
                Diagnostics& diagnostics, PdfOutput& pdf) {
  pdf.name = std::string(use.output);
  auto style_file = context.templates.find("pdf/style.json");
  if (style_file == context.templates.end()) return Status::Error("template: pdf/style.json is needed");
  // Messages name the file the user can open.
  std::string path = context.template_folder.empty() ? "pdf/style.json" : context.template_folder + "/pdf/style.json";
  Status status = ParseStyle(style_file->second, pdf.style, path);
  if (status.ok() && !context.paper.empty()) status = SetPaper(context.paper, pdf.style);
  pdf.brand = context.brand.get();
  if (status.ok() && pdf.brand) status = ApplyBrandColors(*pdf.brand, pdf.style);
  if (!status.ok()) return status;
  pdf.booklet = context.print.booklet;
  if (context.print.booklet) SetBookletPaper(pdf.style);
  if (context.print.grayscale) SetGrayscale(pdf.style);
  status = UiStrings::Load(context, pdf.strings, diagnostics);
  if (!status.ok()) return status;

  std::array<std::string, 4> fonts;
  if (pdf.brand && !pdf.brand->font_files[0].empty()) {
    fonts = pdf.brand->font_files;  // found when the brand was read
  } else {
    for (size_t i = 0; i < 4; ++i) {
      if (!context.find_font) return Status::Error(fmt::format("template: font '{}' not found", pdf.style.fonts[i]));
      status = context.find_font(pdf.style.fonts[i], fonts[i]);
      if (!status.ok()) return status;
    }
  }
  status = pdf.document.LoadFonts(fonts);
  if (!status.ok()) return status;
  if (pdf.brand && pdf.brand->logo) {
    double aspect = 1;
    status = pdf.document.AddImage(kBrandLogo, pdf.brand->logo->bytes, aspect);
    if (!status.ok()) {
      return Status::Error(fmt::format("{}: the logo '{}' cannot go into a PDF: {}", pdf.brand->file,
                                       pdf.brand->logo->file, status.message()));
    }
    pdf.image_aspects[kBrandLogo] = aspect;
  }

  std::vector<std::pair<std::string, std::string>> refused;  // source, why
  for (const std::string& source : media.sources()) {
    double aspect = 1;
    Status added = pdf.document.AddImage(source, media.Find(source)->bytes, aspect);
    if (added.ok()) {
      pdf.image_aspects[source] = aspect;
    } else {
      refused.emplace_back(source, added.message());
    }
  }
  for (const auto& [source, why] : refused) media.LeaveOut(source, why, use, diagnostics);
  return Status::Ok();
}

void LayOutPdf(const Flow& flow, const LayoutOptions& options, Diagnostics& diagnostics, PdfOutput& pdf) {
  if (!CheckGlyphs(flow, pdf.document, pdf.name, diagnostics)) return;
  pdf.layout = Layout(flow, pdf.style, pdf.document, options);
  if (pdf.booklet) pdf.layout.pages = ImposeBooklet(pdf.layout.pages);
  pdf.complete = true;
}

std::function<std::string(int, int)> PageOfFooter(const UiStrings& strings) {
  return [&strings](int page, int pages) {
    return strings.Format("page_of", {{"page", std::to_string(page)}, {"pages", std::to_string(pages)}});
  };
}

DocumentInfo ProgramInfo(const resolve::ProgramDescription& program, const Date& date, const model::Brand* brand) {
  DocumentInfo info;
  info.title = render::PlainText(program.title);
  for (const auto& author : program.authors) info.author += (info.author.empty() ? "" : ", ") + author;
  if (brand) info.author = brand->name;
  info.keywords = fmt::format("{}, {}, {}, {}, {}", program.curriculum_id, program.country.empty() ? "intl" : program.country,
                              program.audience, program.track, program.language);
  info.language = program.language;
  info.date = date;
  return info;
}

Status WritePdf(PdfOutput& pdf, OutputSink& out) {
  if (!pdf.complete) return Status::Ok();
  std::string bytes;
  Status status = pdf.document.Write(pdf.layout.pages, pdf.info, bytes);
  if (!status.ok()) return status;
  out.Write(std::move(bytes));
  out.SetPageCount(static_cast<int>(pdf.layout.pages.pages.size()));
  return status;
}

Status WriteLayout(const PdfOutput& pdf, OutputSink& out) {
  if (!pdf.complete) return Status::Ok();
  out.Write(DumpPageList(pdf.layout.pages));
  out.SetPageCount(static_cast<int>(pdf.layout.pages.pages.size()));
  return Status::Ok();
}

}  // namespace trainkit::writers::pdf
