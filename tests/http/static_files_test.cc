#include "http/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace netra::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("netra-static-" + std::to_string(std::random_device{}()));
    root_ = base_ / "dist";
    fs::create_directories(root_ / "assets");
    Write(root_ / "index.html", "<!doctype html><title>Netra</title>");
    Write(root_ / "assets" / "index-3f9a1c.js", "console.log(1)");
    Write(root_ / "assets" / "style-aa11.css", "body{}");
    Write(root_ / "favicon.svg", "<svg/>");
    Write(base_ / "secret.txt", "do not serve");
    fs::create_symlink(base_ / "secret.txt", root_ / "link.txt");
    Result<StaticFiles> files = StaticFiles::Open(root_);
    ASSERT_TRUE(files.ok()) << files.status().ToString();
    files_.emplace(std::move(files).value());
  }
  void TearDown() override { fs::remove_all(base_); }

  static void Write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }

  Result<Response> Get(std::string path, std::string accept = "*/*") {
    Request request;
    request.method = "GET";
    request.path = std::move(path);
    request.target = request.path;
    request.headers = {{"accept", std::move(accept)}};
    return files_->Serve(request);
  }

  fs::path base_;
  fs::path root_;
  std::optional<StaticFiles> files_;
};

TEST_F(StaticFilesTest, ServesFilesWithTypeAndCaching) {
  Result<Response> js = Get("/assets/index-3f9a1c.js");
  ASSERT_TRUE(js.ok());
  EXPECT_EQ(js->body, "console.log(1)");
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(js->Header("Cache-Control"), "public, max-age=31536000, immutable");

  Result<Response> css = Get("/assets/style-aa11.css");
  ASSERT_TRUE(css.ok());
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");

  Result<Response> svg = Get("/favicon.svg");
  ASSERT_TRUE(svg.ok());
  EXPECT_EQ(svg->content_type, "image/svg+xml");
  EXPECT_EQ(svg->Header("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, IndexIsRevalidated) {
  for (const char* path : {"/", "/index.html"}) {
    Result<Response> index = Get(path);
    ASSERT_TRUE(index.ok()) << path;
    EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
    EXPECT_EQ(index->Header("Cache-Control"), "no-cache");
    EXPECT_NE(index->body.find("Netra"), std::string::npos);
  }
}

TEST_F(StaticFilesTest, SpaFallbackOnlyForHtmlRequests) {
  Result<Response> route = Get("/pegawai/12", "text/html,application/xhtml+xml");
  ASSERT_TRUE(route.ok());
  EXPECT_EQ(route->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(Get("/pegawai/12", "application/json").status().code(), ErrorCode::kNotFound);
  // A missing hashed asset stays a 404, not HTML under a script's name.
  EXPECT_EQ(Get("/assets/gone-123.js", "text/html").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(Get("/api/v1/nothing", "text/html").status().code(), ErrorCode::kNotFound);
}

TEST_F(StaticFilesTest, RefusesTraversal) {
  for (const char* path :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/assets/..%2f..%2fsecret.txt", "/..\\secret.txt", "/link.txt", "/./index.html"}) {
    Result<Response> response = Get(path, "*/*");
    EXPECT_FALSE(response.ok()) << path;
    if (response.ok()) {
      EXPECT_EQ(response->body.find("do not serve"), std::string::npos) << path;
    }
  }
  EXPECT_EQ(Get("/a%00b").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Get("/a%zz").status().code(), ErrorCode::kInvalidArgument);
}

TEST_F(StaticFilesTest, TraversalNeverFallsBackToSecretEvenForHtml) {
  Result<Response> response = Get("/../secret.txt", "text/html");
  ASSERT_FALSE(response.ok());
  EXPECT_EQ(response.status().code(), ErrorCode::kNotFound);
}

TEST_F(StaticFilesTest, RefusesFilesOverTheLimit) {
  Result<StaticFiles> small = StaticFiles::Open(root_, 5);
  ASSERT_TRUE(small.ok());
  Request request;
  request.method = "GET";
  request.path = "/favicon.svg";
  EXPECT_EQ(small->Serve(request).status().code(), ErrorCode::kResourceExhausted);
}

TEST_F(StaticFilesTest, OnlyGetAndHead) {
  Request request;
  request.method = "POST";
  request.path = "/index.html";
  EXPECT_FALSE(files_->Serve(request).ok());
  request.method = "HEAD";
  EXPECT_TRUE(files_->Serve(request).ok());
}

TEST(StaticFilesOpenTest, MissingDirectoryIsNotFound) {
  Result<StaticFiles> files = StaticFiles::Open("/nonexistent/netra/dist");
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(files.status().message_en().find("/nonexistent/netra/dist"), std::string::npos);
}

TEST(ContentTypeTest, KnownAndUnknownExtensions) {
  EXPECT_EQ(StaticFiles::ContentTypeFor("a.WOFF2"), "font/woff2");
  EXPECT_EQ(StaticFiles::ContentTypeFor("map.geojson"), "application/geo+json; charset=utf-8");
  EXPECT_EQ(StaticFiles::ContentTypeFor("x.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace netra::http
