#include "trainkit/package/zip_writer.h"

#include <fmt/format.h>
#include <zip.h>

#include <memory>

namespace trainkit::package {
namespace {

std::string ErrorText(zip_error_t* error) {
  const char* text = zip_error_strerror(error);
  return text ? text : "unknown zip error";
}

}  // namespace

Status BuildZip(const std::vector<ZipEntry>& entries, const Date& date, std::string& out) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) return Status::Error("zip: " + ErrorText(&error));
  zip_source_keep(buffer);  // the archive is read back out of it after zip_close
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> holder(buffer, zip_source_free);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) return Status::Error("zip: " + ErrorText(&error));

  time_t mtime = static_cast<time_t>(date.DaysSinceEpoch() * 86400);
  for (const ZipEntry& entry : entries) {
    zip_source_t* source = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    zip_int64_t index = source ? zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      std::string message = fmt::format("zip: cannot add {}: {}", entry.name, zip_strerror(archive));
      zip_discard(archive);
      return Status::Error(message);
    }
    // Level 1: the XML parts of our packages shrink almost as well as at 9, several times faster.
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), mtime, 0);
  }
  if (zip_close(archive) != 0) {
    std::string message = fmt::format("zip: {}", zip_strerror(archive));
    zip_discard(archive);
    return Status::Error(message);
  }

  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0) {
    return Status::Error("zip: cannot read the archive back");
  }
  out.resize(stat.size);
  zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
  zip_source_close(buffer);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return Status::Error("zip: cannot read the archive back");
  return Status::Ok();
}

}  // namespace trainkit::package
