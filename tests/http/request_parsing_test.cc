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

}  // namespace
}  // namespace netra::http
