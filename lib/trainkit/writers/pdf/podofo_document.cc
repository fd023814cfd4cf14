#include "trainkit/writers/pdf/podofo_document.h"

#include <fmt/format.h>
#include <podofo/podofo.h>
#include <libdeflate.h>

#include "trainkit/base/overloaded.h"
#include "trainkit/base/utf8.h"
#include "trainkit/render/image_check.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <vector>

namespace trainkit::writers::pdf {

using namespace PoDoFo;

namespace {

PdfString Utf8(const std::string& text) { return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str())); }

std::string ErrorText(const PdfError& error) {
  const char* name = PdfError::ErrorName(error.GetError());
  return fmt::format("PDF error: {}", name ? name : "unknown");
}

uint32_t BigEndian32(const std::string& bytes, size_t at) {
  auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])); };
  return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

// An opaque PNG, not interlaced, goes into the PDF as it is: its compressed rows are valid PDF
// image data with the PNG predictor, so nothing is decoded or compressed again. That is gray or
// RGB at 8 bits, or a palette of RGB colours (the shipped diagrams: 256 colours), as an indexed
// colour space. Returns false for any other PNG (transparency, 16 bits, interlacing), which
// PoDoFo then decodes. Expects checked bytes.
bool EmbedPngAsIs(const std::string& png, PdfImage& image) {
  uint32_t width = BigEndian32(png, 16), height = BigEndian32(png, 20);
  auto depth = static_cast<unsigned char>(png[24]), color = static_cast<unsigned char>(png[25]);
  auto interlace = static_cast<unsigned char>(png[28]);
  const bool palette = color == 3 && depth == 8;
  if (interlace != 0 || !(palette || (depth == 8 && (color == 0 || color == 2)))) return false;
  std::string data, colours;
  for (size_t at = 8; at + 12 <= png.size();) {
    uint32_t length = BigEndian32(png, at);
    if (png.compare(at + 4, 4, "tRNS") == 0) return false;
    if (png.compare(at + 4, 4, "PLTE") == 0) {
      if (!palette) return false;  // a suggested palette for a true-colour image: PoDoFo's to judge
      colours.assign(png, at + 8, length);
    }
    if (png.compare(at + 4, 4, "IDAT") == 0) data.append(png, at + 8, length);
    at += 12 + length;
  }
  if (palette && (colours.empty() || colours.size() % 3 != 0 || colours.size() > 3 * 256)) return false;
  int colors = color == 2 ? 3 : 1;
  if (!palette) image.SetImageColorSpace(color == 2 ? ePdfColorSpace_DeviceRGB : ePdfColorSpace_DeviceGray);
  PdfDictionary& dictionary = image.GetObject()->GetDictionary();
  dictionary.AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
  PdfDictionary parameters;
  parameters.AddKey(PdfName("Predictor"), static_cast<pdf_int64>(15));
  parameters.AddKey(PdfName("Colors"), static_cast<pdf_int64>(colors));
  parameters.AddKey(PdfName("BitsPerComponent"), static_cast<pdf_int64>(8));
  parameters.AddKey(PdfName("Columns"), static_cast<pdf_int64>(width));
  dictionary.AddKey(PdfName("DecodeParms"), parameters);
  PdfMemoryInputStream stream(data.data(), static_cast<pdf_long>(data.size()));
  image.SetImageDataRaw(width, height, 8, &stream);
  if (palette) {
    PdfArray indexed;
    indexed.push_back(PdfName("Indexed"));
    indexed.push_back(PdfName("DeviceRGB"));
    indexed.push_back(static_cast<pdf_int64>(colours.size() / 3 - 1));
    indexed.push_back(PdfString(colours.data(), static_cast<pdf_long>(colours.size()), true));
    dictionary.AddKey(PdfName("ColorSpace"), indexed);
  }
  return true;
}

