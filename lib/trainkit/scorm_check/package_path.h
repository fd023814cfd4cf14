// Where an href of a SCORM manifest points: a file of the package, a place outside it, or
// the web.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trainkit::scorm_check {

struct PackagePath {
  enum class Kind {
    kInPackage,  // `path` names an entry of the package, unescaped ("my page.html")
    kExternal,   // a URL with a scheme or a host: the LMS does not look for it in the package
    kOutside,    // an absolute path or one that climbs out of the package with ".."
    kInvalid,    // empty, or not a URI reference even once escaped
  };
  Kind kind = Kind::kInvalid;
  std::string path;
};

// Resolves `href` as the LMS does: against the xml:base values in force, innermost first
// (a resource's, then its resources', then the manifest's), dropping any query and fragment,
// removing "." and ".." segments and %-escapes. libxml2's URI functions do the parsing.
PackagePath ResolveHref(std::string_view href, const std::vector<std::string>& bases_innermost_first);

}  // namespace trainkit::scorm_check
