#include "trainkit/scorm_check/manifest_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "trainkit/base/join.h"
#include "trainkit/scorm_check/package_inspection.h"
#include "trainkit/scorm_check/package_path.h"

namespace trainkit::scorm_check {
namespace {

using xml::Attribute;
using xml::Node;

// The namespaces each version's schemas declare: IMS Content Packaging and ADL's extensions.
struct VersionNamespaces {
  std::string_view content_packaging;
  std::string_view adlcp;
  std::string_view sco_type;  // the attribute's name: its case differs between versions
};
constexpr VersionNamespaces kScorm12{"http://www.imsproject.org/xsd/imscp_rootv1p1p2",
                                     "http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype"};
constexpr VersionNamespaces kScorm2004{"http://www.imsglobal.org/xsd/imscp_v1p1", "http://www.adlnet.org/xsd/adlcp_v1p3",
                                       "scormType"};

const VersionNamespaces& NamespacesOf(ScormVersion version) { return version == ScormVersion::k12 ? kScorm12 : kScorm2004; }
ScormVersion Other(ScormVersion version) { return version == ScormVersion::k12 ? ScormVersion::k2004 : ScormVersion::k12; }

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Elements are found by local name, whatever their namespace, as LMSs find them: a wrong
// namespace is reported once, at the root, rather than making every element missing.
const Node* Child(const Node& parent, std::string_view name) {
  for (const Node& child : parent.children) {
    if (child.is_element() && child.name == name) return &child;
  }
  return nullptr;
}

std::string Text(const Node& element) {
  std::string text;
  for (const Node& child : element.children) {
    if (!child.is_element()) text += child.text;
  }
  return text;
}

std::string Written(const Node& element) { return element.prefix.empty() ? element.name : element.prefix + ":" + element.name; }
std::string Written(const Attribute& attribute) {
  return attribute.prefix.empty() ? attribute.name : attribute.prefix + ":" + attribute.name;
}

std::string Trim(std::string_view text) {
  const char* space = " \t\r\n";
  size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(space) - first + 1));
}

// The version Moodle reads from schemaversion (mod/scorm/datamodels/scormlib.php matches the
// text exactly); nullopt for anything else, which it takes for 1.2.
std::optional<ScormVersion> RecognisedVersion(const std::string& text) {
  if (text == "1.2") return ScormVersion::k12;
  if (text == "1.3" || text == "CAM 1.3" || text == "2004 3rd Edition" || text == "2004 4th Edition") {
    return ScormVersion::k2004;
  }
  return std::nullopt;
}

class ManifestChecker {
 public:
  ManifestChecker(const xml::Document& manifest, const std::vector<std::string>& files, Diagnostics& diagnostics)
      : root_(manifest.root()), diagnostics_(diagnostics), files_(files.begin(), files.end()) {
    for (const std::string& file : files) {
      std::string lower = file;
      std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
      files_by_lower_case_.emplace(lower, file);
    }
  }

  std::optional<ScormVersion> Run();

 private:
  ScormVersion DetectVersion();
  void CheckNamespaces(const Node& element);
  void IndexIdentifiers(const Node& element);
  void CheckOrganizations();
  void CheckItems(const Node& element);
  void CheckResources(const Node& element, std::vector<std::string>& bases);
  void CheckResource(const Node& resource, const std::vector<std::string>& bases);
  bool IsSco(const Node& resource);
  // Resolves `href` and reports `code` when it names no file of the package; records the file
  // as listed either way. `what` says what the href is ("launch file"), `whose` whose it is
  // (" of resource 'sco'", or "").
  void CheckPresent(Code code, const Attribute& href, const std::string& what, const std::string& whose,
                    const std::vector<std::string>& bases);
  void CheckPresent(Code code, const std::string& href, const SourceLocation& location, const std::string& what,
                    const std::string& whose, const std::vector<std::string>& bases);
  std::string Hint(const std::string& path);
  void CheckUnlisted();

