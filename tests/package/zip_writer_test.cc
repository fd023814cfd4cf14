#include "trainkit/package/zip_writer.h"

#include <catch2/catch.hpp>

#include <fstream>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

using namespace trainkit;

TEST_CASE("a zip holds its entries in order, the same bytes every time, and unzip reads it") {
  std::vector<package::ZipEntry> entries = {{"mimetype", "application/test", true},
                                            {"word/document.xml", std::string(5000, 'x') + "ж", false},
                                            {"media/a.png", "\x89PNG", false}};
  std::string first, second;
  REQUIRE(package::BuildZip(entries, Date{2026, 11, 28}, first).ok());
  REQUIRE(package::BuildZip(entries, Date{2026, 11, 28}, second).ok());
  CHECK(first == second);
  CHECK(first.rfind("PK\x03\x04", 0) == 0);
  CHECK(first.find("application/test") != std::string::npos);  // stored, so readable as is
  CHECK(first.size() < 5000);                                    // the rest is compressed

  std::string other;
  REQUIRE(package::BuildZip(entries, Date{2027, 1, 1}, other).ok());
  CHECK(other != first);

  test::TempDir dir;
  dir.Write("a.zip", first);
  auto listing = test::Run("/usr/bin/python3", {"-c", "import zipfile,sys; z=zipfile.ZipFile('a.zip'); "
                                                     "print([(i.filename,i.date_time[:3],i.compress_type) for i in z.infolist()]); "
                                                     "print(z.testzip())"},
                           dir.path());
  CHECK(listing.out ==
        "[('mimetype', (2026, 11, 28), 0), ('word/document.xml', (2026, 11, 28), 8), ('media/a.png', (2026, 11, 28), 8)]\n"
        "None\n");
}
