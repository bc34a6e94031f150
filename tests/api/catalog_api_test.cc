// The public catalog route through a real router: search, the date that picks
// rule versions and authorities, defaults and bad parameters.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/routes.h"

namespace netra {
namespace {

class CatalogApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto catalog = LoadShippedViolationCatalog();
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = std::move(catalog).value();
    api::RegisterCatalogRoutes(router_, catalog_, clock_);
  }

  http::Response Get(const std::string& target) {
    http::Request request;
    request.method = "GET";
    request.target = target;
    const auto q = target.find('?');
    request.path = target.substr(0, q);
    if (q != std::string::npos) request.query = *http::ParseQuery(target.substr(q + 1));
    request.client_address = "127.0.0.1";
    return router_.Dispatch(request);
  }

  ViolationCatalog catalog_;
  ManualClock clock_{1'726'700'000};  // 2024-09-18 23:06 UTC = 2024-09-19 06:06 WIB
  http::Router router_;
};

TEST_F(CatalogApiTest, SearchesWithoutAnAccount) {
  const http::Response r = Get("/api/v1/catalog/violations?q=Baliho&date=2024-11-01");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto body = nlohmann::json::parse(r.body);
  ASSERT_GE(body["total"].get<int>(), 1);
  const auto& first = body["items"][0];
  EXPECT_EQ(first["code"], "APK-INSTALL");
  EXPECT_EQ(first["refer_to"][0]["name"], "BKN");
  EXPECT_FALSE(first["explain"].get<std::string>().empty());
  EXPECT_FALSE(first["examples"].empty());
  EXPECT_EQ(first["valid_to"], nullptr);
  EXPECT_EQ(body["date"], "2024-11-01");
}

TEST_F(CatalogApiTest, DateChoosesAuthorityAndLawVersion) {
  auto body =
      nlohmann::json::parse(Get("/api/v1/catalog/violations?q=PARTY-MEMBER&date=2023-06-01").body);
  ASSERT_EQ(body["total"], 1);
  EXPECT_EQ(body["items"][0]["refer_to"][0]["name"], "KASN");
  EXPECT_NE(body["items"][0]["legal_basis"][0].get<std::string>().find("UU 5/2014"),
            std::string::npos);
  body =
      nlohmann::json::parse(Get("/api/v1/catalog/violations?q=PARTY-MEMBER&date=2024-10-01").body);
  EXPECT_EQ(body["items"][0]["refer_to"][0]["name"], "BKN");
  EXPECT_NE(body["items"][0]["legal_basis"][0].get<std::string>().find("UU 20/2023"),
            std::string::npos);
}

TEST_F(CatalogApiTest, DefaultsToTodayInWibAndListsAll) {
  const auto body = nlohmann::json::parse(Get("/api/v1/catalog/violations").body);
  EXPECT_EQ(body["date"], "2024-09-19");
  EXPECT_EQ(body["total"], 25);
}

TEST_F(CatalogApiTest, RejectsBadParameters) {
  http::Response r = Get("/api/v1/catalog/violations?date=19-09-2024");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("YYYY-MM-DD"), std::string::npos);
  r = Get("/api/v1/catalog/violations?q=" + std::string(201, 'a'));
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("200"), std::string::npos);
  r = Get("/api/v1/catalog/violations?q=zzzz&date=2024-10-01");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(nlohmann::json::parse(r.body)["total"], 0);
}

}  // namespace
}  // namespace netra
