#include "trainkit/writers/handout_docx_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "trainkit/base/overloaded.h"
#include "trainkit/writers/docx/brand_styles.h"
#include "trainkit/writers/docx/numbering.h"
#include "trainkit/writers/docx/picture.h"
#include "trainkit/writers/docx/reference_package.h"
#include "trainkit/writers/docx/run.h"
#include "trainkit/writers/docx/style_sheet.h"
#include "trainkit/writers/docx/table.h"
#include "trainkit/writers/docx/table_layout.h"
#include "trainkit/writers/docx/xml_part.h"
#include "trainkit/writers/help_contacts.h"
#include "trainkit/render/media_catalog.h"
#include "trainkit/writers/ui_strings.h"
#include "trainkit/render/xml_writer.h"
#include "trainkit/xml/serialize.h"
#include "trainkit/render/ooxml/content_types.h"
#include "trainkit/render/ooxml/document_properties.h"
#include "trainkit/render/ooxml/relationships.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/render/text_language.h"

namespace trainkit::writers {

using render::XmlWriter;
namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kOfficeRel = render::ooxml::kOfficeRelationship;
constexpr const char* kWp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
// The header's link to the brand's logo, in word/_rels/header1.xml.rels.
constexpr const char* kHeaderLogoRelationship = "rIdBrandLogo";

struct Media {
  std::string part;  // word/media/image1.png
  std::string bytes;
  std::string extension;
};

// What the header and the document's properties say the handout is.
std::string Subject(const resolve::ParticipantProgram& program, const UiStrings& strings) {
  return strings.Get("participant_handout") + " · " + render::PlainText(program.audience_name);
}
std::string CountryLabel(const resolve::ParticipantProgram& program, const UiStrings& strings) {
  return program.country.empty() ? strings.Get("international") : program.country_name;
}

// The results of the fields a header or footer may show, by FieldKey: trainkit's own header
// shows the title and the country as fields, so that one carried from a reference made from
// another handout shows this one's.
std::map<std::string, std::string> FieldValues(const resolve::ParticipantProgram& program, const UiStrings& strings) {
  return {{"TITLE", render::PlainText(program.title)},
          {"SUBJECT", Subject(program, strings)},
          {"DOCPROPERTY COUNTRY", CountryLabel(program, strings)}};
}

class Handout {
 public:
  // `reference` is what a reference DOCX gives besides its styles, or null.
  Handout(const resolve::ParticipantProgram& program, const WriterContext& context, const UiStrings& strings,
          Diagnostics& diagnostics, const docx::StyleSheet& styles, const docx::ReferencePackage* reference)
      : p_(program),
        context_(context),
        s_(strings),
        styles_(styles),
        reference_(reference),
        media_catalog_(render::MediaCatalog::Load(program, context.load_media, {"the handout", "printed"}, diagnostics)) {
    relationships_.Add("rIdStyles", std::string(kOfficeRel) + "styles", "styles.xml");
    relationships_.Add("rIdNumbering", std::string(kOfficeRel) + "numbering", "numbering.xml");
    relationships_.Add("rIdSettings", std::string(kOfficeRel) + "settings", "settings.xml");
    if (reference && !reference->theme.empty()) {
      relationships_.Add("rIdTheme", std::string(kOfficeRel) + "theme", reference->theme);
    }
    if (reference && reference->page) page_ = *reference->page;
    // --paper sets the size, in the reference's orientation; its margins stay.
    if (!context.paper.empty() || !(reference && reference->page)) {
      bool letter = context.paper == "letter";
      page_.width = letter ? 12240 : 11906;
      page_.height = letter ? 15840 : 16838;
      if (page_.landscape) std::swap(page_.width, page_.height);
    }
  }

  // The package's parts, in the order Word writes them.
  void Write(OutputSink& out);

 private:
  // ----- document.xml -----
  // While it lives, runs are marked with the part's language where not the program's.
  render::ScopedLanguage MarkLanguage(const resolve::Provenance& provenance) {
    return render::ScopedLanguage(text_language_, render::LanguageToMark(p_, provenance));
  }

