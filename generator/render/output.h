#pragma once
// What renderers produce: files as bytes, keyed by their path in the output.

#include <map>
#include <string>

namespace klynge {

// Paths are relative to the output folder, with '/' ("site/pakker/x/index.html").
// A std::map keeps them sorted, so writing is deterministic.
class Output {
 public:
  void Add(std::string path, std::string bytes) { files_[std::move(path)] = std::move(bytes); }
  void Merge(Output other) { files_.merge(other.files_); }
  bool Has(const std::string& path) const { return files_.count(path) > 0; }
  const std::string* Get(const std::string& path) const {
    auto it = files_.find(path);
    return it == files_.end() ? nullptr : &it->second;
  }
  const std::map<std::string, std::string>& files() const { return files_; }
  size_t size() const { return files_.size(); }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace klynge
