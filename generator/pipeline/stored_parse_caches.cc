#include "pipeline/stored_parse_caches.h"

#include "base/executable_id.h"
#include "cache/build_manifest.h"

namespace klynge {

StoredParseCaches::StoredParseCaches(const std::string& output_dir, bool cached, FileSystem* fs) {
  if (!cached) return;
  std::string bytes;
  if (ReadOutputCacheFile(output_dir, kYamlCacheName, &bytes, fs)) yaml_.Decode(std::move(bytes), ExecutableId());
  if (ReadOutputCacheFile(output_dir, kMarkdownCacheName, &bytes, fs))
    markdown_.Decode(std::move(bytes), ExecutableId());
}

ParseCaches StoredParseCaches::Fill(ParseCaches given) {
  if (!given.yaml) {
    given.yaml = &yaml_;
    yaml_used_ = true;
  }
  if (!given.markdown) {
    given.markdown = &markdown_;
    markdown_used_ = true;
  }
  return given;
}

Status StoredParseCaches::Save(OutputWriter* writer) const {
  if (yaml_used_ && yaml_.changed())
    if (Status s = writer->WriteCacheFile(kYamlCacheName, yaml_.Encode(ExecutableId())); !s.ok()) return s;
  if (markdown_used_ && markdown_.changed())
    return writer->WriteCacheFile(kMarkdownCacheName, markdown_.Encode(ExecutableId()));
  return Status::Ok();
}

}  // namespace klynge
