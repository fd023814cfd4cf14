// The outcome of an operation that can fail for reasons outside the user's files (I/O, a
// library): ok, or an error with a message for people.
#pragma once

#include <string>
#include <utility>

namespace trainkit {

class [[nodiscard]] Status {
 public:
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  Status() = default;
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}

  bool failed_ = false;
  std::string message_;
};

}  // namespace trainkit
