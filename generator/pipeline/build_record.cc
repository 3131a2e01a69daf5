#include "pipeline/build_record.h"

#include <algorithm>

#include "base/content_hash.h"
#include "base/text.h"

namespace klynge {

bool HasPart(const std::vector<BuildPart>& parts, BuildPart part) {
  return std::find(parts.begin(), parts.end(), part) != parts.end();
}

namespace {

// Whether the manifest's unit `name` is made by a build of `parts`. A name
// this klynge does not make (an older one's) belongs to every part, so that
// any build drops it and its files.
bool InParts(const std::vector<BuildPart>& parts, const std::string& name) {
  std::optional<UnitId> unit = UnitId::FromName(name);
  return !unit || HasPart(parts, unit->part());
}

}  // namespace

OutputCounts CountOutputs(const BuildManifest& manifest) {
  OutputCounts counts;
  for (const auto& [path, record] : manifest.files) {
    if (path.ends_with(".pdf")) ++counts.pdfs;
    if (path.starts_with("site/") && path.ends_with(".html")) ++counts.pages;
  }
  for (const auto& [name, key] : manifest.units) {
    std::optional<UnitId> unit = UnitId::FromName(name);
    if (unit && unit->kind == UnitKind::kClusterPack) ++counts.clusters;
  }
  return counts;
}

BuildRecord::BuildRecord(const BuildManifest* previous, const std::vector<BuildPart>& parts,
                         std::string output_dir, OutputWriter* writer)
    : previous_(previous), parts_(parts), output_dir_(std::move(output_dir)), writer_(writer) {
  if (!previous_) return;
  for (const auto& [path, record] : previous_->files) previous_files_[record.unit].push_back(path);
  // Parts this build does not render stay as the last build left them.
  for (const auto& [unit, key] : previous_->units)
    if (!InParts(parts_, unit)) next_.units[unit] = key;
  for (const auto& [path, record] : previous_->files)
    if (!InParts(parts_, record.unit)) next_.files[path] = record;
  for (const auto& [part, digest] : previous_->parts) next_.parts[part] = digest;
  for (BuildPart part : parts_) next_.parts.erase(PartName(part));
}

bool BuildRecord::Keep(const UnitId& id, uint64_t key) {
  if (!previous_) return false;
  std::string unit = id.Name();
  auto it = previous_->units.find(unit);
  if (it == previous_->units.end() || it->second != key) return false;
  auto files = previous_files_.find(unit);
  if (files != previous_files_.end())
    for (const std::string& path : files->second)
      if (!OutputFileIntact(output_dir_, path, previous_->files.at(path).size, &writer_->file_system())) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  next_.units[unit] = key;
  if (files != previous_files_.end())
    for (const std::string& path : files->second) next_.files[path] = previous_->files.at(path);
  return true;
}

Status BuildRecord::Take(const UnitId& id, uint64_t key, const Output& files) {
  std::string unit = id.Name();
  std::vector<OutputRecord> records;
  for (const auto& [path, bytes] : files.files()) {
    records.push_back(OutputRecord{unit, HashBytes(bytes), bytes.size()});
    Status written = writer_->Write(path, bytes, records.back().hash);
    if (!written.ok()) return written;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  next_.units[unit] = key;
  size_t i = 0;
  for (const auto& [path, bytes] : files.files()) next_.files[path] = std::move(records[i++]);
  return Status::Ok();
}

bool BuildRecord::UpToDate(const BuildManifest& previous, const std::vector<BuildPart>& parts,
                           uint64_t digest, const std::string& output_dir, FileSystem* fs) {
  for (BuildPart part : parts) {
    auto it = previous.parts.find(PartName(part));
    if (it == previous.parts.end() || it->second != digest) return false;
  }
  for (const auto& [path, record] : previous.files)
    if (InParts(parts, record.unit) && !OutputFileIntact(output_dir, path, record.size, fs))
      return false;
  return true;
}

Status BuildRecord::Commit(uint64_t digest, const std::vector<std::string>& extra_inputs,
                           const std::string& diagnostics, int warnings) {
  std::vector<std::string> stale;
  if (previous_)
    for (const auto& [path, record] : previous_->files)
      if (!next_.files.count(path)) stale.push_back(path);
  for (BuildPart part : parts_) next_.parts[PartName(part)] = digest;
  next_.extra_inputs = extra_inputs;
  next_.diagnostics = diagnostics;
  next_.warnings = warnings;
  return writer_->Commit(stale, &next_);
}

size_t BuildRecord::SizeOf(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = next_.files.find(path);
  return it == next_.files.end() ? 0 : it->second.size;
}

}  // namespace klynge