  // `style`: a character style for every run (a link's text has "Hyperlink").
  void Runs(const model::Inlines& inlines, bool bold = false, bool italic = false, const char* style = nullptr);
  void Run(const std::string& text, bool bold, bool italic, const char* style = nullptr);
  void Paragraph(const char* style, const model::Inlines& inlines, bool bold = false, bool keep_next = false);
  void TextParagraph(const char* style, const std::string& text);
  void Blocks(const model::Blocks& blocks, int level = 0);
  void List(const model::List& list, int level);
  // A list's items, one paragraph each, numbered by `num_id` (ListNumbering::Add).
  void ListItem(const std::string& num_id, int level, const model::Inlines& content);
  void Table(const model::Table& table);
  // The image and its caption, or, where the file cannot be used, its alt text in its place.
  void Image(const model::Image& image);
  void HelpBox();
  void WriteInLine(bool keep_with_next);
  std::string Document();
  void Section();

  // ----- the other parts -----
  std::string HeaderPart() const;
  std::string FooterPart() const;
  std::string DocumentRelationships() const;
  std::string ContentTypesXml() const;
  std::string CorePropertiesXml() const;
  std::string AppPropertiesXml() const;
  std::string CustomPropertiesXml() const;

  // The id under which the style sheet holds trainkit's style `id`.
  const std::string& Style(const char* id) const { return styles_.ids.at(id); }

  std::string AddRelationship(const std::string& type, const std::string& target, bool external) {
    return relationships_.AddNumbered(type, target, external);
  }

  const resolve::ParticipantProgram& p_;
  const WriterContext& context_;
  const UiStrings& s_;
  const docx::StyleSheet& styles_;  // the template's, or a reference DOCX's matched to it
  const docx::ReferencePackage* reference_;
  docx::PageSetup page_;
  bool own_header_ = false, own_footer_ = false;  // trainkit's, where the reference has none
  XmlWriter xml_;
  render::ooxml::Relationships relationships_;  // of document.xml
  std::vector<Media> media_;
  render::MediaCatalog media_catalog_;
  std::string text_language_;  // of the runs written now, where not the program's (render/text_language.h)
  std::map<std::string, std::string> image_ids_;  // source -> relationship id
  docx::ListNumbering numbering_;
  int drawing_ids_ = 0;
};

void Handout::Run(const std::string& text, bool bold, bool italic, const char* style) {
  docx::WriteRun(xml_, text, {style ? Style(style) : "", bold, italic, text_language_.empty() ? p_.language : text_language_});
}

void Handout::Runs(const model::Inlines& inlines, bool bold, bool italic, const char* style) {
  for (const auto& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { Run(t.text, bold, italic, style); },
                   [&](const model::Emphasis& e) { Runs(e.children, bold, true, style); },
                   [&](const model::Strong& s) { Runs(s.children, true, italic, style); },
                   [&](const model::Link& l) {
                     std::string id = AddRelationship(std::string(kOfficeRel) + "hyperlink", l.href, true);
                     xml_.Start("w:hyperlink", {{"r:id", id}});
                     Runs(l.children, bold, italic, "Hyperlink");  // a fact inside prints its value
                     xml_.End();
                   },
                   [&](const model::FactRef& f) {
                     Runs(f.value, bold, italic, style);
                     std::string note = UncheckedNumberNote(p_, f.key.id, s_);
                     if (!note.empty()) Run(" (" + note + ")", bold, true);
                   },
               },
               item.value);
  }
}

void Handout::Paragraph(const char* style, const model::Inlines& inlines, bool bold, bool keep_next) {
  docx::StartParagraph(xml_, {style ? Style(style) : "", keep_next});
  Runs(inlines, bold);
  xml_.End();
}

void Handout::TextParagraph(const char* style, const std::string& text) {
  Paragraph(style, {{model::Text{text}, {}}});
}

void Handout::ListItem(const std::string& num_id, int level, const model::Inlines& content) {
  xml_.Start("w:p");
  xml_.Start("w:pPr");
  xml_.Empty("w:pStyle", {{"w:val", Style("ListParagraph")}});
  xml_.Start("w:numPr");
  xml_.Empty("w:ilvl", {{"w:val", std::to_string(std::min(level, 2))}});
  xml_.Empty("w:numId", {{"w:val", num_id}});
  xml_.End();
  xml_.End();
  Runs(content);
  xml_.End();
}

void Handout::List(const model::List& list, int level) {
  std::string num_id = numbering_.Add(list.ordered);
  for (const auto& item : list.items) {
    ListItem(num_id, level, item.content);
    Blocks(item.sublists, level + 1);
  }
}

