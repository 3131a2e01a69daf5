#pragma once
// What was made from a text (a parsed tree, facts read from it), kept
// between builds so a rebuild works only on the texts that changed: in memory
// for `klynge serve`, and as bytes in the output folder's build cache between
// `klynge build` runs.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/content_hash.h"

namespace klynge {

// Thread-safe. `Encode` and `Decode` turn one value into bytes and back;
// Decode returns nullptr for bytes it did not make.
template <typename T>
class TextCache {
 public:
  using EncodeFn = std::string (*)(const T&);
  using DecodeFn = std::shared_ptr<const T> (*)(std::string_view);

  TextCache(std::string_view magic, EncodeFn encode, DecodeFn decode)
      : magic_(magic), encode_(encode), decode_(decode) {}

  // The value made from exactly `text`, if stored; marks the entry as used.
  std::shared_ptr<const T> Find(std::string_view text) {
    uint64_t key = HashBytes(text);
    std::unique_lock<std::mutex> lock(mutex_);
    auto [begin, end] = entries_.equal_range(key);
    for (auto it = begin; it != end; ++it) {
      Entry& entry = it->second;
      if (entry.text != text) continue;
      entry.used = true;
      if (entry.value || entry.encoded.empty()) return entry.value;
      // Decoded outside the lock, so callers on several threads decode side
      // by side; the bytes stay (Encode copies them) and never move.
      std::string_view encoded = entry.encoded;
      lock.unlock();
      std::shared_ptr<const T> value = decode_(encoded);
      lock.lock();
      if (value) {
        entry.value = value;
      } else {
        entry.encoded = {};  // made again by the caller, and stored anew
      }
      return value;
    }
    return nullptr;
  }

  void Store(std::string_view text, std::shared_ptr<const T> value) {
    uint64_t key = HashBytes(text);
    std::lock_guard<std::mutex> lock(mutex_);
    changed_ = true;
    auto [begin, end] = entries_.equal_range(key);
    for (auto it = begin; it != end; ++it) {
      if (it->second.text != text) continue;
      it->second.value = std::move(value);
      it->second.encoded = {};
      it->second.used = true;
      return;
    }
    auto owned = std::make_shared<const std::string>(text);
    entries_.emplace(key, Entry{owned, *owned, std::move(value), {}, true});
  }

  // Drops the entries no Find or Store touched since the last call, so
  // edited-away versions do not pile up.
  void DropUnused() {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (!it->second.used) {
        it = entries_.erase(it);
        changed_ = true;
      } else {
        it->second.used = false;
        ++it;
      }
    }
  }

  size_t size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return entries_.size();
  }

  // Whether an entry was stored or dropped since the cache was made: the
  // bytes of the last Encode are then out of date.
  bool changed() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return changed_;
  }

  // Every entry, in a fixed order, as bytes only a klynge with `executable_id` reads back.
  std::string Encode(uint64_t executable_id) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<const Entry*> sorted;
    for (const auto& [key, entry] : entries_) sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) { return a->text < b->text; });
    std::string out(magic_);
    PutU64(&out, executable_id);
    PutU64(&out, sorted.size());
    for (const Entry* entry : sorted) {
      PutU64(&out, entry->text.size());
      out += entry->text;
      // An entry read from the last build's bytes is written as it was read.
      if (!entry->encoded.empty() || !entry->value) {
        PutU64(&out, entry->encoded.size());
        out += entry->encoded;
      } else {
        std::string value = encode_(*entry->value);
        PutU64(&out, value.size());
        out += value;
      }
    }
    return out;
  }

  // Adds the entries of `file` (bytes from Encode), unused until found;
  // false, adding nothing, when they are not such bytes or from another
  // klynge. The entries point into `file`, which the cache keeps.
  bool Decode(std::string file, uint64_t executable_id) {
    auto buffer = std::make_shared<const std::string>(std::move(file));
    std::string_view bytes = *buffer;
    if (bytes.substr(0, magic_.size()) != magic_) return false;
    bytes.remove_prefix(magic_.size());
    uint64_t id, count;
    if (!TakeU64(&bytes, &id) || id != executable_id || !TakeU64(&bytes, &count)) return false;
    std::unordered_multimap<uint64_t, Entry> read;
    for (uint64_t i = 0; i < count; ++i) {
      std::string_view text, value;
      if (!TakeBytes(&bytes, &text) || !TakeBytes(&bytes, &value)) return false;
      read.emplace(HashBytes(text), Entry{buffer, text, nullptr, value, false});
    }
    if (!bytes.empty()) return false;
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.merge(read);
    return true;
  }

 private:
  struct Entry {
    std::shared_ptr<const std::string> owner;  // what `text` and `encoded` point into
    std::string_view text;  // compared in full: a hash alone could collide
    std::shared_ptr<const T> value;  // null until a decoded entry is found
    std::string_view encoded;        // a decoded entry's value as read, while unchanged
    bool used = true;
  };

  static void PutU64(std::string* out, uint64_t v) {
    char b[8];
    std::memcpy(b, &v, 8);
    out->append(b, 8);
  }
  static bool TakeU64(std::string_view* in, uint64_t* v) {
    if (in->size() < 8) return false;
    std::memcpy(v, in->data(), 8);
    in->remove_prefix(8);
    return true;
  }
  static bool TakeBytes(std::string_view* in, std::string_view* out) {
    uint64_t n;
    if (!TakeU64(in, &n) || n > in->size()) return false;
    *out = in->substr(0, n);
    in->remove_prefix(n);
    return true;
  }

  std::string magic_;
  EncodeFn encode_;
  DecodeFn decode_;
  mutable std::mutex mutex_;
  std::unordered_multimap<uint64_t, Entry> entries_;
  bool changed_ = false;
};

}  // namespace klynge