// A PDF's streams are deflated here, by libdeflate at its level 1, and not by PoDoFo, which
// deflates with zlib at its default level 6: libdeflate deflates a page's operators and a font
// subset about twice as fast as zlib's level 1 and a tenth smaller (the UA one-day guide's 87
// streams: 452 KB in about 13 ms, against zlib's 493 KB in 20). ISA-L's igzip, three times as
// fast again, was given up: one process in about three hundred chose another code path and
// wrote other (valid) bytes for the same stream, and outputs must be the same every time.
// PoDoFo still deflates, with zlib at its level, the few streams it always filters itself: an
// image it had to decode (a PNG with transparency) and a font's CIDSet. One deflater serves a
// document, with its buffer.
class Deflater {
 public:
  Deflater() : compressor_(libdeflate_alloc_compressor(1), &libdeflate_free_compressor) {
    if (!compressor_) PODOFO_RAISE_ERROR_INFO(ePdfError_OutOfMemory, "cannot set up deflating");
  }

  // Deflates `data` into `object`'s stream, marked /FlateDecode (a zlib stream, RFC 1950).
  void Into(PdfObject& object, const char* data, size_t length) {
    buffer_.resize(libdeflate_zlib_compress_bound(compressor_.get(), length));
    size_t deflated_length = libdeflate_zlib_compress(compressor_.get(), data, length, buffer_.data(), buffer_.size());
    if (deflated_length == 0) PODOFO_RAISE_ERROR_INFO(ePdfError_Flate, "cannot deflate a stream");
    object.GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
    PdfMemoryInputStream deflated(buffer_.data(), static_cast<pdf_long>(deflated_length));
    object.GetStream()->SetRawData(&deflated, static_cast<pdf_long>(deflated_length));
  }

 private:
  std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor_;
  std::string buffer_;
};

// Deflates the streams PoDoFo made and left as they were (see PodofoDocument()): the font
// subsets and their maps back to Unicode.
void DeflateUnfilteredStreams(PdfMemDocument& document, Deflater& deflater) {
  for (PdfObject* object : document.GetObjects()) {
    if (!object->HasStream() || object->GetDictionary().HasKey(PdfName::KeyFilter)) continue;
    char* data = nullptr;
    pdf_long length = 0;
    object->GetStream()->GetCopy(&data, &length);
    std::unique_ptr<char, decltype(&podofo_free)> owned(data, &podofo_free);
    deflater.Into(*object, data, static_cast<size_t>(length));
  }
}

// `value` with `decimals` (at most 3) digits after the point, rounded half away from zero,
// without the general float formatting in which a guide's tens of thousands of numbers spent
// about a twelfth of its time. Coordinates on a page are far from the limits of a 64-bit
// integer; what is not a number at all is written as 0, which a reader can still draw.
void AppendFixed(std::string& out, double value, int decimals) {
  static constexpr int64_t kScale[] = {1, 10, 100, 1000};
  if (!std::isfinite(value)) value = 0;
  int64_t scaled = std::llround(std::fabs(value) * static_cast<double>(kScale[decimals]));
  if (value < 0 && scaled != 0) out += '-';
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, scaled / kScale[decimals]).ptr;
  out.append(digits, end);
  if (decimals == 0) return;
  out += '.';
  int64_t fraction = scaled % kScale[decimals];
  for (int64_t unit = kScale[decimals] / 10; unit > 0; unit /= 10) out += static_cast<char>('0' + fraction / unit % 10);
}

// Numbers separated by spaces, each with `decimals` digits after the point.
void AppendNumbers(std::string& out, std::initializer_list<double> values, int decimals) {
  for (double value : values) {
    AppendFixed(out, value, decimals);
    out += ' ';
  }
}

// `utf8` as a PDF text string: UTF-16BE with its byte order mark, in hex (PDF 1.7, 7.9.2.2).
void AppendTextString(std::string& out, const std::string& utf8) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  auto unit = [&](unsigned value) {
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
  };
  out += "<FEFF";
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = NextCodePoint(utf8, i);
    if (cp >= 0x10000) {
      unit(0xD800 + ((cp - 0x10000) >> 10));
      unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      unit(cp);
    }
  }
  out += '>';
}

// A page's content stream, written here rather than through PoDoFo's painter: its DrawText
// converted and looked up every glyph and registered the font on every call, every number
// went through a C++ stream, and its stream was deflated as it was appended to. Here each item
// is one run of operators, colours are set only when they change, and the page is deflated
// once.
class PageContent {
 public:
  explicit PageContent(PdfPage& page) : page_(page) {}

