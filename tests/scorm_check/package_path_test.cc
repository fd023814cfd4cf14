#include "trainkit/scorm_check/package_path.h"

#include <catch2/catch.hpp>

using namespace trainkit::scorm_check;
using Kind = PackagePath::Kind;

namespace {

std::string InPackage(const std::string& href, const std::vector<std::string>& bases = {}) {
  PackagePath path = ResolveHref(href, bases);
  INFO(href);
  CHECK(path.kind == Kind::kInPackage);
  return path.path;
}

Kind KindOf(const std::string& href, const std::vector<std::string>& bases = {}) { return ResolveHref(href, bases).kind; }

}  // namespace

TEST_CASE("an href names a file of the package by its path, without query, fragment or escapes") {
  CHECK(InPackage("index.html") == "index.html");
  CHECK(InPackage("index.html?lesson=2#start") == "index.html");
  CHECK(InPackage("content/page.html#top") == "content/page.html");
  CHECK(InPackage("my%20page.html") == "my page.html");
  // Authoring tools write spaces and letters unescaped; browsers and LMSs take them.
  CHECK(InPackage("my page.html") == "my page.html");
  CHECK(InPackage("média/vidéo.mp4") == "média/vidéo.mp4");
  CHECK(InPackage("./content/../index.html") == "index.html");
  CHECK(InPackage("content/./a/../b.html") == "content/b.html");
}

TEST_CASE("xml:base values apply innermost first, as RFC 3986 resolves references") {
  CHECK(InPackage("index.html", {"content/"}) == "content/index.html");
  CHECK(InPackage("page.html", {"lesson1/", "content/"}) == "content/lesson1/page.html");
  CHECK(InPackage("../shared/a.js", {"lesson1/", "content/"}) == "content/shared/a.js");
  CHECK(InPackage("a.html", {"", "content/"}) == "content/a.html");
  // A base without a trailing slash names a file: its last segment goes (as XML Base says).
  CHECK(InPackage("a.html", {"content"}) == "a.html");
  CHECK(InPackage("a.html", {"my content/"}) == "my content/a.html");
}

TEST_CASE("links out of the package are not looked for in it and paths that leave it are told apart") {
  CHECK(KindOf("https://example.org/course.html") == Kind::kExternal);
  CHECK(KindOf("//cdn.example.org/lib.js") == Kind::kExternal);
  CHECK(KindOf("index.html", {"http://example.org/course/"}) == Kind::kExternal);
  CHECK(KindOf("../index.html") == Kind::kOutside);
  CHECK(KindOf("../../etc/passwd", {"content/"}) == Kind::kOutside);
  CHECK(KindOf("/index.html") == Kind::kOutside);
  CHECK(KindOf("C:/course/index.html") == Kind::kOutside);
  CHECK(KindOf("") == Kind::kInvalid);
  CHECK(KindOf("#top") == Kind::kInvalid);
  CHECK(KindOf("?x=1") == Kind::kInvalid);
}
