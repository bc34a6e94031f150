#include "http/request.h"

#include <gtest/gtest.h>

namespace netra::http {
namespace {

TEST(PercentDecodeTest, DecodesEscapesAndPlus) {
  Result<std::string> decoded = PercentDecode("a%20b+c%2Fd", true);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(*decoded, "a b c/d");
  Result<std::string> path = PercentDecode("a+b", false);
  ASSERT_TRUE(path.ok());
  EXPECT_EQ(*path, "a+b");
}

TEST(PercentDecodeTest, RejectsMalformedEscapeNamingTheOffset) {
  Result<std::string> bad = PercentDecode("abc%4", false);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(bad.status().message_en().find("offset 4"), std::string::npos);
  EXPECT_NE(bad.status().message_id().find("posisi 4"), std::string::npos);
  EXPECT_FALSE(PercentDecode("%zz", false).ok());
  EXPECT_FALSE(PercentDecode("%", false).ok());
}

TEST(PercentDecodeTest, RejectsNulByte) {
  Result<std::string> bad = PercentDecode("a%00b", false);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message_en().find("NUL"), std::string::npos);
}

TEST(ParseQueryTest, SplitsAndDecodesInOrder) {
  Result<Params> params = ParseQuery("q=dinas+pendidikan&tag=a&tag=b&empty=&flag&&x=%C3%A9");
  ASSERT_TRUE(params.ok());
  Params expected = {{"q", "dinas pendidikan"},
                     {"tag", "a"},
                     {"tag", "b"},
                     {"empty", ""},
                     {"flag", ""},
                     {"x", "é"}};
  EXPECT_EQ(*params, expected);
}

TEST(ParseQueryTest, NamesTheBadParameter) {
  Result<Params> params = ParseQuery("ok=1&limit=%G1");
  ASSERT_FALSE(params.ok());
  EXPECT_NE(params.status().message_en().find("'limit'"), std::string::npos);
  EXPECT_NE(params.status().message_id().find("'limit'"), std::string::npos);
}

TEST(ParseQueryTest, LimitsTheNumberOfParameters) {
  EXPECT_TRUE(ParseQuery("a=1&b=2&c=3", 3).ok());
  Result<Params> params = ParseQuery("a=1&b=2&c=3&d=4", 3);
  ASSERT_FALSE(params.ok());
  EXPECT_NE(params.status().message_en().find("at most 3"), std::string::npos);
}

TEST(RequestTest, LooksUpQueryHeadersParamsAndCookies) {
  Request request;
  request.query = {{"limit", "10"}, {"limit", "20"}};
  request.headers = {{"content-type", "application/json"},
                     {"cookie", "theme=dark; netra_session=abc123"},
                     {"cookie", "other=\"quoted\""}};
  request.path_params = {{"id", "42"}};
  EXPECT_EQ(request.Query("limit"), "10");
  EXPECT_FALSE(request.Query("offset"));
  EXPECT_EQ(request.Header("Content-Type"), "application/json");
  EXPECT_FALSE(request.Header("accept"));
  EXPECT_EQ(request.PathParam("id"), "42");
  EXPECT_FALSE(request.PathParam("code"));
  EXPECT_EQ(request.Cookie("netra_session"), "abc123");
  EXPECT_EQ(request.Cookie("theme"), "dark");
  EXPECT_EQ(request.Cookie("other"), "quoted");
  EXPECT_FALSE(request.Cookie("netra"));
}

}  // namespace
}  // namespace netra::http