  // `glyphs`: a PDF string of the text's glyph ids (PodofoDocument::Impl::AppendGlyphs).
  // `language`: where it is not the document's, the text is marked content with its /Lang,
  // so a screen reader reads it in its own language (PDF 1.7, 14.9.2).
  template <typename AppendGlyphs>
  void Text(PdfFont* font, double size, double x, double y, const Color& color, AppendGlyphs&& glyphs,
            const std::string& language) {
    AddResource("Font", font->GetIdentifier(), font->GetObject()->Reference());
    Fill(color);
    if (!language.empty()) fmt::format_to(std::back_inserter(operators_), "/Span <</Lang ({})>> BDC\n", language);
    operators_ += "BT\n/";
    operators_ += font->GetIdentifier().GetName();
    operators_ += ' ';
    AppendNumbers(operators_, {size}, 2);
    operators_ += "Tf\n";
    AppendNumbers(operators_, {x, y}, 3);
    operators_ += "Td\n";
    glyphs(operators_);
    operators_ += " Tj\nET\n";
    if (!language.empty()) operators_ += "EMC\n";
  }
  void Box(double x, double y, double width, double height, const Color& color) {
    Fill(color);
    AppendNumbers(operators_, {x, y, width, height}, 3);
    operators_ += "re f\n";
  }
  void Rule(double x1, double y1, double x2, double y2, double width, const Color& color) {
    if (!stroke_ || !(*stroke_ == color) || stroke_width_ != width) {
      AppendNumbers(operators_, {color.r, color.g, color.b}, 3);
      operators_ += "RG ";
      AppendNumbers(operators_, {width}, 2);
      operators_ += "w\n";
      stroke_ = color;
      stroke_width_ = width;
    }
    AppendNumbers(operators_, {x1, y1}, 3);
    operators_ += "m ";
    AppendNumbers(operators_, {x2, y2}, 3);
    operators_ += "l S\n";
  }
  // The image scaled into the box whose lower left corner is (x, y). `alt`, what it shows, is
  // the /Alt of the marked content around it, for screen readers (PDF 1.7, 14.9.3).
  void Image(PdfImage& image, double x, double y, double width, double height, const std::string& alt) {
    AddResource("XObject", image.GetIdentifier(), image.GetObject()->Reference());
    if (!alt.empty()) {
      operators_ += "/Span <</Alt ";
      AppendTextString(operators_, alt);
      operators_ += ">> BDC\n";
    }
    operators_ += "q\n";
    AppendNumbers(operators_, {width, 0, 0, height, x, y}, 3);
    operators_ += "cm\n/";
    operators_ += image.GetIdentifier().GetName();
    operators_ += " Do\nQ\n";
    if (!alt.empty()) operators_ += "EMC\n";
  }

  // Deflates the operators into the page's content stream.
  void Finish(Deflater& deflater) { deflater.Into(*page_.GetContentsForAppending(), operators_.data(), operators_.size()); }

 private:
  void Fill(const Color& color) {
    if (fill_ && *fill_ == color) return;
    AppendNumbers(operators_, {color.r, color.g, color.b}, 3);
    operators_ += "rg\n";
    fill_ = color;
  }
  void AddResource(const char* kind, const PdfName& name, const PdfReference& reference) {
    if (!registered_.insert(name.GetName()).second) return;
    PdfDictionary& resources = page_.GetResources()->GetDictionary();
    if (!resources.HasKey(kind)) resources.AddKey(kind, PdfDictionary());
    resources.GetKey(kind)->GetDictionary().AddKey(name, reference);
  }

  PdfPage& page_;
  std::string operators_;
  std::set<std::string> registered_;
  std::optional<Color> fill_, stroke_;
  double stroke_width_ = -1;
};

std::string PdfDateText(const Date& date) { return fmt::format("D:{:04}{:02}{:02}000000Z", date.year, date.month, date.day); }

}  // namespace

struct PodofoDocument::Impl {
  PdfMemDocument document;
  std::array<PdfFont*, 4> fonts{};
  // Advance widths at size 1 by face and character (the Basic Multilingual Plane; negative
  // until measured). PoDoFo adds no kerning, so a text is as wide as its characters together,
  // and FreeType is asked once per character instead of once per word.
  std::array<std::vector<double>, 4> advances;
  // Whether each face has a glyph for a character: 1 yes, 0 no, -1 not asked yet.
  std::array<std::vector<signed char>, 4> glyphs;
  // Glyph ids by face and character (-1: not looked up), and the characters each face printed,
  // which its subset must hold.
  std::array<std::vector<int>, 4> glyph_ids;
  std::array<std::vector<bool>, 4> used;  // by character