  const Node& root_;
  Diagnostics& diagnostics_;
  std::set<std::string> files_;
  std::multimap<std::string, std::string> files_by_lower_case_;
  ScormVersion version_ = ScormVersion::k12;
  std::map<std::string, const Node*> identifiers_;  // every identifier, with the element that has it
  std::vector<std::string> resources_;              // the identifiers of resources, for "did you mean"
  std::set<std::string> listed_;                    // files the manifest names, as paths in the package
  bool has_sco_ = false;
  size_t hints_ = 0;  // how many missing files Hint has looked for
};

ScormVersion ManifestChecker::DetectVersion() {
  const Node* metadata = Child(root_, "metadata");
  const Node* schemaversion = metadata ? Child(*metadata, "schemaversion") : nullptr;
  if (!schemaversion) {
    diagnostics_.Report(Code::W215, metadata ? metadata->location : root_.location,
                        "the manifest has no <schemaversion> in its <metadata>: LMSs take the package for SCORM 1.2 "
                        "(Moodle does); write <schemaversion>1.2</schemaversion>, or <schemaversion>2004 4th "
                        "Edition</schemaversion> for SCORM 2004");
    return ScormVersion::k12;
  }
  std::string text = Text(*schemaversion);
  if (auto version = RecognisedVersion(text)) return *version;
  std::string hint;
  if (RecognisedVersion(Trim(text))) {
    hint = "; write it without the spaces around it";
  } else {
    hint = DidYouMean(text, {"1.2", "2004 4th Edition", "2004 3rd Edition", "CAM 1.3"});
  }
  diagnostics_.Report(Code::W215, schemaversion->location,
                      fmt::format("schemaversion '{}' is not one LMSs recognise ('1.2', '2004 4th Edition', '2004 3rd "
                                  "Edition' or 'CAM 1.3', exactly): Moodle takes the package for SCORM 1.2{}",
                                  Printable(text), hint));
  return ScormVersion::k12;
}

void ManifestChecker::CheckNamespaces(const Node& element) {
  const VersionNamespaces& expected = NamespacesOf(version_);
  const VersionNamespaces& other = NamespacesOf(Other(version_));
  std::string version = std::string(VersionName(version_));
  if (&element == &root_ && element.ns != expected.content_packaging) {
    std::string message;
    if (element.ns == other.content_packaging) {
      message = fmt::format("the manifest's namespace {} is SCORM {}'s, but its schemaversion makes the package "
                            "SCORM {}",
                            element.ns, VersionName(Other(version_)), version);
    } else if (element.ns.empty()) {
      message = "the manifest's root element has no namespace";
    } else {
      message = fmt::format("the manifest's namespace '{}' is not IMS Content Packaging's", Printable(element.ns));
    }
    diagnostics_.Report(Code::W216, element.location,
                        fmt::format("{}: LMSs and validators that read the manifest by its namespaces find none of "
                                    "its elements; SCORM {} declares xmlns=\"{}\"",
                                    message, version, expected.content_packaging));
  }
  for (const xml::NamespaceDeclaration& declared : element.namespaces) {
    bool other_version = declared.uri == other.adlcp;
    bool unknown_adlcp = declared.prefix == "adlcp" && declared.uri != expected.adlcp && !other_version;
    if (!other_version && !unknown_adlcp) continue;
    std::string uri = Printable(declared.uri);
    diagnostics_.Report(
        Code::W216, element.location,
        fmt::format("{}, but the package is SCORM {}: LMSs that read attributes by namespace do not see "
                    "its adlcp:{} and take every resource for an asset; SCORM {} declares xmlns:{}=\"{}\"",
                    other_version ? fmt::format("the namespace {} is SCORM {}'s ADL namespace", uri,
                                                VersionName(Other(version_)))
                                  : fmt::format("the prefix adlcp is bound to '{}'", uri),
                    version, expected.sco_type, version, declared.prefix.empty() ? "adlcp" : declared.prefix,
                    expected.adlcp));
  }
  for (const Node& child : element.children) {
    if (child.is_element()) CheckNamespaces(child);
  }
}

