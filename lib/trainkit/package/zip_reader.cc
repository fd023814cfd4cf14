#include "trainkit/package/zip_reader.h"

#include <fmt/format.h>
#include <zip.h>

#include <memory>

namespace trainkit::package {

Status ReadZip(const std::string& bytes, std::map<std::string, std::string>& entries, const ZipLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return Status::Error("not a zip archive");
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive) {
    zip_source_free(source);
    return Status::Error("not a zip archive (or a damaged one)");
  }
  std::unique_ptr<zip_t, void (*)(zip_t*)> holder(archive, zip_discard);
  zip_int64_t count = zip_get_num_entries(archive, 0);
  if (count < 0 || static_cast<size_t>(count) > limits.max_entries) {
    return Status::Error(fmt::format("the archive has more than {} entries", limits.max_entries));
  }
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME) ||
        !(stat.valid & ZIP_STAT_SIZE)) {
      return Status::Error("the archive is damaged");
    }
    std::string name = stat.name;
    if (name.empty() || name[0] == '/' || name.find("..") != std::string::npos || name.find('\\') != std::string::npos) {
      return Status::Error(fmt::format("the archive has an entry with an unsafe name: {}", name));
    }
    if (name.back() == '/') continue;  // a folder
    total += stat.size;
    if (stat.size > limits.max_entry_bytes || total > limits.max_total_bytes) {
      return Status::Error("the archive unpacks to more than its limit (a zip bomb?)");
    }
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (!file) return Status::Error(fmt::format("cannot read {} in the archive", name));
    std::string data(stat.size, '\0');
    zip_int64_t read = zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
      return Status::Error(fmt::format("cannot read {} in the archive", name));
    }
    entries[name] = std::move(data);
  }
  return Status::Ok();
}

}  // namespace trainkit::package