  // The text as a PDF string of Identity-H glyph ids, two bytes each, appended to `out`,
  // noting its characters as used. A literal string, not hex: half the bytes to deflate. Within
  // one, a parenthesis or backslash is escaped, and so is a carriage return, which a reader
  // would take for the end of a line and read as a line feed (PDF 1.7, 7.3.4.2).
  void AppendGlyphs(Face face, const std::string& utf8, std::string& out) {
    auto& ids = glyph_ids[static_cast<size_t>(face)];
    auto& printed = used[static_cast<size_t>(face)];
    if (ids.empty()) ids.assign(0x10000, -1);
    if (printed.empty()) printed.assign(0x10000, false);
    auto append = [&out](int byte) {
      if (byte == '(' || byte == ')' || byte == '\\') {
        out += '\\';
      } else if (byte == '\r') {
        out += "\\r";
        return;
      }
      out += static_cast<char>(byte);
    };
    out += '(';
    for (size_t i = 0; i < utf8.size();) {
      char32_t cp = NextCodePoint(utf8, i);
      if (cp > 0xFFFF) continue;  // outside the fonts; the glyph check has reported it
      int& id = ids[cp];
      if (id < 0) id = static_cast<int>(fonts[static_cast<size_t>(face)]->GetFontMetrics()->GetGlyphId(static_cast<long>(cp)));
      append((id >> 8) & 0xFF);
      append(id & 0xFF);
      printed[cp] = true;
    }
    out += ')';
  }
  Deflater deflater;
  std::map<std::string, std::unique_ptr<PdfImage>> images;
};

// PoDoFo stamps each new document and annotation with the time through localtime(), which
// shares one buffer between threads, and keeps its logging switches in globals; `trainkit
// build` makes guides on several threads. Those calls take this lock. (The time stamps are
// replaced by the pinned date anyway.)
namespace {
std::mutex& PodofoGlobals() {
  static std::mutex lock;
  return lock;
}
}  // namespace

PodofoDocument::PodofoDocument() {
  std::lock_guard<std::mutex> lock(PodofoGlobals());
  // PoDoFo would print its own messages; ours say the same with the file's name.
  PdfError::EnableLogging(false);
  PdfError::EnableDebug(false);
  // Streams PoDoFo makes are left as they are, and deflated by DeflateUnfilteredStreams. Set
  // once: other threads read it as they write their guides. It is PoDoFo's global: any other
  // use of PoDoFo in trainkit must construct a PodofoDocument first, or find streams bare.
  static std::once_flag unfiltered;
  std::call_once(unfiltered, [] { PdfStream::eDefaultFilter = ePdfFilter_None; });
  impl_ = std::make_unique<Impl>();
  impl_->document.SetPdfVersion(ePdfVersion_1_7);
}

PodofoDocument::~PodofoDocument() = default;

Status PodofoDocument::LoadFonts(const std::array<std::string, 4>& paths) {
  for (size_t i = 0; i < 4; ++i) {
    Status loaded = LoadFont(static_cast<Face>(i), paths[i]);
    if (!loaded.ok()) return loaded;
  }
  return Status::Ok();
}

Status PodofoDocument::LoadFont(Face face, const std::string& path) {
  const char* names[] = {"TrainkitRegular", "TrainkitBold", "TrainkitItalic", "TrainkitBoldItalic"};
  const auto i = static_cast<size_t>(face);
  try {
    bool bold = i == 1 || i == 3, italic = i == 2 || i == 3;
    // Identity encoding: WinAnsi would silently drop Cyrillic and ș ț ă. The font owns the
    // encoding once it exists; when PoDoFo cannot load the file, the encoding is ours to free.
    auto encoding = std::make_unique<PdfIdentityEncoding>(0, 0xffff, true);
    impl_->fonts[i] = impl_->document.CreateFontSubset(names[i], bold, italic, false, encoding.get(), path.c_str());
    if (impl_->fonts[i]) encoding.release();
  } catch (const PdfError& error) {
    return Status::Error(fmt::format("cannot load font {}: {}", path, ErrorText(error)));
  }
  if (!impl_->fonts[i]) return Status::Error(fmt::format("cannot load font {}", path));
  return Status::Ok();
}

