#include "trainkit/package/zip_reader.h"

#include <catch2/catch.hpp>

#include "trainkit/package/zip_writer.h"

using namespace trainkit;

namespace {

std::string Zip(const std::vector<package::ZipEntry>& entries) {
  std::string bytes;
  REQUIRE(package::BuildZip(entries, Date{2026, 11, 28}, bytes).ok());
  return bytes;
}

}  // namespace

TEST_CASE("a zip reads back entry by entry") {
  std::map<std::string, std::string> entries;
  REQUIRE(package::ReadZip(Zip({{"word/styles.xml", "<w:styles/>"}, {"a/b.txt", std::string(3000, 'z')}}), entries).ok());
  CHECK(entries.size() == 2);
  CHECK(entries.at("word/styles.xml") == "<w:styles/>");
  CHECK(entries.at("a/b.txt").size() == 3000);
}

TEST_CASE("a damaged, hostile or oversized zip is an error") {
  std::map<std::string, std::string> entries;
  CHECK(package::ReadZip("not a zip at all", entries).message() == "not a zip archive (or a damaged one)");
  std::string zip = Zip({{"word/styles.xml", std::string(5000, 'x')}});
  CHECK_FALSE(package::ReadZip(zip.substr(0, zip.size() / 2), entries).ok());
  CHECK(package::ReadZip(Zip({{"../../etc/passwd", "x"}}), entries).message() ==
        "the archive has an entry with an unsafe name: ../../etc/passwd");
  CHECK(package::ReadZip(Zip({{"/abs.xml", "x"}}), entries).message() ==
        "the archive has an entry with an unsafe name: /abs.xml");
  package::ZipLimits small{10, 1000, 1500};
  CHECK(package::ReadZip(zip, entries, small).message() == "the archive unpacks to more than its limit (a zip bomb?)");
  CHECK(package::ReadZip(Zip({{"a", std::string(800, 'a')}, {"b", std::string(800, 'b')}}), entries, small).message() ==
        "the archive unpacks to more than its limit (a zip bomb?)");
}
