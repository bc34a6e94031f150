#include "core/status.h"

#include <gtest/gtest.h>

namespace netra {
namespace {

Result<int> Half(int n) {
  if (n % 2 != 0) return Status(ErrorCode::kInvalidArgument, "ganjil", "odd");
  return n / 2;
}

Result<int> Quarter(int n) {
  NETRA_ASSIGN_OR_RETURN(int half, Half(n));
  return Half(half);
}

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "ok");
}

TEST(StatusTest, IndonesianFallsBackToEnglish) {
  Status s(ErrorCode::kInternal, "disk full");
  EXPECT_EQ(s.message_id(), "disk full");
  Status both(ErrorCode::kNotFound, "tidak ada", "missing");
  EXPECT_EQ(both.message_id(), "tidak ada");
  EXPECT_EQ(both.message_en(), "missing");
  EXPECT_EQ(both.ToString(), "not_found: missing");
}

TEST(ResultTest, PropagatesFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  Result<int> r = Quarter(6);  // 6/2 = 3 is odd
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.status().message_en(), "odd");
}

}  // namespace
}  // namespace netra
