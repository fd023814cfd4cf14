#include "trainkit/render/ooxml/relationships.h"

#include <fmt/format.h>

#include "trainkit/render/xml_writer.h"

namespace trainkit::render::ooxml {

void Relationships::Add(std::string id, std::string type, std::string target, bool external) {
  relationships_.push_back({std::move(id), std::move(type), std::move(target), external});
}

std::string Relationships::AddNumbered(std::string type, std::string target, bool external) {
  std::string id = fmt::format("rId{}", ++numbered_);
  Add(id, std::move(type), std::move(target), external);
  return id;
}

std::string Relationships::Part() const {
  XmlWriter x;
  x.Start("Relationships", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/relationships"}});
  for (const Relationship& r : relationships_) {
    if (r.external) {
      x.Empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}, {"TargetMode", "External"}});
    } else {
      x.Empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}});
    }
  }
  x.End();
  return x.Finish();
}

}  // namespace trainkit::render::ooxml