void ManifestChecker::IndexIdentifiers(const Node& element) {
  static const std::set<std::string> kIdentified = {"manifest", "organization", "item", "resource"};
  if (kIdentified.count(element.name)) {
    if (const Attribute* identifier = element.FindAttribute("identifier")) {
      auto [first, added] = identifiers_.emplace(identifier->value, &element);
      if (!added) {
        const Attribute* earlier = first->second->FindAttribute("identifier");
        std::string value = Printable(identifier->value);
        std::string message =
            first->second->name == element.name
                ? fmt::format("identifier '{}' is given to two <{}> elements: identifiers in a manifest must be "
                              "unique, and an LMS keeps only one of the two",
                              value, element.name)
                : fmt::format("identifier '{}' of this <{}> is also an <{}>'s: identifiers in a manifest must be "
                              "unique, whatever they identify, and an LMS may take one for the other",
                              value, element.name, first->second->name);
        diagnostics_.Report(Code::E220, identifier->value_location, message)
            .notes.push_back({earlier->value_location, "first given here"});
      }
    }
  }
  for (const Node& child : element.children) {
    if (child.is_element()) IndexIdentifiers(child);
  }
}

void ManifestChecker::CheckOrganizations() {
  const Node* organizations = Child(root_, "organizations");
  if (!organizations) return;
  const Attribute* chosen = organizations->FindAttribute("default");
  if (chosen) {
    std::vector<std::string> names;
    for (const Node& child : organizations->children) {
      if (!child.is_element() || child.name != "organization") continue;
      if (const Attribute* identifier = child.FindAttribute("identifier")) names.push_back(identifier->value);
    }
    if (std::find(names.begin(), names.end(), chosen->value) == names.end()) {
      diagnostics_.Report(Code::E221, chosen->value_location,
                          fmt::format("default organization '{}' is not an organization of this manifest, so the "
                                      "LMS cannot tell which course structure to show{}",
                                      Printable(chosen->value), DidYouMean(chosen->value, names)));
    }
  }
  CheckItems(*organizations);
}

void ManifestChecker::CheckItems(const Node& element) {
  for (const Node& child : element.children) {
    if (!child.is_element()) continue;
    if (child.name == "item") {
      const Attribute* reference = child.FindAttribute("identifierref");
      auto target = reference ? identifiers_.find(reference->value) : identifiers_.end();
      // An item may also name a manifest nested in this one, as IMS Content Packaging allows.
      bool found = target != identifiers_.end() &&
                   (target->second->name == "resource" || target->second->name == "manifest");
      if (reference && !found) {
        const Attribute* identifier = child.FindAttribute("identifier");
        diagnostics_.Report(Code::E222, reference->value_location,
                            fmt::format("item '{}' refers to '{}', which is no resource of this manifest: "
                                        "learners who open it get nothing{}",
                                        identifier ? Printable(identifier->value) : std::string(),
                                        Printable(reference->value),
                                        DidYouMean(reference->value, resources_)));
      }
    }
    CheckItems(child);
  }
}

bool ManifestChecker::IsSco(const Node& resource) {
  const Attribute* type = nullptr;
  for (const Attribute& attribute : resource.attributes) {
    if (EqualsIgnoringCase(attribute.name, "scormtype")) type = &attribute;
  }
  if (!type) return false;
  const VersionNamespaces& expected = NamespacesOf(version_);
  const VersionNamespaces& other = NamespacesOf(Other(version_));
  // The other version's namespace is reported where it is declared (W216).
  if (type->ns != other.adlcp && (type->name != expected.sco_type || type->ns != expected.adlcp)) {
    std::string problem;
    if (type->ns != expected.adlcp) {
      problem = fmt::format("'{}' is not in the adlcp namespace ({})", Printable(Written(*type)), expected.adlcp);
    } else if (type->name == other.sco_type) {
      problem = fmt::format("'{}' is SCORM {}'s spelling; SCORM {} spells it adlcp:{}", Printable(Written(*type)),
                            VersionName(Other(version_)), VersionName(version_), expected.sco_type);
    } else {
      problem = fmt::format("'{}' is misspelt; SCORM {} spells it adlcp:{}", Printable(Written(*type)),
                            VersionName(version_), expected.sco_type);
    }
    diagnostics_.Report(Code::W217, type->location,
                        problem + ": LMSs that read the manifest as its schema says take this resource for an asset, "
                                  "which they launch but do not track");
  }
  // Moodle reads the attribute whatever its case or namespace: what the author meant counts.
  return EqualsIgnoringCase(type->value, "sco");
}

