#include "serve/dev_server.h"

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace klynge {

namespace fs = std::filesystem;

namespace {

// Reconnects by itself (EventSource does), so a restarted server reloads too.
const char* const kLiveScript = R"JS((function () {
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'klynge-problems';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;' +
        'background:rgba(20,20,30,.94);color:#fff;padding:2rem;font:14px/1.5 monospace;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'klynge: the content has errors; showing the last good build.\n\n' + text;
  }
  var source = new EventSource('/__klynge/events');
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
})();
)JS";

const char* const kInjection = "<script src=\"/__klynge/live.js\"></script>";

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = buf.str();
  return true;
}

}  // namespace

std::string ContentTypeFor(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".ics") return "text/calendar; charset=utf-8";
  if (ext == ".xml") return "application/xml; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::string ResolveRequestPath(const std::string& root, const std::string& request_path) {
  if (request_path.empty() || request_path[0] != '/' || request_path.find('\0') != std::string::npos) return "";
  // Any ".." segment is refused outright rather than normalised away.
  std::stringstream segments(request_path);
  std::string segment;
  while (std::getline(segments, segment, '/'))
    if (segment == ".." || segment.find('\\') != std::string::npos) return "";
  std::error_code ec;
  fs::path base = fs::weakly_canonical(root, ec);
  fs::path target = fs::weakly_canonical(base / request_path.substr(1), ec);
  if (ec) return "";
  if (fs::is_directory(target, ec)) target /= "index.html";
  // Symlinks inside the output must not lead out of it either.
  std::string t = target.string(), b = base.string() + "/";
  if (t.compare(0, b.size(), b) != 0) return "";
  if (!fs::is_regular_file(target, ec)) return "";
  return t;
}

DevServer::DevServer(std::string site_dir) : site_dir_(std::move(site_dir)), server_(new httplib::Server) {}

DevServer::~DevServer() { Stop(); }

DevServer::State DevServer::Snapshot() {
  std::lock_guard<std::mutex> lock(mu_);
  return state_;
}

void DevServer::Publish(bool ok, const std::string& problems) {
  std::lock_guard<std::mutex> lock(mu_);
  ++state_.generation;
  state_.ok = ok;
  state_.problems = problems;
  changed_.notify_all();
}

Status DevServer::Start(const std::string& host, int port) {
  server_->Get("/__klynge/live.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kLiveScript, "text/javascript; charset=utf-8");
  });
  server_->Get("/__klynge/events", [this](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    State first = Snapshot();
    auto seen = std::make_shared<long>(first.ok ? first.generation : -1);
    res.set_chunked_content_provider("text/event-stream", [this, seen](size_t, httplib::DataSink& sink) {
      std::unique_lock<std::mutex> lock(mu_);
      changed_.wait_for(lock, std::chrono::seconds(10),
                        [&] { return stopping_ || state_.generation != *seen; });
      if (stopping_) return false;
      std::string message;
      if (state_.generation == *seen) {
        message = ": keep-alive\n\n";
      } else {
        *seen = state_.generation;
        message = state_.ok ? "event: reload\ndata: {}\n\n"
                            : "event: problems\ndata: " + nlohmann::json(state_.problems).dump() + "\n\n";
      }
      lock.unlock();
      return sink.write(message.data(), message.size());
    });
  });
  server_->Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    std::string file = ResolveRequestPath(site_dir_, req.path);
    std::error_code ec;
    if (!file.empty() && req.path.back() != '/' && fs::is_directory(fs::path(site_dir_) / req.path.substr(1), ec)) {
      res.set_redirect(req.path + "/");
      return;
    }
    std::string body;
    std::string type;
    if (file.empty() || !ReadFile(file, &body)) {
      // Still HTML, so the error overlay shows even before a first good build.
      res.status = 404;
      if (!ReadFile(fs::path(site_dir_) / "404.html", &body))
        body = "<!DOCTYPE html><html><head><title>404</title></head><body><p>404 Not Found</p></body></html>";
      type = "text/html; charset=utf-8";
    } else {
      type = ContentTypeFor(file);
    }
    if (type.rfind("text/html", 0) == 0) {
      size_t at = body.rfind("</body>");
      body.insert(at == std::string::npos ? body.size() : at, kInjection);
    }
    res.set_header("Cache-Control", "no-store");
    res.set_content(body, type);
  });
  if (port == 0) {
    port_ = server_->bind_to_any_port(host);
    if (port_ < 0) return Status::Error("cannot listen on " + host);
  } else {
    if (!server_->bind_to_port(host, port)) return Status::Error("cannot listen on " + host + ":" + std::to_string(port) + " (in use?)");
    port_ = port;
  }
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return Status::Ok();
}

void DevServer::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    changed_.notify_all();
  }
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace klynge
