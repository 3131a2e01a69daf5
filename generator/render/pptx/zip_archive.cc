#include "render/pptx/zip_archive.h"

#include <zip.h>

#include <ctime>

namespace klynge {

namespace {

// libzip writes an entry's time as MS-DOS local time (via localtime): the
// time_t of 2000-01-01 00:00 in the local zone gives the same DOS date in
// every zone, so a build in Copenhagen and one in UTC agree.
time_t FixedTime() {
  std::tm tm{};
  tm.tm_year = 2000 - 1900;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  tm.tm_hour = 0;
  tm.tm_isdst = 0;
  return std::mktime(&tm);
}

Status ZipError(const std::string& what, zip_error_t* error) {
  return Status::Error(what + ": " + zip_error_strerror(error));
}

}  // namespace

Status MakeZip(const std::vector<ZipEntry>& entries, std::string* bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) {
    Status s = ZipError("zip buffer", &error);
    zip_error_fini(&error);
    return s;
  }
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) {
    Status s = ZipError("zip open", &error);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return s;
  }
  zip_error_fini(&error);
  zip_source_keep(buffer);  // read it back after zip_close
  const time_t when = FixedTime();
  auto fail = [&](const std::string& what) {
    Status s = Status::Error(what + ": " + zip_strerror(archive));
    zip_discard(archive);
    zip_source_free(buffer);
    return s;
  };
  for (const ZipEntry& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    if (!data) return fail("zip " + entry.name);
    zip_int64_t index = zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      return fail("zip " + entry.name);
    }
    auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 6) < 0 ||
        zip_file_set_mtime(archive, i, when, 0) < 0)
      return fail("zip " + entry.name);
  }
  if (zip_close(archive) < 0) return fail("zip close");

  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0) {
    zip_source_free(buffer);
    return Status::Error("zip: cannot read the archive back");
  }
  bytes->resize(stat.size);
  zip_int64_t read = zip_source_read(buffer, bytes->data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return Status::Error("zip: short read");
  return Status::Ok();
}

}  // namespace klynge
