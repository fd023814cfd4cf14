// check-scorm's rules, each on a package built in memory: what each reports, and what it
// leaves alone.
#include "trainkit/scorm_check/check_scorm.h"

#include <catch2/catch.hpp>

#include <random>

#include "trainkit/base/diagnostic_format.h"
#include "trainkit/package/zip_writer.h"

using namespace trainkit;
using scorm_check::ScormVersion;

namespace {

std::string Zip(const std::vector<package::ZipEntry>& entries) {
  std::string bytes;
  REQUIRE(package::BuildZip(entries, Date{2026, 11, 28}, bytes).ok());
  return bytes;
}

const char* const kNamespaces12 =
    R"(xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2")";
const char* const kNamespaces2004 =
    R"(xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3")";

// A manifest with one organization whose item opens resource "sco".
std::string Manifest(const std::string& resources, const std::string& schemaversion = "1.2",
                     const std::string& namespaces = kNamespaces12, const std::string& attributes = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<manifest identifier=\"course\" " + namespaces + attributes + ">\n"
         "  <metadata><schema>ADL SCORM</schema><schemaversion>" + schemaversion + "</schemaversion></metadata>\n"
         "  <organizations default=\"org\">\n"
         "    <organization identifier=\"org\"><title>Course</title>\n"
         "      <item identifier=\"lesson\" identifierref=\"sco\"><title>Lesson</title></item>\n"
         "    </organization>\n"
         "  </organizations>\n"
         "  <resources>\n" + resources + "\n  </resources>\n"
         "</manifest>\n";
}

const std::string kSco =
    R"(<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource>)";

scorm_check::ScormCheck Check(const std::vector<package::ZipEntry>& entries, const scorm_check::CheckLimits& limits = {}) {
  return scorm_check::CheckScormBytes(Zip(entries), "course.zip", limits);
}

scorm_check::ScormCheck CheckManifest(const std::string& manifest, std::vector<package::ZipEntry> more = {}) {
  more.insert(more.begin(), {{"imsmanifest.xml", manifest}, {"index.html", "<p>Lesson</p>"}});
  return Check(more);
}

// "E201 message" lines, one per diagnostic, to compare whole.
std::string Found(const scorm_check::ScormCheck& check) {
  std::string found;
  for (const Diagnostic& diagnostic : check.diagnostics.items()) {
    found += std::string(Info(diagnostic.code).name) + " " + diagnostic.message + "\n";
  }
  return found;
}

std::vector<std::string> Codes(const scorm_check::ScormCheck& check) {
  std::vector<std::string> codes;
  for (const Diagnostic& diagnostic : check.diagnostics.items()) codes.emplace_back(Info(diagnostic.code).name);
  return codes;
}

using Codes_ = std::vector<std::string>;

}  // namespace

TEST_CASE("a good package of either version checks clean") {
  auto check = CheckManifest(Manifest(kSco));
  CHECK(Found(check).empty());
  CHECK(check.version == ScormVersion::k12);
  CHECK(check.files == 2);
  CHECK(check.unpacked_bytes == Manifest(kSco).size() + 13);

  std::string sco2004 = kSco;
  sco2004.replace(sco2004.find("scormtype"), 9, "scormType");
  check = CheckManifest(Manifest(sco2004, "2004 4th Edition", kNamespaces2004));
  CHECK(Found(check).empty());
  CHECK(check.version == ScormVersion::k2004);
}

TEST_CASE("the version is read as Moodle reads schemaversion: exactly, and 1.2 otherwise") {
  std::string sco2004 = kSco;
  sco2004.replace(sco2004.find("scormtype"), 9, "scormType");
  for (const char* text : {"2004 3rd Edition", "2004 4th Edition", "CAM 1.3", "1.3"}) {
    INFO(text);
    auto check = CheckManifest(Manifest(sco2004, text, kNamespaces2004));
    CHECK(Found(check).empty());
    CHECK(check.version == ScormVersion::k2004);
  }
  auto padded = CheckManifest(Manifest(kSco, " 1.2 "));
  CHECK(Found(padded) ==
        "W215 schemaversion ' 1.2 ' is not one LMSs recognise ('1.2', '2004 4th Edition', '2004 3rd Edition' or "
        "'CAM 1.3', exactly): Moodle takes the package for SCORM 1.2; write it without the spaces around it\n");
  CHECK(padded.version == ScormVersion::k12);

  std::string none = Manifest(kSco);
  none.replace(none.find("<schemaversion>1.2</schemaversion>"), 34, "");
  CHECK(Codes(CheckManifest(none)) == Codes_{"W215"});
  std::string no_metadata = Manifest(kSco);
  no_metadata.erase(no_metadata.find("  <metadata>"), no_metadata.find("  <organizations") - no_metadata.find("  <metadata>"));
  CHECK(Codes(CheckManifest(no_metadata)) == Codes_{"W215"});
}