void ManifestChecker::CheckResources(const Node& element, std::vector<std::string>& bases) {
  const Attribute* base = element.FindAttribute(xml::kXmlNamespace, "base");
  if (base) bases.insert(bases.begin(), base->value);
  if (element.name == "resource") CheckResource(element, bases);
  // adlcp:location names a file of metadata, in the package.
  if (element.name == "location" && (element.ns == kScorm12.adlcp || element.ns == kScorm2004.adlcp)) {
    CheckPresent(Code::E225, Trim(Text(element)), element.location, "metadata file", "", bases);
  }
  for (const Node& child : element.children) {
    if (child.is_element() && child.name != "organizations") CheckResources(child, bases);
  }
  if (base) bases.erase(bases.begin());
}

void ManifestChecker::CheckResource(const Node& resource, const std::vector<std::string>& bases) {
  const Attribute* identifier = resource.FindAttribute("identifier");
  std::string name = identifier ? Printable(identifier->value) : std::string();
  bool sco = IsSco(resource);
  has_sco_ = has_sco_ || sco;
  const Attribute* href = resource.FindAttribute("href");
  if (sco && (!href || Trim(href->value).empty())) {
    diagnostics_.Report(Code::E223, href ? href->value_location : resource.location,
                        fmt::format("SCO resource '{}' has no href: the LMS has no page to launch", name));
  } else if (href) {
    CheckPresent(Code::E224, *href, "launch file", fmt::format(" of resource '{}'", name), bases);
  }
  for (const Node& child : resource.children) {
    if (!child.is_element()) continue;
    if (child.name == "file") {
      if (const Attribute* file = child.FindAttribute("href")) {
        CheckPresent(Code::E225, *file, "file", fmt::format(" of resource '{}'", name), bases);
      }
    } else if (child.name == "dependency") {
      const Attribute* reference = child.FindAttribute("identifierref");
      auto target = reference ? identifiers_.find(reference->value) : identifiers_.end();
      if (reference && (target == identifiers_.end() || target->second->name != "resource")) {
        diagnostics_.Report(Code::E226, reference->value_location,
                            fmt::format("resource '{}' depends on '{}', which is no resource of this manifest: "
                                        "the files it stands for may be missing when the LMS launches '{}'{}",
                                        name, Printable(reference->value), name,
                                        DidYouMean(reference->value, resources_)));
      }
    }
  }
}

void ManifestChecker::CheckPresent(Code code, const Attribute& href, const std::string& what, const std::string& whose,
                                   const std::vector<std::string>& bases) {
  CheckPresent(code, href.value, href.value_location, what, whose, bases);
}

void ManifestChecker::CheckPresent(Code code, const std::string& href, const SourceLocation& location,
                                   const std::string& what, const std::string& whose,
                                   const std::vector<std::string>& bases) {
  PackagePath path = ResolveHref(href, bases);
  std::string shown = Printable(href);
  switch (path.kind) {
    case PackagePath::Kind::kExternal:
      return;
    case PackagePath::Kind::kInvalid:
      diagnostics_.Report(code, location, fmt::format("the {}{} is '{}', which names no file", what, whose, shown));
      return;
    case PackagePath::Kind::kOutside:
      diagnostics_.Report(code, location,
                          fmt::format("the {} '{}'{} points outside the package: an LMS serves only the "
                                      "package's own files",
                                      what, shown, whose));
      return;
    case PackagePath::Kind::kInPackage:
      break;
  }
  listed_.insert(path.path);
  if (files_.count(path.path)) return;
  std::string resolved = path.path == href ? std::string() : fmt::format(" (looked for as '{}')", Printable(path.path));
  diagnostics_.Report(code, location,
                      fmt::format("the {} '{}'{}{} is not in the package{}", what, shown, whose, resolved,
                                  Hint(path.path)));
}

