#include "trainkit/writers/output_sink.h"

namespace trainkit::writers {

Status BytesSink::Finish(std::string& out) {
  if (entries_.empty()) {
    out = std::move(bytes_);
    return Status::Ok();
  }
  if (!bytes_.empty()) return Status::Error("a writer both wrote a file and added package entries");
  return package::BuildZip(entries_, date_, out);
}

}  // namespace trainkit::writers
