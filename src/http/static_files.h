// StaticFiles: serves the built web app (web/dist) for non-API paths.
//
// Hashed files under /assets/ are cached for a year (immutable); index.html
// and other files are revalidated (no-cache). Unknown paths whose request
// accepts text/html get index.html, so client-side routes load the app.
// Never serves anything outside the root: ".." segments, backslashes, NUL and
// symlinks leading out are refused. Read-only after construction; thread-safe.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>

#include "core/status.h"
#include "http/request.h"
#include "http/response.h"

namespace netra::http {

class StaticFiles {
 public:
  // kNotFound when `root` is not a directory.
  static Result<StaticFiles> Open(const std::filesystem::path& root,
                                  std::size_t max_file_bytes = 64 << 20);

  // The file for a GET/HEAD request, or the SPA fallback. kNotFound when
  // nothing fits (including any traversal attempt); kInvalidArgument for a
  // malformed path; kResourceExhausted for a file over the size limit.
  Result<Response> Serve(const Request& request) const;

  // Content-Type for a file name by its extension ("application/octet-stream"
  // when unknown).
  static std::string_view ContentTypeFor(std::string_view file_name);

 private:
  StaticFiles(std::filesystem::path root, std::size_t max_file_bytes)
      : root_(std::move(root)), max_file_bytes_(max_file_bytes) {}
  Result<Response> ReadFile(const std::filesystem::path& file, bool immutable) const;

  std::filesystem::path root_;  // canonical
  std::size_t max_file_bytes_;
};

}  // namespace netra::http
