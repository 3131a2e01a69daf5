#pragma once
// Paths as strings, taken apart lexically (no file system is asked).

#include <string>
#include <string_view>
#include <vector>

namespace klynge {

// `path` with "." and "a/.." removed and '/' between parts ("a/./b/../c" → "a/c").
std::string NormalPath(const std::string& path);

// `a` + "/" + `b`, normalized; `b` alone when `a` is "" or ".".
std::string JoinPath(const std::string& a, const std::string& b);

// `path` relative to the folder `base`, both lexically ("a/b/c" from "a/x" → "../b/c").
std::string RelativePath(const std::string& path, const std::string& base);

// The parts of `path` between '/', empty ones included ("a//b" → "a", "", "b").
std::vector<std::string> PathParts(std::string_view path);

// The last part of `path` ("a/b.md" → "b.md").
std::string FileName(const std::string& path);

}  // namespace klynge
