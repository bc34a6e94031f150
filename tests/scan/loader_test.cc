#include "scan/loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

namespace netra::scan {
namespace {

TEST(ReadTextFile, ReadsAPipeWhoseSizeIsUnknown) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string payload(200'000, 'x');
  std::thread writer([&] {
    ASSERT_EQ(::write(fds[1], payload.data(), payload.size()),
              static_cast<ssize_t>(payload.size()));
    ::close(fds[1]);
  });
  auto read = ReadTextFile("/dev/fd/" + std::to_string(fds[0]), 1 << 20);
  writer.join();
  ::close(fds[0]);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, payload);
}

TEST(ReadTextFile, RefusesAFileOverTheBoundAndNamesIt) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("netra-loader-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << std::string(1000, 'y');
  auto read = ReadTextFile(path.string(), 999);
  std::filesystem::remove(path);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(read.status().message_en().find(path.string()), std::string::npos);
  EXPECT_EQ(ReadTextFile("/tidak/ada.json", 10).status().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace netra::scan