bool PodofoDocument::HasGlyph(Face face, char32_t code_point) const {
  if (code_point > 0xFFFF) return false;  // the fonts are read for the Basic Multilingual Plane
  auto& known = impl_->glyphs[static_cast<size_t>(face)];
  if (known.empty()) known.assign(0x10000, -1);
  signed char& has = known[code_point];
  if (has < 0) {
    has = impl_->fonts[static_cast<size_t>(face)]->GetFontMetrics()->GetGlyphId(static_cast<long>(code_point)) != 0;
  }
  return has == 1;
}

double PodofoDocument::Width(std::string_view utf8, Face face, double size) const {
  auto& advances = impl_->advances[static_cast<size_t>(face)];
  if (advances.empty()) advances.assign(0x10000, -1);
  PdfFont* font = impl_->fonts[static_cast<size_t>(face)];
  double width = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = NextCodePoint(utf8, i);
    if (cp > 0xFFFF) continue;  // outside the fonts; the glyph check has reported it
    double& advance = advances[cp];
    if (advance < 0) {
      font->SetFontSize(1);
      advance = font->GetFontMetrics()->UnicodeCharWidth(static_cast<unsigned short>(cp));
    }
    width += advance;
  }
  return width * size;
}

Status PodofoDocument::AddImage(const std::string& source, const std::string& bytes, double& aspect) {
  auto image = std::make_unique<PdfImage>(&impl_->document);
  try {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    bool png = bytes.size() > 8 && render::IsPng(bytes);
    if (png) {
      if (!EmbedPngAsIs(bytes, *image)) image->LoadFromPngData(data, static_cast<pdf_long>(bytes.size()));
    } else {
      image->LoadFromJpegData(data, static_cast<pdf_long>(bytes.size()));
    }
  } catch (const PdfError& error) {
    return Status::Error(ErrorText(error));
  }
  if (image->GetWidth() <= 0 || image->GetHeight() <= 0) return Status::Error("the image has no size");
  aspect = image->GetHeight() / image->GetWidth();
  impl_->images[source] = std::move(image);
  return Status::Ok();
}

