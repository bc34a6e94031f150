#include "domain/employee.h"

#include <gtest/gtest.h>

namespace netra {
namespace {

TEST(EmployeeNamesTest, ParseIsLenientAndRoundTrips) {
  EXPECT_EQ(ParseEmployeeType("pppk paruh waktu"), EmployeeType::kPppkParuhWaktu);
  EXPECT_EQ(ParseEmployeeType("Non-ASN"), EmployeeType::kNonAsn);
  EXPECT_EQ(ParseEmployeeType(" PNS "), EmployeeType::kPns);  // surrounding spaces are trimmed
  EXPECT_FALSE(ParseEmployeeType("honorer").has_value());
  EXPECT_EQ(ParsePositionCategory("kepala wilayah"), PositionCategory::kKepalaWilayah);
  EXPECT_FALSE(ParsePositionCategory("direktur").has_value());
  for (auto p :
       {PositionCategory::kJptUtama, PositionCategory::kFungsional, PositionCategory::kOther}) {
    EXPECT_EQ(ParsePositionCategory(PositionCategoryName(p)), p);
  }
}

}  // namespace
}  // namespace netra
