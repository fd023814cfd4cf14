// What a command made, kept until the process exits instead of freed: freeing the model of a
// curriculum and its programs took milliseconds in an export and a tenth of a second in a
// build, just before the exit gives the memory back at once.
#pragma once

#include <utility>

namespace trainkit::cli {

// Keeps `value` until the next call with a value of its type (a test runs many commands in one
// process) or the exit. It stays reachable, so leak checkers do not count it.
template <typename T>
void KeepUntilExit(T&& value) {
  static T* kept = nullptr;  // a plain pointer: no destructor runs at exit
  delete kept;
  kept = new T(std::forward<T>(value));
}

// Keeps `value` when the scope ends, whichever way it returns.
template <typename T>
class KeptAtScopeEnd {
 public:
  explicit KeptAtScopeEnd(T& value) : value_(value) {}
  ~KeptAtScopeEnd() { KeepUntilExit(std::move(value_)); }
  KeptAtScopeEnd(const KeptAtScopeEnd&) = delete;
  KeptAtScopeEnd& operator=(const KeptAtScopeEnd&) = delete;

 private:
  T& value_;
};

}  // namespace trainkit::cli
