#include <algorithm>
#include <set>

#include "trainkit/env.h"

namespace trainkit {
namespace {

std::string Key(const std::filesystem::path& path) { return path.lexically_normal().generic_string(); }

// "a/b/" for "a/b", "" for "." (the root of relative paths).
std::string FolderPrefix(const std::filesystem::path& folder) {
  std::string key = Key(folder);
  if (key == "." || key.empty()) return "";
  if (key.back() != '/') key += '/';
  return key;
}

}  // namespace

void MemEnv::Write(const std::filesystem::path& path, std::string contents) { files_[Key(path)] = std::move(contents); }

void MemEnv::Remove(const std::filesystem::path& path) { files_.erase(Key(path)); }

Env::Kind MemEnv::KindOf(const std::filesystem::path& path) const {
  if (files_.count(Key(path))) return Kind::kFile;
  std::string prefix = FolderPrefix(path);
  auto next = files_.lower_bound(prefix);
  bool folder = next != files_.end() && next->first.compare(0, prefix.size(), prefix) == 0;
  return folder ? Kind::kFolder : Kind::kMissing;
}

Env::ReadError MemEnv::ReadFile(const std::filesystem::path& path, uintmax_t max_bytes, std::string& contents) const {
  auto file = files_.find(Key(path));
  if (file == files_.end()) {
    if (KindOf(path) == Kind::kFolder) return {ReadError::Reason::kFolder, "it is a directory, not a file"};
    return {ReadError::Reason::kMissing, "no such file"};
  }
  if (file->second.size() > max_bytes) return {ReadError::Reason::kTooLarge, "", file->second.size()};
  contents = file->second;
  return {};
}

std::vector<std::string> MemEnv::List(const std::filesystem::path& folder) const {
  std::string prefix = FolderPrefix(folder);
  std::set<std::string> names;  // a file's name, or the first folder on its way
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    std::string rest = it->first.substr(prefix.size());
    names.insert(rest.substr(0, rest.find('/')));
  }
  return {names.begin(), names.end()};
}

std::filesystem::path MemEnv::RealPath(const std::filesystem::path& path) const { return path.lexically_normal(); }

}  // namespace trainkit