TEST_CASE("namespaces and the SCO type attribute must be those of the version") {
  // A 2004 manifest that kept SCORM 1.2's adlcp namespace.
  auto mixed = CheckManifest(Manifest(kSco, "2004 4th Edition",
                                      R"(xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2")"));
  CHECK(Codes(mixed) == Codes_{"W216"});
  CHECK(Found(mixed).find("the namespace http://www.adlnet.org/xsd/adlcp_rootv1p2 is SCORM 1.2's ADL namespace, but "
                          "the package is SCORM 2004") != std::string::npos);

  auto root = CheckManifest(Manifest(kSco, "1.2", R"(xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2")"));
  CHECK(Codes(root) == Codes_{"W216"});
  CHECK(Found(root).find("the manifest's root element has no namespace") != std::string::npos);

  std::string unprefixed = kSco;
  unprefixed.replace(unprefixed.find("adlcp:scormtype"), 15, "scormtype");
  auto plain = CheckManifest(Manifest(unprefixed));
  CHECK(Found(plain) ==
        "W217 'scormtype' is not in the adlcp namespace (http://www.adlnet.org/xsd/adlcp_rootv1p2): LMSs that read the "
        "manifest as its schema says take this resource for an asset, which they launch but do not track\n");

  std::string shouting = kSco;
  shouting.replace(shouting.find("scormtype"), 9, "SCORMTYPE");
  CHECK(Found(CheckManifest(Manifest(shouting))).find("W217 'adlcp:SCORMTYPE' is misspelt; SCORM 1.2 spells it "
                                                      "adlcp:scormtype") == 0);
}

TEST_CASE("identifiers are unique across items, organizations, resources and manifests") {
  std::string shared = kSco + "\n" +
                       R"(<resource identifier="lesson" type="webcontent" adlcp:scormtype="asset" href="index.html"/>)";
  auto check = CheckManifest(Manifest(shared));
  CHECK(Codes(check) == Codes_{"E220"});
  CHECK(Found(check) ==
        "E220 identifier 'lesson' of this <resource> is also an <item>'s: identifiers in a manifest must be unique, "
        "whatever they identify, and an LMS may take one for the other\n");
  REQUIRE(check.diagnostics.items()[0].notes.size() == 1);
  CHECK(check.diagnostics.items()[0].notes[0].location.line == 6);
}

TEST_CASE("references between organizations, items and resources resolve") {
  std::string manifest = Manifest(kSco + "\n" +
                                  R"(<resource identifier="quiz" type="webcontent" adlcp:scormtype="sco" href="index.html">)"
                                  R"(<dependency identifierref="sco"/><dependency identifierref="commons"/></resource>)");
  manifest.replace(manifest.find("default=\"org\""), 13, "default=\"lesson\"");
  manifest.replace(manifest.find("identifierref=\"sco\""), 19, "identifierref=\"quizz\"");
  CHECK(Found(CheckManifest(manifest)) ==
        "E221 default organization 'lesson' is not an organization of this manifest, so the LMS cannot tell which "
        "course structure to show\n"
        "E222 item 'lesson' refers to 'quizz', which is no resource of this manifest: learners who open it get "
        "nothing; did you mean 'quiz'?\n"
        "E226 resource 'quiz' depends on 'commons', which is no resource of this manifest: the files it stands for "
        "may be missing when the LMS launches 'quiz'\n");

  // An item may open a manifest nested in this one.
  std::string nested = Manifest(kSco);
  nested.replace(nested.find("identifierref=\"sco\""), 19, "identifierref=\"part2\"");
  nested.replace(nested.find("</manifest>"), 11,
                 "  <manifest identifier=\"part2\"><organizations/><resources/></manifest>\n</manifest>");
  CHECK(Found(CheckManifest(nested)).empty());
}

TEST_CASE("every file the manifest names is in the package, found through xml:base, query and fragment aside") {
  std::string resources =
      R"(<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html?page=1#top" xml:base="content/">)"
      R"(<file href="index.html"/><file href="../shared/player.js"/><file href="media/Logo.png"/><file href="media/intro.mp4"/>)"
      R"(<file href="https://cdn.example.org/lib.js"/><file href="../../outside.js"/><file href="/etc/passwd"/></resource>)";
  auto check = Check({{"imsmanifest.xml", Manifest(resources)},
                      {"content/index.html", "<p>Lesson</p>"},
                      {"shared/player.js", "'use strict';"},
                      {"content/media/logo.png", "png"},
                      {"content/media/intro.mp3", "mp3"}});
  CHECK(Found(check) ==
        "W230 2 files in the package are listed by no resource: content/media/intro.mp3, content/media/logo.png; LMSs "
        "serve them all the same, but validators and strict imports report them: list each in a <file> of the "
        "resource that uses it\n"
        "E225 the file 'media/Logo.png' of resource 'sco' (looked for as 'content/media/Logo.png') is not in the "
        "package; it has 'content/media/logo.png': names are case-sensitive on the LMS's web server\n"
        "E225 the file 'media/intro.mp4' of resource 'sco' (looked for as 'content/media/intro.mp4') is not in the "
        "package; did you mean 'content/media/intro.mp3'?\n"
        "E225 the file '../../outside.js' of resource 'sco' points outside the package: an LMS serves only the "
        "package's own files\n"
        "E225 the file '/etc/passwd' of resource 'sco' points outside the package: an LMS serves only the package's "
        "own files\n");
}

TEST_CASE("the launch file of a SCO is required and must be present") {
  std::string no_href = R"(<resource identifier="sco" type="webcontent" adlcp:scormtype="sco"><file href="index.html"/></resource>)";
  CHECK(Found(CheckManifest(Manifest(no_href))) == "E223 SCO resource 'sco' has no href: the LMS has no page to launch\n");
  std::string empty = R"(<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href=""><file href="index.html"/></resource>)";
  CHECK(Codes(CheckManifest(Manifest(empty))) == Codes_{"E223"});
  // An asset needs no launch file.
  std::string asset = R"(<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource>)"
                      R"(<resource identifier="pdf" type="webcontent" adlcp:scormtype="asset"><file href="index.html"/></resource>)";
  CHECK(Found(CheckManifest(Manifest(asset))).empty());
  std::string missing = R"(<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="start.html"><file href="index.html"/></resource>)";
  CHECK(Found(CheckManifest(Manifest(missing))) == "E224 the launch file 'start.html' of resource 'sco' is not in the package\n");
}

TEST_CASE("schemas and metadata files and the manifest itself need no resource and others are named (five at most)") {
  std::string manifest = Manifest(kSco);
  manifest.replace(manifest.find("</metadata>"), 11,
                   "<adlcp:location>metadata/course.xml</adlcp:location></metadata>");
  std::vector<package::ZipEntry> more = {{"metadata/course.xml", "<lom/>"},
                                         {"imscp_rootv1p1p2.xsd", "<xs:schema/>"},
                                         {"common/anyElement.xsd", "<xs:schema/>"},
                                         {"ims_xml.XSD", "<xs:schema/>"}};
  CHECK(Found(CheckManifest(manifest, more)).empty());
  for (int i = 1; i <= 7; ++i) more.push_back({"extra/" + std::to_string(i) + ".txt", "x"});
  CHECK(Found(CheckManifest(manifest, more)) ==
        "W230 7 files in the package are listed by no resource: extra/1.txt, extra/2.txt, extra/3.txt, extra/4.txt, "
        "extra/5.txt and 2 more; LMSs serve them all the same, but validators and strict imports report them: list "
        "each in a <file> of the resource that uses it\n");
  manifest.replace(manifest.find("metadata/course.xml"), 19, "metadata/lom.xml");
  CHECK(Codes(CheckManifest(manifest)) == Codes_{"E225"});
}

TEST_CASE("a package with no SCO tracks nothing") {
  std::string asset = kSco;
  asset.replace(asset.find("\"sco\" href"), 5, "\"asset\"");
  CHECK(Codes(CheckManifest(Manifest(asset))) == Codes_{"W218"});
}

TEST_CASE("the manifest must be at the root, by its exact name") {
  CHECK(Found(Check({{"index.html", "x"}})) == "E210 the package has no imsmanifest.xml at its root: an LMS cannot import it\n");
  CHECK(Found(Check({{"IMSManifest.xml", Manifest(kSco)}, {"index.html", "x"}})) ==
        "E210 the package has no imsmanifest.xml at its root: it has 'IMSManifest.xml', and the name must be all "
        "lower case\n");
  auto nested = Check({{"a/b/imsmanifest.xml", "x"}, {"course/imsmanifest.xml", Manifest(kSco)}, {"course/index.html", "x"}});
  CHECK(Codes(nested) == Codes_{"E211"});
  CHECK(Found(nested).find("'course/imsmanifest.xml', in the folder 'course/'") != std::string::npos);
  CHECK_FALSE(nested.version);
}

TEST_CASE("a manifest that is not XML, or not XML check-scorm reads, says so") {
  CHECK(Found(CheckManifest("")) == "E212 imsmanifest.xml is empty\n");
  CHECK(Found(CheckManifest(std::string("PK\x03\x04\0\0binary", 12))) ==
        "E212 imsmanifest.xml is a binary file, not XML text\n");
  CHECK(Codes(CheckManifest("<manifest><organizations></manifest>")) == Codes_{"E212"});
  auto doctype = CheckManifest("<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [<!ENTITY a \"aaaa\">]>\n<manifest/>");
  CHECK(Found(doctype).find("E212 imsmanifest.xml has a DOCTYPE") == 0);
  CHECK(doctype.diagnostics.items()[0].location.file->path() == "course.zip:imsmanifest.xml");
  CHECK(doctype.diagnostics.items()[0].location.line == 2);
  std::string utf16("\xFF\xFE<\0m\0/\0>\0", 10);
  CHECK(Found(CheckManifest(utf16)) ==
        "W214 the manifest is in UTF-16, not UTF-8: check-scorm reads UTF-8 manifests only, so nothing in it was "
        "checked; saving it as UTF-8 changes nothing for an LMS\n");
  CHECK(Codes(CheckManifest("<?xml version='1.0' encoding='windows-1252'?><manifest/>")) == Codes_{"W214"});
  CHECK(Codes(CheckManifest("<?xml version='1.0' encoding='utf-8'?>\n<package/>")) == Codes_{"E213"});
}

TEST_CASE("zip entries that would escape, collide or hide are each reported") {
  auto check = Check({{"imsmanifest.xml", Manifest(kSco)},
                      {"index.html", "x"},
                      {"../up.js", "x"},
                      {"content/../../up2.js", "x"},
                      {"content/../fine.js", "x"},
                      {"/abs.js", "x"},
                      {"c:\\windows.js", "x"},
                      {"media\\a.png", "x"}});
  CHECK(Codes(check) == Codes_{"E202", "E202", "E202", "E202", "E203", "E203", "W230"});
  // Only the entry that stays inside is left for the manifest's rules.
  CHECK(Found(check).find("listed by no resource: content/../fine.js;") != std::string::npos);
  CHECK(check.files == 8);
  // libzip writes no name twice: E204's case is tests/diagnostics/E204, made with Python's zipfile.
}

TEST_CASE("zip bombs are refused before they are unpacked, whatever their entries declare") {
  scorm_check::CheckLimits limits;
  limits.inspection.max_entries = 3;
  auto many = Check({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", "x"}, {"a", ""}, {"b", ""}}, limits);
  CHECK(Found(many) == "E208 the package has 4 entries, more than the 3 a course needs: an archive made to exhaust "
                       "the unpacker; nothing else was checked\n");

  limits = {};
  limits.inspection.max_unpacked_bytes = 1000;
  auto large = Check({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", std::string(2000, 'x')}}, limits);
  CHECK(Codes(large) == Codes_{"E206"});
  CHECK(Found(large).find("more than the limit of 1.0 kB (1000 bytes)") != std::string::npos);

  // BuildZip deflates at level 1, which gets spaces down by less than zlib's best: the limit
  // is lowered to match.
  limits = {};
  limits.inspection.ratio_floor_bytes = 1000;
  limits.inspection.max_compression_ratio = 20;
  auto ratio = Check({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", std::string(100000, ' ')}}, limits);
  CHECK(Codes(ratio) == Codes_{"E207"});
  CHECK(Found(ratio).find("E207 entry 'index.html' unpacks to 100000 bytes from ") == 0);
  CHECK(Found(ratio).find(" to 1: no real file compresses past 20 to 1; that is the mark of a zip bomb, and it was "
                          "not unpacked\n") != std::string::npos);
  limits.inspection.ratio_floor_bytes = 200000;
  CHECK(Found(Check({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", std::string(100000, ' ')}}, limits)).empty());
}

TEST_CASE("a manifest larger than any needs is not read") {
  scorm_check::CheckLimits limits;
  limits.inspection.max_manifest_bytes = 100;
  CHECK(Found(Check({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", "x"}}, limits)) ==
        "E212 imsmanifest.xml unpacks to more than 100 bytes, more than any manifest needs; it was not read\n");
}

TEST_CASE("names from the package reach messages without their control characters") {
  // libzip writes no C0 control in a name; Python's zipfile, and so an attacker, does.
  auto check = Check({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", "x"}, {"../x\x7f.js", "x"}});
  REQUIRE(Codes(check) == Codes_{"E202"});
  CHECK(check.diagnostics.items()[0].message.find("entry '../x\uFFFD.js'") == 0);
  CHECK(scorm_check::Printable("a\x1b[2J\x07\xff\xc2\x9b" "b") == "a\uFFFD[2J\uFFFD\uFFFD\uFFFDb");
}

TEST_CASE("what is not a whole zip is one error, however it is cut or garbled") {
  std::string good = Zip({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", std::string(5000, 'x')}});
  CHECK(Found(scorm_check::CheckScormBytes("not a zip at all", "course.zip")) ==
        "E201 the package is not a zip archive, or a damaged one (libzip: Not a zip archive); a SCORM package is a "
        "zip file with imsmanifest.xml at its root\n");
  CHECK(Found(scorm_check::CheckScormBytes("", "course.zip")) ==
        "E201 the package is an empty file: a SCORM package is a zip file with imsmanifest.xml at its root\n");
  // Every cut of a good package, and random damage to it: an error or a clean check, never a
  // crash or a hang (sanitizers and the fuzz build watch the rest).
  for (size_t length = 0; length < good.size(); length += 7) {
    auto check = scorm_check::CheckScormBytes(good.substr(0, length), "course.zip");
    CHECK(check.diagnostics.has_errors());
  }
  std::mt19937 random(20261128);
  for (int round = 0; round < 300; ++round) {
    std::string damaged = good;
    for (int flips = 0; flips < 1 + round % 8; ++flips) {
      damaged[random() % damaged.size()] = static_cast<char>(random());
    }
    auto check = scorm_check::CheckScormBytes(damaged, "course.zip");
    (void)FormatJson(check.diagnostics);
  }
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  CHECK(scorm_check::CheckScormBytes("PK\x05\x06" + noise, "course.zip").diagnostics.has_errors());
}

TEST_CASE("a damaged entry is found by unpacking it, as the LMS will") {
  std::string good = Zip({{"imsmanifest.xml", Manifest(kSco)}, {"index.html", std::string(5000, 'x'), true}});
  // index.html is stored as it is: change one of its bytes, and its checksum no longer fits.
  std::string damaged = good;
  damaged[good.find(std::string(100, 'x')) + 50] = 'y';
  auto check = scorm_check::CheckScormBytes(damaged, "course.zip");
  CHECK(check.diagnostics.has_errors());
  CHECK(Found(check).find("E201 entry 'index.html' is damaged and cannot be unpacked (libzip: ") != std::string::npos);
}
