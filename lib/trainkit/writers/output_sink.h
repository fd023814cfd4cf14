// Where a writer puts what it makes. A one-file format writes its bytes; a package (DOCX,
// SCORM) adds its entries one by one, and the sink decides what they become: a zip archive
// (BytesSink), a folder, or entries compared one by one with golden files.
#pragma once

#include <string>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/base/status.h"
#include "trainkit/package/zip_writer.h"

namespace trainkit::writers {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // The whole of a one-file output.
  virtual void Write(std::string bytes) = 0;
  // One entry of a package, in the order the package lists them; `stored`: kept as it is,
  // not compressed again (PNG and JPEG are compressed already).
  virtual void Add(std::string path, std::string bytes, bool stored) = 0;
  void Add(std::string path, std::string bytes) { Add(std::move(path), std::move(bytes), false); }
  // A paged output (a PDF) says how many pages it has: what a printer prints, to plan paper.
  virtual void SetPageCount(int pages) { (void)pages; }
};

// Makes the output's bytes: what was written, or a zip of what was added, every entry dated
// `date` so that the same entries give the same bytes.
class BytesSink : public OutputSink {
 public:
  explicit BytesSink(Date date) : date_(date) {}
  void Write(std::string bytes) override { bytes_ = std::move(bytes); }
  using OutputSink::Add;
  void Add(std::string path, std::string bytes, bool stored) override {
    entries_.push_back({std::move(path), std::move(bytes), stored});
  }
  void SetPageCount(int pages) override { pages_ = pages; }
  Status Finish(std::string& out);
  int page_count() const { return pages_; }  // 0: not a paged output

 private:
  Date date_;
  int pages_ = 0;
  std::string bytes_;
  std::vector<package::ZipEntry> entries_;
};

}  // namespace trainkit::writers