// What the package has instead of a missing `path`: the same name in another case, or a
// close name in the same folder.
std::string ManifestChecker::Hint(const std::string& path) {
  // A manifest that lists thousands of missing files gets hints for the first ones only: each
  // costs a pass over the package's files.
  constexpr size_t kMostHints = 20;
  if (hints_++ >= kMostHints) return "";
  std::string lower = path;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  auto same = files_by_lower_case_.find(lower);
  if (same != files_by_lower_case_.end()) {
    return fmt::format("; it has '{}': names are case-sensitive on the LMS's web server", Printable(same->second));
  }
  std::string folder = path.substr(0, path.rfind('/') + 1);
  std::vector<std::string> neighbours;
  for (const std::string& file : files_) {
    if (file.size() > folder.size() && file.compare(0, folder.size(), folder) == 0 &&
        file.find('/', folder.size()) == std::string::npos) {
      neighbours.push_back(file);
    }
  }
  // Edit distances cost time; a folder of thousands of files gives no useful guess anyway.
  constexpr size_t kMostNeighbours = 500;
  if (neighbours.size() > kMostNeighbours) return "";
  auto close = ClosestMatch(path, neighbours);
  return close ? fmt::format("; did you mean '{}'?", Printable(*close)) : "";
}

void ManifestChecker::CheckUnlisted() {
  std::vector<std::string> unlisted;
  for (const std::string& file : files_) {
    if (listed_.count(file) || file == "imsmanifest.xml") continue;
    // The schemas a manifest names in xsi:schemaLocation belong to the package, not to a resource.
    std::string lower = file;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    auto ends_with = [&](std::string_view end) {
      return lower.size() >= end.size() && lower.compare(lower.size() - end.size(), end.size(), end) == 0;
    };
    if (ends_with(".xsd") || ends_with(".dtd")) continue;
    unlisted.push_back(Printable(file));
  }
  if (unlisted.empty()) return;
  const Node* resources = Child(root_, "resources");
  constexpr size_t kNamed = 5;
  diagnostics_.Report(Code::W230, resources ? resources->location : root_.location,
                      fmt::format("{} in the package {} listed by no resource: {}; LMSs serve {} all the same, but "
                                  "validators and strict imports report {}: list {} in a <file> of the resource "
                                  "that uses it",
                                  unlisted.size() == 1 ? "1 file" : fmt::format("{} files", unlisted.size()),
                                  unlisted.size() == 1 ? "is" : "are", Join(unlisted, kNamed),
                                  unlisted.size() == 1 ? "it" : "them", unlisted.size() == 1 ? "it" : "them",
                                  unlisted.size() == 1 ? "it" : "each"));
}

std::optional<ScormVersion> ManifestChecker::Run() {
  if (root_.name != "manifest") {
    diagnostics_.Report(Code::E213, root_.location,
                        fmt::format("the manifest's root element is <{}>, not <manifest>: an LMS finds nothing to "
                                    "import",
                                    Printable(Written(root_))));
    return std::nullopt;
  }
  version_ = DetectVersion();
  CheckNamespaces(root_);
  IndexIdentifiers(root_);
  for (const auto& [identifier, element] : identifiers_) {
    if (element->name == "resource") resources_.push_back(identifier);
  }
  CheckOrganizations();
  std::vector<std::string> bases;
  CheckResources(root_, bases);
  if (!has_sco_) {
    const Node* resources = Child(root_, "resources");
    diagnostics_.Report(Code::W218, resources ? resources->location : root_.location,
                        fmt::format("no resource is a SCO (adlcp:{}=\"sco\"): the LMS can show the package, but "
                                    "records no progress, completion or score",
                                    NamespacesOf(version_).sco_type));
  }
  CheckUnlisted();
  return version_;
}

}  // namespace

std::string_view VersionName(ScormVersion version) { return version == ScormVersion::k12 ? "1.2" : "2004"; }

std::optional<ScormVersion> CheckManifest(const xml::Document& manifest, const std::vector<std::string>& files,
                                          Diagnostics& diagnostics) {
  return ManifestChecker(manifest, files, diagnostics).Run();
}

}  // namespace trainkit::scorm_check
