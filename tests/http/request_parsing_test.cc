#include "http/request_parsing.h"

#include <gtest/gtest.h>

namespace netra::http {
namespace {

Request WithBody(std::string body) {
  Request request;
  request.body = std::move(body);
  return request;
}

TEST(ParseJsonObjectTest, ParsesAnObject) {
  Result<nlohmann::json> body = ParseJsonObject(WithBody(R"({"code":"D1","name":"Dinas"})"));
  ASSERT_TRUE(body.ok());
  EXPECT_EQ((*body)["code"], "D1");
}

TEST(ParseJsonObjectTest, NamesTheByteOfMalformedJson) {
  Result<nlohmann::json> body = ParseJsonObject(WithBody(R"({"code": "D1",})"));
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(body.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(body.status().message_id().find("bita 15"), std::string::npos)
      << body.status().message_id();
  EXPECT_NE(body.status().message_en().find("byte 15"), std::string::npos);
}

TEST(ParseJsonObjectTest, RejectsEmptyAndNonObjects) {
  EXPECT_NE(ParseJsonObject(WithBody("")).status().message_en().find("empty"), std::string::npos);
  Result<nlohmann::json> array = ParseJsonObject(WithBody("[1,2]"));
  ASSERT_FALSE(array.ok());
  EXPECT_NE(array.status().message_en().find("not array"), std::string::npos);
}

TEST(QueryIntTest, DefaultsParsesAndChecksRange) {
  Request request;
  request.query = {{"limit", "50"}, {"offset", ""}, {"bad", "12x"}, {"big", "501"}, {"neg", "-1"}};
  EXPECT_EQ(*QueryInt(request, "limit", 20, 1, 500), 50);
  EXPECT_EQ(*QueryInt(request, "offset", 0, 0, 1000), 0);
  EXPECT_EQ(*QueryInt(request, "missing", 7, 0, 10), 7);
  Result<std::int64_t> bad = QueryInt(request, "bad", 0, 0, 10);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message_en().find("'bad' must be an integer, not '12x'"),
            std::string::npos);
  EXPECT_NE(bad.status().message_id().find("'bad'"), std::string::npos);
  Result<std::int64_t> big = QueryInt(request, "big", 0, 1, 500);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.status().message_en().find("between 1 and 500"), std::string::npos);
  EXPECT_FALSE(QueryInt(request, "neg", 0, 0, 10).ok());
}

}  // namespace
}  // namespace netra::http
