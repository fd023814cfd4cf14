#include "trainkit/base/language_tag.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace trainkit {
namespace {

std::vector<std::string_view> Split(std::string_view tag) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t dash = tag.find('-', start);
    parts.push_back(tag.substr(start, dash == std::string_view::npos ? dash : dash - start));
    if (dash == std::string_view::npos) return parts;
    start = dash + 1;
  }
}

bool All(std::string_view s, int (*pred)(int)) {
  return std::all_of(s.begin(), s.end(), [pred](char c) { return pred(static_cast<unsigned char>(c)); });
}
bool Alpha(std::string_view s, size_t min, size_t max) {
  return s.size() >= min && s.size() <= max && All(s, std::isalpha);
}
bool Digits(std::string_view s, size_t n) { return s.size() == n && All(s, std::isdigit); }
bool Alnum(std::string_view s, size_t min, size_t max) {
  return s.size() >= min && s.size() <= max && All(s, std::isalnum);
}

}  // namespace

bool IsWellFormedLanguageTag(std::string_view tag) {
  if (tag.empty() || tag.size() > 64) return false;
  std::vector<std::string_view> parts = Split(tag);
  size_t i = 0;
  auto at = [&](size_t k) { return k < parts.size() ? parts[k] : std::string_view(); };

  if (Alpha(at(i), 2, 3)) {
    ++i;
    for (int extlangs = 0; extlangs < 3 && Alpha(at(i), 3, 3); ++extlangs) ++i;
  } else if (Alpha(at(i), 4, 8)) {
    ++i;
  } else {
    return at(0) == "x" && parts.size() > 1 &&
           std::all_of(parts.begin() + 1, parts.end(), [](auto p) { return Alnum(p, 1, 8); });
  }
  if (Alpha(at(i), 4, 4)) ++i;                           // script
  if (Alpha(at(i), 2, 2) || Digits(at(i), 3)) ++i;       // region
  while (Alnum(at(i), 5, 8) || (at(i).size() == 4 && std::isdigit(static_cast<unsigned char>(at(i)[0])) &&
                                Alnum(at(i), 4, 4))) {
    ++i;                                                 // variants
  }
  while (i < parts.size() && parts[i].size() == 1 && parts[i] != "x" && parts[i] != "X" &&
         Alnum(parts[i], 1, 1)) {
    ++i;                                                 // extension singleton
    if (!Alnum(at(i), 2, 8)) return false;
    while (Alnum(at(i), 2, 8)) ++i;
  }
  if (i < parts.size() && (parts[i] == "x" || parts[i] == "X")) {
    ++i;
    if (!Alnum(at(i), 1, 8)) return false;
    while (Alnum(at(i), 1, 8)) ++i;
  }
  return i == parts.size();
}

}  // namespace trainkit