void Handout::Table(const model::Table& table) {
  // The caption stays with the table it names.
  if (!table.caption.empty()) Paragraph("Caption", table.caption, false, true);
  size_t columns = 0;
  for (const auto& row : table.rows) columns = std::max(columns, row.cells.size());
  if (columns == 0) return;
  bool header = std::all_of(table.rows[0].cells.begin(), table.rows[0].cells.end(), [](const auto& c) { return c.header; });
  std::vector<std::vector<docx::CellText>> texts;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    texts.emplace_back();
    for (const auto& cell : table.rows[r].cells) texts.back().push_back({render::PlainText(cell.content), cell.header});
  }
  docx::TableMeasures measures = docx::MeasureTableStyle(styles_, Style("HandoutTable"));
  std::vector<int> widths =
      docx::ColumnWidths(texts, columns, page_.text_width(), measures.text_size, measures.cell_margins);
  docx::TableFormat format{Style("HandoutTable"), page_.text_width(), widths, header};
  docx::WriteTable(xml_, format, table.rows.size(), [&](size_t r, size_t c) {
    const auto& row = table.rows[r];
    // A header cell in a later row (a row's label) is bold; the header row has its style.
    if (c < row.cells.size()) Runs(row.cells[c].content, row.cells[c].header && !(r == 0 && header));
  });
}

void Handout::Image(const model::Image& image) {
  const std::string& source = image.source.id;
  const render::MediaFile* file = media_catalog_.Find(source);
  if (!file) {  // reported as W181 by the catalog
    TextParagraph("Caption", image.alt);
    return;
  }
  auto id = image_ids_.find(source);
  if (id == image_ids_.end()) {
    std::string extension = file->png ? "png" : "jpeg";
    std::string part = fmt::format("media/image{}.{}", media_.size() + 1, extension);
    media_.push_back({"word/" + part, file->bytes, extension});
    id = image_ids_.emplace(source, AddRelationship(std::string(kOfficeRel) + "image", part, false)).first;
  }
  const render::PixelSize size = file->size;
  double fraction = image.width_percent ? *image.width_percent / 100.0 : 1.0;
  long long cx = static_cast<long long>(page_.text_width() * 635.0 * fraction);  // twips to EMU
  long long cy = size.width > 0 ? static_cast<long long>(cx * size.height / size.width) : cx;
  xml_.Start("w:p");
  if (!image.caption.empty()) {  // the caption stays with its image
    xml_.Start("w:pPr");
    xml_.Empty("w:keepNext");
    xml_.End();
  }
  docx::WriteInlinePicture(xml_, {id->second, cx, cy, ++drawing_ids_, image.alt});
  xml_.End();  // w:p
  if (!image.caption.empty()) Paragraph("Caption", image.caption);
}

void Handout::Blocks(const model::Blocks& blocks, int level) {
  for (const auto& block : blocks) {
    std::visit(Overloaded{
                   [&](const model::Paragraph& p) { Paragraph(nullptr, p.content); },
                   [&](const model::Heading& h) { Paragraph("Heading3", h.content); },
                   [&](const model::List& l) { List(l, level); },
                   [&](const model::Table& t) { Table(t); },
                   [&](const model::Note& n) {
                     for (const auto& inner : n.content) {
                       if (const auto* p = std::get_if<model::Paragraph>(&inner.value)) {
                         Paragraph("Note", p->content);
                       } else {
                         Blocks({inner}, level);
                       }
                     }
                   },
                   [&](const model::Image& i) { Image(i); },
                   [&](const model::Quote& q) { Paragraph("Quote", q.content); },
                   [&](const model::Prompt& p) {
                     Paragraph("WorksheetPrompt", p.content);
                     // The prompt (keepNext in its style) and its lines stay on one page.
                     for (int line = 0; line < p.lines; ++line) WriteInLine(line + 1 < p.lines);
                   },
               },
               block.value);
  }
}

// A line to write on: a tab to a right tab stop at the right margin, its leader of underscores
// drawn as one rule by Word and LibreOffice alike, each line its own.
void Handout::WriteInLine(bool keep_with_next) {
  xml_.Start("w:p");
  xml_.Start("w:pPr");
  xml_.Empty("w:pStyle", {{"w:val", Style("WriteIn")}});
  if (keep_with_next) xml_.Empty("w:keepNext");
  xml_.Start("w:tabs");
  xml_.Empty("w:tab", {{"w:val", "right"}, {"w:leader", "underscore"}, {"w:pos", std::to_string(page_.text_width())}});
  xml_.End();
  xml_.End();
  xml_.Start("w:r");
  xml_.Empty("w:tab");
  xml_.End();
  xml_.End();
}

