// Reading a zip archive (a reference DOCX, say) from memory, within limits: a damaged or
// hostile archive is an error, never a crash, a zip bomb or a path outside the archive.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "trainkit/base/status.h"

struct zip;  // libzip's archive (zip_t), kept out of this header

namespace trainkit::package {

struct ZipLimits {
  size_t max_entries = 2000;
  uint64_t max_entry_bytes = 64u << 20;
  uint64_t max_total_bytes = 256u << 20;
};

// The entries of the archive in `bytes`, by name. Error when it is not a zip, is damaged, has
// an entry named with ".." or an absolute path, or would unpack past the limits.
Status ReadZip(const std::string& bytes, std::map<std::string, std::string>& entries, const ZipLimits& limits = {});

// What an archive's central directory says of one entry, before anything is unpacked.
struct ZipEntryInfo {
  std::string name;              // as stored, read as UTF-8 (or as CP437 when not marked UTF-8)
  uint64_t size = 0;             // unpacked, as declared
  uint64_t compressed_size = 0;  // as declared
  int32_t compression_method = 0;
  bool encrypted = false;
  bool compression_supported = true;  // libzip can unpack its method
};

// An archive opened to be looked at entry by entry, for a checker that reports every problem
// of a package it did not make, where ReadZip, for archives trainkit reads as input, stops at
// the first. Nothing is unpacked until asked for, and then only within a limit.
class ZipArchive {
 public:
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Opens the archive at `path`, read as needed rather than whole. Error (with libzip's
  // reason) when it is not a zip or its central directory cannot be read.
  static Status OpenFile(const std::filesystem::path& path, std::unique_ptr<ZipArchive>& archive);
  // Opens the archive in `bytes`, which must outlive it.
  static Status OpenBytes(const std::string& bytes, std::unique_ptr<ZipArchive>& archive);

  // Every entry, in central directory order, names given twice included.
  const std::vector<ZipEntryInfo>& entries() const { return entries_; }

  // Error when libzip's consistency check fails: an entry's local header disagrees with the
  // central directory, or a name is given twice.
  Status CheckConsistency() const;

  // Unpacks entry `index` until its end, or until more than `limit` bytes have come out;
  // `unpacked` says how many did. The bytes are appended to `data` unless it is null. Error
  // when the entry is encrypted, its method unsupported, or its data damaged (a bad checksum,
  // or fewer bytes than declared).
  Status Read(size_t index, uint64_t limit, uint64_t& unpacked, std::string* data) const;

 private:
  ZipArchive() = default;
  static Status Open(std::unique_ptr<ZipArchive>& archive);

  std::filesystem::path path_;        // when opened from a file
  const std::string* bytes_ = nullptr;  // when opened from memory
  ::zip* zip_ = nullptr;
  std::vector<ZipEntryInfo> entries_;
};

}  // namespace trainkit::package
