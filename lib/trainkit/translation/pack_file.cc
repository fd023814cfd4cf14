#include "trainkit/translation/pack_file.h"

#include "trainkit/base/overloaded.h"
#include "trainkit/render/xml_writer.h"

namespace trainkit::translation {
namespace {

void WriteInlines(render::XmlWriter& xml, const model::Inlines& text) {
  for (const auto& inline_ : text) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { xml.Text(t.text); },
                   [&](const model::Emphasis& e) {
                     xml.Start("em");
                     WriteInlines(xml, e.children);
                     xml.End();
                   },
                   [&](const model::Strong& s) {
                     xml.Start("strong");
                     WriteInlines(xml, s.children);
                     xml.End();
                   },
                   [&](const model::Link& l) {
                     xml.Start("link", {{"href", l.href}});
                     WriteInlines(xml, l.children);
                     xml.End();
                   },
                   [&](const model::FactRef& f) { xml.Empty("fact", {{"ref", f.key.id}}); },
               },
               inline_.value);
  }
}

}  // namespace

std::string WritePackFile(const model::LanguagePack& pack) {
  render::XmlWriter xml;
  xml.Start("translation", {{"xmlns", "urn:trainkit:curriculum:1"}, {"curriculum", pack.curriculum},
                            {"xml:lang", pack.language}});
  for (const auto& unit : pack.units) {
    xml.Text("\n  ");
    if (unit.source_hash.empty()) {
      xml.Start("unit", {{"key", unit.key}});
    } else {
      xml.Start("unit", {{"key", unit.key}, {"source", unit.source_hash}});
    }
    WriteInlines(xml, unit.text);
    xml.End();
  }
  xml.Text("\n");
  return xml.Finish();
}

}  // namespace trainkit::translation