void Handout::HelpBox() {
  TextParagraph("HelpBoxHeading", s_.Get("where_to_get_help"));
  std::vector<HelpContact> contacts = HelpContacts(p_);
  for (const HelpContact& contact : contacts) {
    xml_.Start("w:p");
    xml_.Start("w:pPr");
    xml_.Empty("w:pStyle", {{"w:val", Style("HelpBox")}});
    xml_.End();
    {
      render::ScopedLanguage label(text_language_, render::LanguageToMark(p_, contact.label_translated));
      Runs(*contact.label, true);
    }
    Run(": ", true, false);
    if (!contact.fact) {
      Run(s_.Get(AskForNumberKey(p_)), false, false);
    } else {
      Runs(contact.fact->value);
      std::string note = CheckNote(*contact.fact, s_);
      if (!note.empty()) Run(" (" + note + ")", false, true);
    }
    xml_.End();
  }
  if (contacts.empty()) TextParagraph("HelpBox", s_.Get(NoContactsKey(p_)));
  xml_.Empty("w:p");
}

std::string Handout::Document() {
  xml_.Start("w:document", {{"xmlns:w", kW},
                            {"xmlns:r", kR},
                            {"xmlns:wp", kWp}});
  xml_.Start("w:body");
  Paragraph("Title", p_.title);
  TextParagraph("Subtitle", s_.Get("participant_handout") + " · " + render::PlainText(p_.audience_name));
  Blocks(p_.summary);
  HelpBox();
  for (const auto& module : p_.modules) {
    const auto& m = module.participant;
    {
      auto marked = MarkLanguage(module.provenance);
      Paragraph("Heading1", m.title);
      Blocks(m.summary);
    }
    for (const auto& section : m.sections) {
      auto marked = MarkLanguage(section.provenance);
      Paragraph("Heading2", section.title);
      Blocks(section.blocks);
    }
    for (const auto& activity : m.activities) {
      if (!activity.worksheet) continue;
      model::Inlines title = activity.worksheet->title.empty() ? activity.title : activity.worksheet->title;
      xml_.Start("w:p");
      xml_.Start("w:pPr");
      xml_.Empty("w:pStyle", {{"w:val", Style("Heading2")}});
      xml_.Empty("w:keepNext");
      xml_.End();
      Run(s_.Get("worksheet") + ": ", false, false);
      auto marked = MarkLanguage(activity.provenance);
      Runs(title);
      xml_.End();
      if (!activity.purpose.empty()) Paragraph("Quote", activity.purpose);
      Blocks(activity.worksheet->blocks);
    }
    if (!m.key_messages.empty()) {
      TextParagraph("Heading3", s_.Get("key_messages"));
      std::string list = numbering_.Add(false);
      for (const auto& message : m.key_messages) {
        auto marked = MarkLanguage(message.provenance);
        ListItem(list, 0, message.text);
      }
    }
    for (const auto& handout : m.handouts) {
      auto marked = MarkLanguage(handout.provenance);
      Paragraph("Heading2", handout.title);
      Blocks(handout.blocks);
    }
  }
  if (!p_.glossary.empty()) {
    TextParagraph("Heading1", s_.Get("glossary"));
    for (const auto& term : p_.glossary) {
      xml_.Start("w:p");
      Runs(term.name, true);
      Run(": ", true, false);
      Runs(term.definition);
      xml_.End();
    }
  }
  // The section's properties come last in the body.
  Section();
  xml_.End();
  xml_.End();
  return xml_.Finish();
}

