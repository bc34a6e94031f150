// Test helper: every row a RowReader yields, failing the test on a reader error.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "ingest/row_reader.h"

namespace netra::ingest {

inline std::vector<Row> ReadAll(RowReader& reader) {
  std::vector<Row> rows;
  Row row;
  while (true) {
    Result<bool> more = reader.Next(row);
    EXPECT_TRUE(more.ok()) << more.status().ToString();
    if (!more.ok() || !*more) break;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace netra::ingest
