#include "trainkit/render/ooxml/content_types.h"

#include "trainkit/render/xml_writer.h"

namespace trainkit::render::ooxml {

ContentTypes ContentTypes::ForPackage() {
  return {{{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
           {"xml", "application/xml"},
           {"png", "image/png"},
           {"jpeg", "image/jpeg"}},
          {}};
}

std::string ContentTypes::Part() const {
  XmlWriter x;
  x.Start("Types", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
  for (const auto& [extension, type] : defaults) x.Empty("Default", {{"Extension", extension}, {"ContentType", type}});
  for (const auto& [name, type] : overrides) x.Empty("Override", {{"PartName", name}, {"ContentType", type}});
  x.End();
  return x.Finish();
}

}  // namespace trainkit::render::ooxml