void Handout::Section() {
  std::vector<docx::SectionPart> parts = reference_ ? reference_->headers_footers : std::vector<docx::SectionPart>{};
  auto has = [&](bool header) {
    return std::any_of(parts.begin(), parts.end(), [&](const auto& part) { return part.header == header; });
  };
  own_header_ = !has(true);
  own_footer_ = !has(false);
  if (own_header_) parts.push_back({true, "default", "header1.xml"});
  if (own_footer_) parts.push_back({false, "default", "footer1.xml"});
  xml_.Start("w:sectPr");
  for (const docx::SectionPart& part : parts) {
    std::string id = AddRelationship(std::string(kOfficeRel) + (part.header ? "header" : "footer"), part.target, false);
    xml_.Empty(part.header ? "w:headerReference" : "w:footerReference", {{"w:type", part.type}, {"r:id", id}});
  }
  std::string width = std::to_string(page_.width), height = std::to_string(page_.height);
  if (page_.landscape) {
    xml_.Empty("w:pgSz", {{"w:w", width}, {"w:h", height}, {"w:orient", "landscape"}});
  } else {
    xml_.Empty("w:pgSz", {{"w:w", width}, {"w:h", height}});
  }
  xml_.Empty("w:pgMar", {{"w:top", std::to_string(page_.top)},
                         {"w:right", std::to_string(page_.right)},
                         {"w:bottom", std::to_string(page_.bottom)},
                         {"w:left", std::to_string(page_.left)},
                         {"w:header", std::to_string(page_.header)},
                         {"w:footer", std::to_string(page_.footer)},
                         {"w:gutter", std::to_string(page_.gutter)}});
  if (page_.title_page) xml_.Empty("w:titlePg");
  xml_.End();
}

std::string Handout::HeaderPart() const {
  XmlWriter x;
  if (context_.brand && context_.brand->logo) {
    x.Start("w:hdr", {{"xmlns:w", kW}, {"xmlns:r", kR}, {"xmlns:wp", kWp}});
  } else {
    x.Start("w:hdr", {{"xmlns:w", kW}});
  }
  x.Start("w:p");
  x.Start("w:pPr");
  x.Empty("w:pStyle", {{"w:val", Style("Header")}});
  x.End();
  if (const model::Brand* brand = context_.brand.get()) {
    // The logo, 0.8 cm tall (at most a quarter of the text wide), then the name in bold.
    if (brand->logo) {
      long long height = 288000, width = static_cast<long long>(height / brand->logo->aspect());
      long long widest = static_cast<long long>(page_.text_width() * 635.0 / 4);
      if (width > widest) {
        height = static_cast<long long>(height * static_cast<double>(widest) / width);
        width = widest;
      }
      // Its id after the body's drawings (Document() has written them): ids are the document's.
      docx::WriteInlinePicture(x, {kHeaderLogoRelationship, width, height, drawing_ids_ + 1, brand->name});
      x.Start("w:r");
      x.TextElement("w:t", "  ", {{"xml:space", "preserve"}});
      x.End();
    }
    x.Start("w:r");
    x.Start("w:rPr");
    x.Empty("w:b");
    x.End();
    x.TextElement("w:t", brand->name, {{"xml:space", "preserve"}});
    x.End();
    x.Start("w:r");
    x.TextElement("w:t", " · ", {{"xml:space", "preserve"}});
    x.End();
  }
  // Fields, so that this header, saved into a reference DOCX, shows the title and country of
  // each handout made with it (FieldValues).
  auto field = [&](const char* instruction, const std::string& result) {
    x.Start("w:fldSimple", {{"w:instr", instruction}});
    x.Start("w:r");
    x.TextElement("w:t", result, {{"xml:space", "preserve"}});
    x.End();
    x.End();
  };
  field(" TITLE ", render::PlainText(p_.title));
  x.Start("w:r");
  x.TextElement("w:t", " · ", {{"xml:space", "preserve"}});
  x.End();
  field(" DOCPROPERTY Country ", CountryLabel(p_, s_));
  x.End();
  x.End();
  return x.Finish();
}

