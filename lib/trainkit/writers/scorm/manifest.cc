#include "trainkit/writers/scorm/manifest.h"

#include <fmt/format.h>

#include "trainkit/base/utf8.h"
#include "trainkit/render/xml_writer.h"

namespace trainkit::writers::scorm {

using render::XmlWriter;
namespace {

constexpr const char* kOrganization = "ORG";
constexpr const char* kItem = "ITEM";
constexpr const char* kResource = "RES";

// IMS metadata 1.2.1 for SCORM 1.2: each text a <langstring xml:lang>.
void WriteImsMetadata(const PackageDescription& package, XmlWriter& xml) {
  auto langstring = [&](const char* element, const std::string& text) {
    xml.Start(element);
    xml.TextElement("imsmd:langstring", text, {{"xml:lang", package.language}});
    xml.End();
  };
  xml.Start("imsmd:lom");
  xml.Start("imsmd:general");
  langstring("imsmd:title", package.title);
  xml.TextElement("imsmd:language", package.language);
  if (!package.description.empty()) langstring("imsmd:description", package.description);
  for (const std::string& keyword : package.keywords) langstring("imsmd:keyword", keyword);
  xml.End();
  xml.Start("imsmd:lifecycle");
  langstring("imsmd:version", package.version);
  xml.End();
  xml.End();
}

// IEEE LOM for SCORM 2004: each text a <string language>.
void WriteLomMetadata(const PackageDescription& package, XmlWriter& xml) {
  auto string = [&](const char* element, const std::string& text) {
    xml.Start(element);
    xml.TextElement("string", text, {{"language", package.language}});
    xml.End();
  };
  xml.Start("lom", {{"xmlns", "http://ltsc.ieee.org/xsd/LOM"}});
  xml.Start("general");
  string("title", package.title);
  xml.TextElement("language", package.language);
  if (!package.description.empty()) string("description", package.description);
  for (const std::string& keyword : package.keywords) string("keyword", keyword);
  xml.End();
  xml.Start("lifeCycle");
  string("version", package.version);
  xml.End();
  xml.End();
}

// The manifest's version attribute: IMS CP 1.1.2 (SCORM 1.2) allows 20 characters. Past
// that, the digest alone still tells two uploads apart; the metadata keeps the whole version.
std::string ManifestVersionAttribute(const std::string& version) {
  constexpr size_t kMaxLength = 20;
  if (version.size() <= kMaxLength) return version;
  size_t plus = version.rfind('+');
  return plus == std::string::npos ? version.substr(0, kMaxLength) : version.substr(plus + 1);
}

// A title as IMS CP 1.1.2 (SCORM 1.2) allows it and SCORM 2004 requires LMSs to keep it: at
// most 200 characters. A longer one (a long curriculum title with its audience and track) ends
// in "…" at the limit.
std::string ManifestTitle(const std::string& title) {
  constexpr size_t kMaxCharacters = 200;
  std::string shortened;
  size_t at = 0;
  for (size_t count = 0; at < title.size(); ++count) {
    if (count == kMaxCharacters - 1) {
      size_t rest = at;
      NextCodePoint(title, rest);
      if (rest >= title.size()) break;  // exactly the limit: nothing to cut
      return shortened + "…";
    }
    size_t start = at;
    NextCodePoint(title, at);
    shortened.append(title, start, at - start);
  }
  return title;
}

void WriteOrganization(const PackageDescription& package, ScormVersion version, XmlWriter& xml) {
  xml.Start("organizations", {{"default", kOrganization}});
  const std::string title = ManifestTitle(package.title);
  xml.Start("organization", {{"identifier", kOrganization}});
  xml.TextElement("title", title);
  xml.Start("item", {{"identifier", kItem}, {"identifierref", kResource}});
  xml.TextElement("title", title);
  if (version == ScormVersion::k12) {
    // Without a mastery score (nothing is scored) the LMS records completion only.
    if (package.mastery_percent) xml.TextElement("adlcp:masteryscore", std::to_string(*package.mastery_percent));
  } else if (package.mastery_percent || !package.module_objectives.empty()) {
    // 2004 has no mastery score: the item's primary objective is satisfied by its measure.
    xml.Start("imsss:sequencing");
    xml.Start("imsss:objectives");
    if (package.mastery_percent) {
      xml.Start("imsss:primaryObjective", {{"objectiveID", "PASS"}, {"satisfiedByMeasure", "true"}});
      xml.TextElement("imsss:minNormalizedMeasure", fmt::format("{:.2f}", *package.mastery_percent / 100.0));
      xml.End();
    } else {
      xml.Empty("imsss:primaryObjective", {{"objectiveID", "PASS"}});
    }
    for (const std::string& module : package.module_objectives) xml.Empty("imsss:objective", {{"objectiveID", module}});
    xml.End();
    xml.End();
  }
  xml.End();
  xml.End();
  xml.End();
}

void WriteResource(const PackageDescription& package, ScormVersion version, XmlWriter& xml) {
  const char* scorm_type = version == ScormVersion::k12 ? "adlcp:scormtype" : "adlcp:scormType";
  xml.Start("resources");
  xml.Start("resource", {{"identifier", kResource}, {"type", "webcontent"}, {scorm_type, "sco"},
                         {"href", package.launch}});
  for (const std::string& file : package.files) xml.Empty("file", {{"href", file}});
  xml.End();
  xml.End();
}

}  // namespace

std::string WriteManifest(const PackageDescription& package, ScormVersion version) {
  XmlWriter xml;
  if (version == ScormVersion::k12) {
    xml.Start("manifest",
              {{"identifier", package.identifier},
               {"version", ManifestVersionAttribute(package.version)},
               {"xmlns", "http://www.imsproject.org/xsd/imscp_rootv1p1p2"},
               {"xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_rootv1p2"},
               {"xmlns:imsmd", "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"},
               {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
               {"xsi:schemaLocation",
                "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
                "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
                "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"}});
  } else {
    xml.Start("manifest",
              {{"identifier", package.identifier},
               {"version", ManifestVersionAttribute(package.version)},
               {"xmlns", "http://www.imsglobal.org/xsd/imscp_v1p1"},
               {"xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_v1p3"},
               {"xmlns:imsss", "http://www.imsglobal.org/xsd/imsss"},
               {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
               {"xsi:schemaLocation",
                "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd "
                "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd "
                "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd "
                "http://ltsc.ieee.org/xsd/LOM lom.xsd"}});
  }
  xml.Start("metadata");
  xml.TextElement("schema", "ADL SCORM");
  xml.TextElement("schemaversion", version == ScormVersion::k12 ? "1.2" : "2004 4th Edition");
  if (version == ScormVersion::k12) {
    WriteImsMetadata(package, xml);
  } else {
    WriteLomMetadata(package, xml);
  }
  xml.End();
  WriteOrganization(package, version, xml);
  WriteResource(package, version, xml);
  return xml.Finish();
}

}  // namespace trainkit::writers::scorm
