#include "trainkit/scorm_check/package_path.h"

#include <libxml/uri.h>
#include <libxml/xmlmemory.h>

#include <memory>

namespace trainkit::scorm_check {
namespace {

struct XmlFree {
  void operator()(xmlChar* text) const { xmlFree(text); }
  void operator()(char* text) const { xmlFree(text); }
  void operator()(xmlURIPtr uri) const { xmlFreeURI(uri); }
};
using XmlText = std::unique_ptr<xmlChar, XmlFree>;
using Uri = std::unique_ptr<xmlURI, XmlFree>;

const xmlChar* Chars(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

// `reference` as a valid URI reference. Authoring tools write hrefs with spaces and non-ASCII
// letters unescaped, which browsers and LMSs accept: those are %-escaped, and whatever is
// already escaped or has a meaning in a URI is left as it is.
std::string Escaped(const std::string& reference) {
  Uri parsed(xmlParseURI(reference.c_str()));
  if (parsed) return reference;
  XmlText escaped(xmlURIEscapeStr(Chars(reference), Chars(":/?#[]@!$&'()*+,;=%")));
  return escaped ? reinterpret_cast<const char*>(escaped.get()) : std::string();
}

}  // namespace

PackagePath ResolveHref(std::string_view href, const std::vector<std::string>& bases_innermost_first) {
  PackagePath result;
  std::string reference = Escaped(std::string(href));
  if (href.empty() || reference.empty()) return result;
  for (const std::string& base : bases_innermost_first) {
    if (base.empty()) continue;
    XmlText built(xmlBuildURI(Chars(reference), Chars(Escaped(base))));
    if (!built) return result;
    reference = reinterpret_cast<const char*>(built.get());
  }
  // Against an empty base, libxml2 removes "." and ".." segments (RFC 3986, 5.2.4).
  XmlText normalised(xmlBuildURI(Chars(reference), Chars(std::string())));
  if (!normalised) return result;
  Uri uri(xmlParseURI(reinterpret_cast<const char*>(normalised.get())));
  if (!uri) return result;
  // "C:/course/index.html" parses with the scheme "C": a Windows path, not a URL.
  bool drive_letter = uri->scheme && std::string_view(uri->scheme).size() == 1;
  if ((uri->scheme && !drive_letter) || uri->server) {
    result.kind = PackagePath::Kind::kExternal;
    return result;
  }
  // libxml2 gives the path with its %-escapes undone.
  result.path = uri->path ? uri->path : "";
  if (drive_letter || result.path.empty() || result.path[0] == '/' || result.path == ".." ||
      result.path.compare(0, 3, "../") == 0) {
    result.kind = result.path.empty() && !drive_letter ? PackagePath::Kind::kInvalid : PackagePath::Kind::kOutside;
    if (drive_letter) result.path = std::string(href);
    return result;
  }
  result.kind = PackagePath::Kind::kInPackage;
  return result;
}

}  // namespace trainkit::scorm_check
