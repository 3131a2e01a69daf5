#include "serve/dev_server.h"

#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "serve/connection_threads.h"

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

// Every open connection has its own thread (see ConnectionThreads); this
// many is far more than the streams and a browser's connections need.
constexpr size_t kMaxConnectionThreads = 512;
static_assert(kMaxConnectionThreads >= 2 * kMaxEventStreams, "streams must leave threads for pages");
// A connection that sends nothing holds its thread this long, in seconds.
constexpr time_t kKeepAliveSeconds = 1;
// How often an idle stream writes, which is how it finds its tab gone.
constexpr auto kStreamHeartbeat = std::chrono::seconds(10);

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
  if (ext == ".pptx") return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
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
  if (!t.starts_with(b)) return "";
  if (!fs::is_regular_file(target, ec)) return "";
  return t;
}

// cpp-httplib's Server with the two things its API lacks: a listen backlog
// beyond the 5 built into the .so, and a stop that cannot be lost.
class DevServer::Listener : public httplib::Server {
 public:
  // Linux takes a new backlog from listen() on a socket that already listens.
  void WidenBacklog() { ::listen(svr_sock_, SOMAXCONN); }
  // Server::stop() does nothing until the accept loop has started, so a Stop()
  // right after Start() would leave it running; closing the socket ends it either way.
  void StopListening() {
    socket_t sock = svr_sock_.exchange(INVALID_SOCKET);
    if (sock == INVALID_SOCKET) return;
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
  }
};

// One open /__klynge/events response; it leaves `streams_` when httplib
// drops the response, however the stream ended.
struct DevServer::EventStream {
  EventStream(DevServer* server, long id, long seen) : server(server), id(id), seen(seen) {}
  ~EventStream() {
    std::lock_guard<std::mutex> lock(server->mu_);
    server->streams_.erase(id);
  }
  DevServer* const server;
  const long id;
  long seen;             // the generation this tab shows; guarded by mu_
  bool ended = false;    // pushed out by a newer stream; guarded by mu_
};

DevServer::DevServer(std::string site_dir) : site_dir_(std::move(site_dir)), server_(new Listener) {
  // Event streams and idle keep-alive connections each hold a thread for as
  // long as they last, so a fixed pool (8 threads in Debian's build) fills up.
  server_->new_task_queue = [] { return new ConnectionThreads(kMaxConnectionThreads); };
  server_->set_keep_alive_timeout(kKeepAliveSeconds);
  // A page's stylesheets, scripts and images share one connection rather
  // than a new one (and a new thread) every 5 requests.
  server_->set_keep_alive_max_count(100);
}

DevServer::~DevServer() { Stop(); }

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
    std::shared_ptr<EventStream> stream;
    {
      std::lock_guard<std::mutex> lock(mu_);
      // A closed tab's stream lives on until its next write fails, so the
      // oldest stream is the one most likely gone: it makes room. Were it a
      // live tab, its EventSource reconnects by itself.
      if (streams_.size() >= static_cast<size_t>(kMaxEventStreams)) {
        auto oldest = streams_.begin();
        oldest->second->ended = true;
        streams_.erase(oldest);
        changed_.notify_all();
      }
      stream = std::make_shared<EventStream>(this, next_stream_++, state_.ok ? state_.generation : -1);
      streams_[stream->id] = stream.get();
    }
    res.set_chunked_content_provider("text/event-stream", [this, stream](size_t, httplib::DataSink& sink) {
      std::unique_lock<std::mutex> lock(mu_);
      changed_.wait_for(lock, kStreamHeartbeat,
                        [&] { return stopping_ || stream->ended || state_.generation != stream->seen; });
      if (stopping_ || stream->ended) return false;
      std::string message;
      if (state_.generation == stream->seen) {
        message = ": keep-alive\n\n";
      } else {
        stream->seen = state_.generation;
        message = state_.ok ? "event: reload\ndata: {}\n\n"
                            : "event: problems\ndata: " + nlohmann::json(state_.problems).dump() + "\n\n";
      }
      lock.unlock();
      return sink.write(message.data(), message.size());
    });
  });
  // Not httplib's set_mount_point: it reads through symbolic links (a link in
  // the output to /etc is served), types .ics as text/plain and HTML without
  // a charset, and has no place for the 404 page or the live-reload script.
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
    if (type.starts_with("text/html")) {
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
  // Tabs that all reconnect at once (a restarted server) overflow a backlog of 5.
  server_->WidenBacklog();
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  return Status::Ok();
}

void DevServer::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    changed_.notify_all();
  }
  // Streams end at once; idle connections within kKeepAliveSeconds.
  if (server_) server_->StopListening();
  if (thread_.joinable()) thread_.join();
}

}  // namespace klynge