Status PodofoDocument::Write(const PageList& pages, const DocumentInfo& info, std::string& out) {
  PdfMemDocument& doc = impl_->document;
  try {
    // The pages are made here and put into the page tree in one step: PoDoFo's CreatePage()
    // and GetPage() walk the whole tree each time, which is quadratic in the guide's length.
    // The PdfPage objects (and the annotations they own) live until the document is written.
    std::vector<std::unique_ptr<PdfPage>> pdf_pages;
    std::vector<PdfObject*> page_objects;
    for (size_t index = 0; index < pages.pages.size(); ++index) {
      pdf_pages.push_back(std::make_unique<PdfPage>(PdfRect(0, 0, pages.width, pages.height), &doc));
      page_objects.push_back(pdf_pages.back()->GetObject());
    }
    if (!page_objects.empty()) {
      doc.GetPagesTree()->InsertPages(ePdfPageInsertionPoint_InsertBeforeFirstPage, page_objects);
    }
    for (size_t index = 0; index < pages.pages.size(); ++index) {
      const Page& page = pages.pages[index];
      PageContent content(*pdf_pages[index]);
      for (const PageItem& item : page.items) {
        std::visit(Overloaded{
                       [&](const TextItem& t) {
                         content.Text(impl_->fonts[static_cast<size_t>(t.face)], t.size, t.x, t.y, t.color,
                                      [&](std::string& operators) { impl_->AppendGlyphs(t.face, t.text, operators); },
                                      t.language);
                       },
                       [&](const RuleItem& r) { content.Rule(r.x1, r.y1, r.x2, r.y2, r.width, r.color); },
                       [&](const BoxItem& b) { content.Box(b.x, b.y, b.width, b.height, b.fill); },
                       [&](const ImageItem& m) {
                         auto image = impl_->images.find(m.source);
                         if (image != impl_->images.end()) content.Image(*image->second, m.x, m.y, m.width, m.height, m.alt);
                       },
                       [&](const LinkItem&) {},
                   },
                   item);
      }
      content.Finish(impl_->deflater);
    }
    for (size_t i = 0; i < pages.pages.size(); ++i) {
      for (const PageItem& item : pages.pages[i].items) {
        const auto* link = std::get_if<LinkItem>(&item);
        if (!link || (link->uri.empty() && link->target_page < 0)) continue;
        PdfPage* page = pdf_pages[i].get();
        PdfAnnotation* annotation = nullptr;
        {
          std::lock_guard<std::mutex> lock(PodofoGlobals());
          annotation = page->CreateAnnotation(ePdfAnnotation_Link, PdfRect(link->x, link->y, link->width, link->height));
        }
        annotation->SetBorderStyle(0, 0, 0);
        // PoDoFo stamps annotations with the current time; the pinned date keeps output reproducible.
        annotation->GetObject()->GetDictionary().AddKey(PdfName("M"), PdfString(PdfDateText(info.date)));
        if (!link->uri.empty()) {
          PdfAction action(ePdfAction_URI, &doc);
          action.SetURI(PdfString(link->uri));
          annotation->SetAction(action);
        } else {
          annotation->SetDestination(
              PdfDestination(pdf_pages[static_cast<size_t>(link->target_page)].get(), 0, link->target_y + 14, 0));
        }
      }
    }
    // Each subset holds the glyphs its face printed, and maps them back to text for search and copy.
    for (size_t face = 0; face < 4; ++face) {
      std::string text;
      for (char32_t cp = 0; cp < impl_->used[face].size(); ++cp) {
        if (impl_->used[face][cp]) AppendUtf8(text, cp);
      }
      if (text.empty()) continue;
      PdfString characters = Utf8(text);
      impl_->fonts[face]->AddUsedSubsettingGlyphs(characters, static_cast<long>(characters.GetCharacterLength()));
    }
    if (!pages.outline.empty()) {
      PdfOutlineItem* root = doc.GetOutlines()->CreateRoot(Utf8(info.title));
      // The title opens the cover: a bookmark without a destination does nothing when clicked.
      root->SetDestination(PdfDestination(pdf_pages.front().get(), 0, pages.height, 0));
      // Parts under the title, and the sections of a part under it.
      PdfOutlineItem* part = nullptr;
      PdfOutlineItem* section = nullptr;
      for (const auto& entry : pages.outline) {
        if (entry.level > 2 || (entry.level == 2 && !part)) continue;
        PdfDestination destination(pdf_pages[static_cast<size_t>(entry.page)].get(), 0, entry.y + 14, 0);
        if (entry.level == 1) {
          part = part ? part->CreateNext(Utf8(entry.title), destination) : root->CreateChild(Utf8(entry.title), destination);
          section = nullptr;
        } else {
          section = section ? section->CreateNext(Utf8(entry.title), destination)
                            : part->CreateChild(Utf8(entry.title), destination);
        }
      }
      doc.SetPageMode(ePdfPageModeUseBookmarks);
    }
    PdfInfo* pdf_info = doc.GetInfo();
    pdf_info->SetTitle(Utf8(info.title));
    pdf_info->SetAuthor(Utf8(info.author));
    pdf_info->SetSubject(Utf8(info.subject));
    pdf_info->SetKeywords(Utf8(info.keywords));
    pdf_info->SetCreator(PdfString("trainkit"));
    pdf_info->SetProducer(PdfString("trainkit with PoDoFo"));
    // Pinned dates make the same inputs give the same bytes.
    pdf_info->GetObject()->GetDictionary().AddKey(PdfName("CreationDate"), PdfString(PdfDateText(info.date)));
    pdf_info->GetObject()->GetDictionary().AddKey(PdfName("ModDate"), PdfString(PdfDateText(info.date)));
    doc.GetCatalog()->GetDictionary().AddKey(PdfName("Lang"), PdfString(info.language));

    doc.EmbedSubsetFonts();  // here, not in Write(), so that the subsets are deflated with the rest
    DeflateUnfilteredStreams(doc, impl_->deflater);
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    doc.Write(&device);
    out.assign(buffer.GetBuffer(), device.GetLength());
  } catch (const PdfError& error) {
    return Status::Error(ErrorText(error));
  }
  return Status::Ok();
}

}  // namespace trainkit::writers::pdf
