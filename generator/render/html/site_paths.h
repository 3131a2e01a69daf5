#pragma once
// Where things are published in the site, and relative URLs between them.
// Every site path is relative to site/; folders end in '/'.

#include <string>

namespace klynge {

std::string PackageDir(const std::string& slug);   // "pakker/<slug>/"
std::string ProgramDir(const std::string& slug);   // "pakker/<slug>/program/"
std::string DrejebogDir(const std::string& slug);  // "pakker/<slug>/drejebog/"
// "pakker/<slug>/drejebog-<name>/": drejebog-<name>.yaml's page.
std::string AudienceDrejebogDir(const std::string& slug, const std::string& name);
std::string StoryDir(const std::string& slug);     // "historier/<slug>/"
// "emner/<slugified topic>/" and "emneord/<slugified tag>/": the pages that
// list a topic's or a tag's packages. Names that slugify alike share a page.
std::string TopicDir(const std::string& topic);
std::string TagDir(const std::string& tag);
std::string FreePageDir(const std::string& slug);  // "<slug>/": pages/<slug>.md
inline constexpr const char* kStoriesDir = "historier/";
inline constexpr const char* kFeedPath = "feed.xml";  // Atom: packages and stories
inline constexpr const char* kSearchDir = "soeg/";
inline constexpr const char* kStaticDir = "static/";
// Where the public site goes in the output folder.
inline constexpr const char* kSiteRoot = "site/";

// The URL of `target` (a site path; a folder means its index.html) as seen
// from a page in the folder `from_dir`. Folders get an explicit index.html so
// that the site also works opened from disk (file:// shows no index pages).
// RelativeUrl("pakker/a/", "pakker/b/") == "../b/index.html"
// RelativeUrl("", "static/style.css") == "static/style.css"
std::string RelativeUrl(const std::string& from_dir, const std::string& target);

// `base_url` (ends in '/') joined with a site folder: the canonical URL.
std::string AbsoluteUrl(const std::string& base_url, const std::string& dir);

}  // namespace klynge
