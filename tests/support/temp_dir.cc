#include "temp_dir.h"

#include <stdlib.h>

#include <fstream>
#include <stdexcept>

namespace trainkit::test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "trainkit-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a temporary directory");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ignored);
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::Write(const std::string& relative, const std::string& contents) const {
  std::filesystem::path file = path_ / relative;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << contents;
  return file;
}

std::filesystem::path TempDir::CopyFromSource(const std::string& source_relative,
                                              const std::string& relative) const {
  std::filesystem::path target = path_ / relative;
  std::filesystem::copy(std::filesystem::path(TRAINKIT_SOURCE_DIR) / source_relative, target,
                        std::filesystem::copy_options::recursive);
  return target;
}

}  // namespace trainkit::test
