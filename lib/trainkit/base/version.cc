#include "trainkit/base/version.h"

#include <algorithm>
#include <cctype>

namespace trainkit {
namespace {

std::string_view NextPart(std::string_view& text) {
  size_t dot = text.find('.');
  std::string_view part = text.substr(0, dot);
  text = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  return part;
}

bool IsNumber(std::string_view part) {
  return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int ComparePart(std::string_view a, std::string_view b) {
  if (IsNumber(a) && IsNumber(b)) {
    a.remove_prefix(std::min(a.find_first_not_of('0'), a.size()));
    b.remove_prefix(std::min(b.find_first_not_of('0'), b.size()));
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  }
  return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

}  // namespace

int CompareVersions(std::string_view a, std::string_view b) {
  while (!a.empty() || !b.empty()) {
    int order = ComparePart(NextPart(a), NextPart(b));
    if (order != 0) return order;
  }
  return 0;
}

}  // namespace trainkit