std::string Handout::FooterPart() const {
  XmlWriter x;
  x.Start("w:ftr", {{"xmlns:w", kW}});
  if (context_.brand) {  // the organisation's name, website and contact, over the page number
    x.Start("w:p");
    x.Start("w:pPr");
    x.Empty("w:pStyle", {{"w:val", Style("Footer")}});
    x.End();
    x.Start("w:r");
    x.TextElement("w:t", context_.brand->Signature(), {{"xml:space", "preserve"}});
    x.End();
    x.End();
  }
  x.Start("w:p");
  x.Start("w:pPr");
  x.Empty("w:pStyle", {{"w:val", Style("Footer")}});
  x.End();
  // "Page {page} of {pages}" in the handout's language; Word and LibreOffice fill in the fields.
  std::string pattern = s_.Get("page_of");
  for (size_t at = 0; at < pattern.size();) {
    size_t open = pattern.find('{', at), close = open == std::string::npos ? open : pattern.find('}', open);
    std::string name = close == std::string::npos ? "" : pattern.substr(open + 1, close - open - 1);
    bool field = name == "page" || name == "pages";
    size_t end = field ? open : close == std::string::npos ? pattern.size() : close + 1;
    if (end > at) {
      x.Start("w:r");
      x.TextElement("w:t", pattern.substr(at, end - at), {{"xml:space", "preserve"}});
      x.End();
    }
    if (field) {
      x.Start("w:fldSimple", {{"w:instr", name == "page" ? " PAGE " : " NUMPAGES "}});
      x.Start("w:r");
      x.TextElement("w:t", "1");
      x.End();
      x.End();
    }
    at = field ? close + 1 : end;
  }
  x.End();
  x.End();
  return x.Finish();
}

std::string Handout::DocumentRelationships() const { return relationships_.Part(); }

std::string Handout::ContentTypesXml() const {
  using render::ooxml::kAppPropertiesType, render::ooxml::kCorePropertiesType, render::ooxml::kCustomPropertiesType;
  render::ooxml::ContentTypes types = render::ooxml::ContentTypes::ForPackage();
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  types.overrides = {{"/word/document.xml", wml + "document.main+xml"},
                     {"/word/styles.xml", wml + "styles+xml"},
                     {"/word/numbering.xml", wml + "numbering+xml"},
                     {"/word/settings.xml", wml + "settings+xml"},
                     {"/docProps/core.xml", kCorePropertiesType},
                     {"/docProps/app.xml", kAppPropertiesType},
                     {"/docProps/custom.xml", kCustomPropertiesType}};
  if (own_header_) types.overrides.push_back({"/word/header1.xml", wml + "header+xml"});
  if (own_footer_) types.overrides.push_back({"/word/footer1.xml", wml + "footer+xml"});
  for (const docx::CarriedPart& part : reference_ ? reference_->parts : std::vector<docx::CarriedPart>{}) {
    if (!part.content_type.empty()) types.overrides.push_back({"/" + part.name, part.content_type});
  }
  return types.Part();
}

std::string Handout::CorePropertiesXml() const {
  render::ooxml::CoreProperties properties;
  properties.title = render::PlainText(p_.title);
  properties.subject = Subject(p_, s_);
  for (const auto& a : p_.authors) properties.creator += (properties.creator.empty() ? "" : ", ") + a;
  if (context_.brand) properties.creator = context_.brand->name;
  properties.keywords = fmt::format("{}, {}, {}, {}", p_.curriculum_id, p_.country.empty() ? "intl" : p_.country,
                                    p_.audience, p_.language);
  properties.language = p_.language;
  properties.date = context_.timestamp;
  return render::ooxml::CorePropertiesPart(properties);
}

std::string Handout::AppPropertiesXml() const {
  return render::ooxml::AppPropertiesPart("trainkit", context_.brand ? context_.brand->name : "");
}

// The country as a document property, for the header's DOCPROPERTY field.
std::string Handout::CustomPropertiesXml() const {
  return render::ooxml::CustomPropertiesPart({{"Country", CountryLabel(p_, s_)}});
}

