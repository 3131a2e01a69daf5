#pragma once
// Where the site root is when the user gives no --root: the current folder or
// the nearest folder above it that holds content/site.yaml, as git finds .git.

#include <optional>
#include <string>

namespace klynge {

// The site root for a command run in `start` ("." for the current folder):
// `start` itself or the nearest parent with content/site.yaml, written relative
// to `start` ("." , "..", "../..") so diagnostics stay short; nullopt when
// there is none up to the file system's root.
std::optional<std::string> FindSiteRoot(const std::string& start = ".");

// The message for a command that found no site root: where to run it instead.
std::string NoSiteRootMessage(const std::string& command);

}  // namespace klynge
