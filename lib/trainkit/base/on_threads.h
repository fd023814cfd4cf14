// Jobs run side by side on a few threads, each taking the next job until none is left.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace trainkit {

// Calls `job(i)` for every i below `count`, on at most `threads` threads, this one among them.
// A thread that cannot be started is not needed: the others take its jobs. Once every thread
// has stopped, the exception of the lowest-numbered job that threw, if any, is thrown here.
// Jobs must not share what they change.
template <typename Job>
void RunOnThreads(size_t count, unsigned threads, const Job& job) {
  std::vector<std::exception_ptr> failed(count);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) {
      try {
        job(i);
      } catch (...) {
        failed[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> helpers;
  helpers.reserve(threads);  // so that adding one cannot throw with others running
  for (size_t t = 1; t < std::min<size_t>(count, threads); ++t) {
    try {
      helpers.emplace_back(work);
    } catch (const std::system_error&) {
      break;
    }
  }
  work();
  for (std::thread& helper : helpers) helper.join();
  for (const std::exception_ptr& failure : failed) {
    if (failure) std::rethrow_exception(failure);
  }
}

}  // namespace trainkit