void Handout::Write(OutputSink& out) {
  std::string document = Document();  // first: it decides the relationships, media and lists

  render::ooxml::Relationships package;
  package.AddNumbered(std::string(kOfficeRel) + "officeDocument", "word/document.xml");
  package.AddNumbered("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                      "docProps/core.xml");
  package.AddNumbered(std::string(kOfficeRel) + "extended-properties", "docProps/app.xml");
  package.AddNumbered(std::string(kOfficeRel) + "custom-properties", "docProps/custom.xml");

  out.Add("[Content_Types].xml", ContentTypesXml());
  out.Add("_rels/.rels", package.Part());
  out.Add("docProps/core.xml", CorePropertiesXml());
  out.Add("docProps/app.xml", AppPropertiesXml());
  out.Add("docProps/custom.xml", CustomPropertiesXml());
  out.Add("word/document.xml", std::move(document));
  out.Add("word/_rels/document.xml.rels", DocumentRelationships());
  out.Add("word/styles.xml", xml::Serialize(styles_.root));
  out.Add("word/numbering.xml", numbering_.Part());
  out.Add("word/settings.xml", context_.templates.at("docx/settings.xml"));
  if (own_header_) out.Add("word/header1.xml", HeaderPart());
  if (own_header_ && context_.brand && context_.brand->logo) {
    const model::Logo& logo = *context_.brand->logo;
    std::string part = logo.png ? "media/brand-logo.png" : "media/brand-logo.jpeg";
    render::ooxml::Relationships header;
    header.Add(kHeaderLogoRelationship, std::string(kOfficeRel) + "image", part);
    out.Add("word/_rels/header1.xml.rels", header.Part());
    out.Add("word/" + part, logo.bytes, true);
  }
  if (own_footer_) out.Add("word/footer1.xml", FooterPart());
  for (const docx::CarriedPart& part : reference_ ? reference_->parts : std::vector<docx::CarriedPart>{}) {
    out.Add(part.name, part.data, part.content_type == "image/png" || part.content_type == "image/jpeg");
  }
  // PNG and JPEG are compressed already: stored as they are.
  for (auto& media : media_) out.Add(media.part, std::move(media.bytes), true);
}

// The styles the handout names, by their ids in trainkit's own sheet.
const std::vector<std::string> kStyles = {"Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListParagraph",
                                          "Quote", "Note", "HelpBox", "HelpBoxHeading", "WorksheetPrompt", "WriteIn",
                                          "Caption", "Header", "Footer", "Hyperlink", "HandoutTable"};

// A template file, parsed: error when it is missing, is not well-formed or has another root.
Status ReadTemplatePart(const WriterContext& context, const std::string& name, const char* root,
                        std::unique_ptr<xml::Document>& document) {
  auto text = context.templates.find(name);
  if (text == context.templates.end()) return Status::Error("template: docx/styles.xml and docx/settings.xml are needed");
  std::string path = context.template_folder.empty() ? name : context.template_folder + "/" + name;
  Status status = docx::ParseXmlPart(path, text->second, document);
  if (!status.ok()) return status;
  if (document->root().ns != kW || document->root().name != root) {
    return Status::Error(fmt::format("{}: the root element is not w:{}", path, root));
  }
  if (root == std::string("styles")) {
    std::string missing = docx::MissingStyles(document->root(), kStyles);
    if (!missing.empty()) return Status::Error(fmt::format("{}: it lacks styles the handout uses: {}", path, missing));
  }
  return Status::Ok();
}

// %LANG% in the template's attribute values becomes the handout's language.
void SetLanguage(xml::Node& node, const std::string& language) {
  for (xml::Attribute& attribute : node.attributes) {
    for (size_t at; (at = attribute.value.find("%LANG%")) != std::string::npos;) attribute.value.replace(at, 6, language);
  }
  for (xml::Node& child : node.children) SetLanguage(child, language);
}

}  // namespace

Status WriteHandoutDocx(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics) {
  UiStrings strings;
  Status status = UiStrings::Load(context, strings, diagnostics);
  std::unique_ptr<xml::Document> own, settings;
  if (status.ok()) status = ReadTemplatePart(context, "docx/styles.xml", "styles", own);
  if (status.ok()) status = ReadTemplatePart(context, "docx/settings.xml", "settings", settings);
  docx::ReferencePackage reference;
  if (status.ok() && context.reference_docx) {
    status = docx::ReadReferencePackage(*context.reference_docx, FieldValues(program, strings), reference);
  }
  if (!status.ok()) return status;
  xml::Node own_styles = own->root();
  SetLanguage(own_styles, program.language);
  if (context.brand) docx::ApplyBrandStyles(*context.brand, own_styles);
  docx::StyleSheet styles = reference.styles ? docx::MatchStyleSheet(own_styles, reference.styles->root(), kStyles)
                                             : docx::OwnStyleSheet(std::move(own_styles), kStyles);
  if (!styles.added.empty()) {
    std::string names;
    for (const std::string& name : styles.added) names += (names.empty() ? "'" : ", '") + name + "'";
    diagnostics.Report(Code::W182, {std::make_shared<SourceFile>(context.reference_docx->name, ""), 0, 0},
                       fmt::format("the reference DOCX has no style named {}; the handout uses trainkit's own", names));
  }
  Handout(program, context, strings, diagnostics, styles, context.reference_docx ? &reference : nullptr).Write(out);
  return Status::Ok();
}

}  // namespace trainkit::writers
