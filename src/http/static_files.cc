#include "http/static_files.h"

#include <fmt/format.h>

#include <fstream>
#include <system_error>

namespace netra::http {
namespace {

namespace fs = std::filesystem;

struct TypeEntry {
  const char* extension;
  const char* content_type;
};

constexpr TypeEntry kTypes[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json; charset=utf-8"},
    {".map", "application/json; charset=utf-8"},
    {".webmanifest", "application/manifest+json; charset=utf-8"},
    {".geojson", "application/geo+json; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".gif", "image/gif"},
    {".webp", "image/webp"},
    {".ico", "image/x-icon"},
    {".woff", "font/woff"},
    {".woff2", "font/woff2"},
    {".ttf", "font/ttf"},
    {".txt", "text/plain; charset=utf-8"},
    {".csv", "text/csv; charset=utf-8"},
    {".pdf", "application/pdf"},
    {".wasm", "application/wasm"},
    {".xml", "application/xml; charset=utf-8"},
};

constexpr const char* kImmutable = "public, max-age=31536000, immutable";
constexpr const char* kRevalidate = "no-cache";

Status NotFound() {
  return Status(ErrorCode::kNotFound, "Berkas tidak ditemukan", "File not found");
}

bool EndsWithIgnoreCase(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = text[text.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

bool Within(const fs::path& root, const fs::path& candidate) {
  auto root_it = root.begin();
  auto it = candidate.begin();
  for (; root_it != root.end(); ++root_it, ++it) {
    if (it == candidate.end() || *it != *root_it) return false;
  }
  return true;
}

}  // namespace

Result<StaticFiles> StaticFiles::Open(const fs::path& root, std::size_t max_file_bytes) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (ec || !fs::is_directory(canonical, ec)) {
    return Status(ErrorCode::kNotFound,
                  fmt::format("Folder berkas statis {} tidak ada", root.string()),
                  fmt::format("Static file directory {} does not exist", root.string()));
  }
  return StaticFiles(std::move(canonical), max_file_bytes);
}

std::string_view StaticFiles::ContentTypeFor(std::string_view file_name) {
  for (const TypeEntry& entry : kTypes) {
    if (EndsWithIgnoreCase(file_name, entry.extension)) return entry.content_type;
  }
  return "application/octet-stream";
}

Result<Response> StaticFiles::Serve(const Request& request) const {
  if (request.method != "GET" && request.method != "HEAD") return NotFound();
  NETRA_ASSIGN_OR_RETURN(std::string path, PercentDecode(request.path, false));
  if (path.empty() || path.front() != '/') {
    return Status(ErrorCode::kInvalidArgument, "Alamat harus diawali '/'",
                  "The path must start with '/'");
  }
  // Refuse rather than normalize: a legitimate asset URL never contains these.
  if (path.find('\\') != std::string::npos) return NotFound();
  fs::path relative;
  std::string_view rest(path);
  rest.remove_prefix(1);
  while (!rest.empty()) {
    std::size_t slash = rest.find('/');
    std::string_view part = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (part.empty()) continue;
    if (part == "." || part == "..") return NotFound();
    relative /= std::string(part);
  }

  const bool is_asset = path.rfind("/assets/", 0) == 0;
  if (!relative.empty()) {
    std::error_code ec;
    fs::path file = fs::canonical(root_ / relative, ec);
    // canonical resolves symlinks, so a link pointing out of root is caught here.
    if (!ec && Within(root_, file) && fs::is_regular_file(file, ec)) {
      return ReadFile(file, is_asset);
    }
  }

  // SPA fallback: a client-side route such as /pegawai/12 loads the app, but
  // a missing script or image stays a 404 rather than HTML with a wrong type.
  const bool api = path.rfind("/api/", 0) == 0 || path == "/api";
  std::optional<std::string_view> accept = request.Header("accept");
  const bool wants_html = accept && accept->find("text/html") != std::string_view::npos;
  if (relative.empty() || (!api && !is_asset && wants_html)) {
    std::error_code ec;
    fs::path index = root_ / "index.html";
    if (fs::is_regular_file(index, ec)) return ReadFile(index, false);
  }
  return NotFound();
}

Result<Response> StaticFiles::ReadFile(const fs::path& file, bool immutable) const {
  std::error_code ec;
  std::uintmax_t size = fs::file_size(file, ec);
  if (ec) return NotFound();
  if (size > max_file_bytes_) {
    return Status(ErrorCode::kResourceExhausted,
                  fmt::format("Berkas terlalu besar untuk dikirim ({} bita)", size),
                  fmt::format("File too large to serve ({} bytes)", size));
  }
  std::ifstream in(file, std::ios::binary);
  std::string body(static_cast<std::size_t>(size), '\0');
  if (!in.read(body.data(), static_cast<std::streamsize>(size))) {
    return Status(ErrorCode::kInternal, "cannot read static file " + file.string());
  }
  Response response = Response::Bytes(std::move(body), std::string(ContentTypeFor(file.string())));
  response.WithHeader("Cache-Control", immutable ? kImmutable : kRevalidate);
  return response;
}

}  // namespace netra::http
