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

namespace {

// A libzip archive opened from a file or from memory with `flags`, or null with libzip's reason.
zip_t* OpenZip(const std::filesystem::path& path, const std::string* bytes, int flags, std::string& reason) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = bytes ? zip_source_buffer_create(bytes->data(), bytes->size(), 0, &error)
                               : zip_source_file_create(path.c_str(), 0, -1, &error);
  if (!source) {
    reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return nullptr;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | flags, &error);
  if (!archive) {
    zip_source_free(source);
    reason = zip_error_strerror(&error);
  }
  zip_error_fini(&error);
  return archive;
}

}  // namespace

ZipArchive::~ZipArchive() {
  if (zip_) zip_discard(zip_);
}

Status ZipArchive::OpenFile(const std::filesystem::path& path, std::unique_ptr<ZipArchive>& archive) {
  archive.reset(new ZipArchive());
  archive->path_ = path;
  return Open(archive);
}

Status ZipArchive::OpenBytes(const std::string& bytes, std::unique_ptr<ZipArchive>& archive) {
  archive.reset(new ZipArchive());
  archive->bytes_ = &bytes;
  return Open(archive);
}

Status ZipArchive::Open(std::unique_ptr<ZipArchive>& archive) {
  std::string reason;
  // Without ZIP_CHECKCONS: a name given twice would stop libzip here, and a checker wants to
  // see the entries to say which.
  archive->zip_ = OpenZip(archive->path_, archive->bytes_, 0, reason);
  if (!archive->zip_) {
    archive.reset();
    return Status::Error(reason);
  }
  zip_int64_t count = zip_get_num_entries(archive->zip_, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive->zip_, static_cast<zip_uint64_t>(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
      std::string error = zip_strerror(archive->zip_);
      archive.reset();
      return Status::Error(error);
    }
    ZipEntryInfo entry;
    entry.name = stat.name;
    if (stat.valid & ZIP_STAT_SIZE) entry.size = stat.size;
    if (stat.valid & ZIP_STAT_COMP_SIZE) entry.compressed_size = stat.comp_size;
    if (stat.valid & ZIP_STAT_COMP_METHOD) entry.compression_method = stat.comp_method;
    entry.encrypted = (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
    entry.compression_supported = zip_compression_method_supported(entry.compression_method, 0) != 0;
    archive->entries_.push_back(std::move(entry));
  }
  return Status::Ok();
}

Status ZipArchive::CheckConsistency() const {
  std::string reason;
  zip_t* checked = OpenZip(path_, bytes_, ZIP_CHECKCONS, reason);
  if (!checked) return Status::Error(reason);
  zip_discard(checked);
  return Status::Ok();
}

Status ZipArchive::Read(size_t index, uint64_t limit, uint64_t& unpacked, std::string* data) const {
  unpacked = 0;
  zip_file_t* file = zip_fopen_index(zip_, index, 0);
  if (!file) return Status::Error(zip_strerror(zip_));
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> holder(file, zip_fclose);
  // Read in pieces, so that an entry that unpacks past its limit (a zip bomb that lies about
  // its size) costs no more than the limit.
  char buffer[64 * 1024];
  while (true) {
    zip_int64_t read = zip_fread(file, buffer, sizeof buffer);
    if (read < 0) return Status::Error(zip_file_strerror(file));
    if (read == 0) return Status::Ok();
    unpacked += static_cast<uint64_t>(read);
    if (data) data->append(buffer, static_cast<size_t>(read));
    if (unpacked > limit) return Status::Ok();
  }
}

}  // namespace trainkit::package
