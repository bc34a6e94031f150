#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "ingest/row_reader.h"
#include "read_all.h"

namespace netra::ingest {
namespace {

Status ReadUntilError(RowReader& reader) {
  Row row;
  while (true) {
    Result<bool> more = reader.Next(row);
    if (!more.ok()) return more.status();
    if (!*more) return Status::Ok();
  }
}

TEST(CsvReaderTest, QuotingEscapesEmbeddedCommasAndNewlinesWithStartLines) {
  auto reader = OpenCsvBuffer(
      "code,name\n"
      "35.13.15.2017,\"Soka\"\"an\"\n"
      "12.07.28.1007,\"Lubuk Pakam I,II\"\n"
      "\n"
      "1,\"two\nlines\",x\r\n"
      "2,last");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  const std::vector<Row> rows = ReadAll(**reader);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].line, 1);
  EXPECT_EQ(rows[1].fields[1], "Soka\"an");
  EXPECT_EQ(rows[1].line, 2);
  EXPECT_EQ(rows[2].fields[1], "Lubuk Pakam I,II");
  EXPECT_EQ(rows[3].line, 5);  // after a blank line
  EXPECT_EQ(rows[3].fields[1], "two\nlines");
  EXPECT_EQ(rows[3].fields[2], "x");
  EXPECT_EQ(rows[4].line, 7);  // the quoted newline took line 6
  EXPECT_EQ(rows[4].fields[1], "last");
  EXPECT_FALSE(rows[4].Numeric(0));
}

TEST(CsvReaderTest, BomIsDropped) {
  auto reader = OpenCsvBuffer("\xEF\xBB\xBFnip,nama\n1,A\n");
  ASSERT_TRUE(reader.ok());
  const std::vector<Row> rows = ReadAll(**reader);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields[0], "nip");
}

TEST(CsvReaderTest, BareQuoteNamesTheLine) {
  auto reader = OpenCsvBuffer("a,b\n1,2\n3,Soka\"an\n");
  ASSERT_TRUE(reader.ok());
  const Status s = ReadUntilError(**reader);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(s.message_en().find("line 3"), std::string::npos) << s.message_en();
  EXPECT_NE(s.message_id().find("baris 3"), std::string::npos) << s.message_id();
  Row row;
  EXPECT_EQ((*reader)->Next(row).status().message_en(), s.message_en()) << "errors are sticky";
  ASSERT_TRUE((*reader)->Rewind().ok());
  ASSERT_TRUE((*reader)->Next(row).ok());
  EXPECT_EQ(row.fields[0], "a");
}

TEST(CsvReaderTest, UnclosedQuoteIsReportedAtItsStart) {
  auto reader = OpenCsvBuffer("a,b\n1,\"open\n2,3\n");
  ASSERT_TRUE(reader.ok());
  const Status s = ReadUntilError(**reader);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(s.message_en().find("line 2"), std::string::npos) << s.message_en();
  EXPECT_NE(s.message_en().find("not closed"), std::string::npos) << s.message_en();
}

TEST(CsvReaderTest, LimitsAreEnforced) {
  ReaderLimits limits;
  limits.max_field_bytes = 5;
  auto reader = OpenCsvBuffer("a,b\n123456,x\n", limits);
  ASSERT_TRUE(reader.ok());
  Status s = ReadUntilError(**reader);
  EXPECT_EQ(s.code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(s.message_en().find("line 2"), std::string::npos) << s.message_en();

  limits = {};
  limits.max_columns = 2;
  reader = OpenCsvBuffer("a,b\n1,2,3\n", limits);
  ASSERT_TRUE(reader.ok());
  s = ReadUntilError(**reader);
  EXPECT_EQ(s.code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(s.message_en().find("more than 2 columns"), std::string::npos);

  limits = {};
  limits.max_rows = 2;
  reader = OpenCsvBuffer("a\n1\n2\n", limits);
  ASSERT_TRUE(reader.ok());
  s = ReadUntilError(**reader);
  EXPECT_NE(s.message_en().find("more than 2 rows"), std::string::npos);

  limits = {};
  limits.max_record_bytes = 100;
  reader = OpenCsvBuffer("a\n\"" + std::string(500, 'x') + "\n", limits);
  ASSERT_TRUE(reader.ok());
  s = ReadUntilError(**reader);
  EXPECT_EQ(s.code(), ErrorCode::kResourceExhausted);

  limits = {};
  limits.max_file_bytes = 10;
  EXPECT_EQ(OpenCsvBuffer("a,b,c,d,e,f,g\n", limits).status().code(),
            ErrorCode::kResourceExhausted);
}

TEST(CsvReaderTest, RejectsInvalidUtf8) {
  auto reader = OpenCsvBuffer("nama\nBudi\nJos\xE9\n");  // Latin-1 é
  ASSERT_TRUE(reader.ok());
  const Status s = ReadUntilError(**reader);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(s.message_en().find("line 3"), std::string::npos);
  EXPECT_NE(s.message_en().find("UTF-8"), std::string::npos);
  EXPECT_TRUE(IsValidUtf8("Regapu\xE2\x80\x99u"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));  // overlong '/'
}

TEST(CsvReaderTest, FileStreamsAcrossChunksAndRewinds) {
  const auto path = std::filesystem::temp_directory_path() / "netra_csv_reader_test.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "n,text\n";
    for (int i = 0; i < 20000; ++i) out << i << ",\"row " << i << "\nsecond\"\n";
  }
  auto reader = OpenCsvFile(path.string());
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  for (int pass = 0; pass < 2; ++pass) {
    const std::vector<Row> rows = ReadAll(**reader);
    ASSERT_EQ(rows.size(), 20001u);
    EXPECT_EQ(rows[20000].fields[0], "19999");
    EXPECT_EQ(rows[20000].line, 2 + 2 * 19999);
    EXPECT_EQ(rows[20000].fields[1], "row 19999\nsecond");
    ASSERT_TRUE((*reader)->Rewind().ok());
  }
  std::filesystem::remove(path);
  EXPECT_EQ(OpenCsvFile(path.string()).status().code(), ErrorCode::kNotFound);
}

// Random fields written with RFC 4180 quoting come back unchanged, with the
// line each record starts on.
TEST(CsvReaderTest, RoundTripsRandomRecords) {
  std::mt19937 rng(20241127);
  const std::string alphabet = "ab ,\"\n\r\t\xC3\xA9";  // é as its two bytes
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::int64_t> lines;
    std::string csv;
    std::int64_t line = 1;
    const int n = 1 + static_cast<int>(rng() % 20);
    for (int r = 0; r < n; ++r) {
      std::vector<std::string> fields;
      const int width = 1 + static_cast<int>(rng() % 5);
      for (int f = 0; f < width; ++f) {
        std::string field;
        const int len = static_cast<int>(rng() % 8);
        for (int k = 0; k < len; ++k) {
          const std::size_t pick = rng() % (alphabet.size() - 1);
          field +=
              pick == alphabet.size() - 2 ? alphabet.substr(pick, 2) : alphabet.substr(pick, 1);
        }
        fields.push_back(field);
      }
      lines.push_back(line);
      for (int f = 0; f < width; ++f) {
        if (f > 0) csv += ',';
        // Quote every field: libcsv trims unquoted spaces, as RFC 4180 readers may.
        csv += '"';
        for (const char c : fields[f]) {
          if (c == '"') csv += '"';
          if (c == '\n') ++line;
          csv += c;
        }
        csv += '"';
      }
      csv += "\r\n";
      ++line;
      records.push_back(std::move(fields));
    }
    auto reader = OpenCsvBuffer(csv);
    ASSERT_TRUE(reader.ok());
    const std::vector<Row> rows = ReadAll(**reader);
    ASSERT_EQ(rows.size(), records.size()) << csv;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      EXPECT_EQ(rows[r].fields, records[r]) << "trial " << trial << " record " << r;
      EXPECT_EQ(rows[r].line, lines[r]) << "trial " << trial << " record " << r;
    }
  }
}

// Arbitrary bytes end in rows or one clear error, never a crash or a hang.
TEST(CsvReaderTest, ArbitraryBytesEndCleanly) {
  std::mt19937 rng(7);
  const std::string alphabet = "a,\"\n\r ";
  for (int trial = 0; trial < 2000; ++trial) {
    std::string csv;
    const int len = static_cast<int>(rng() % 64);
    for (int k = 0; k < len; ++k) csv += alphabet[rng() % alphabet.size()];
    auto reader = OpenCsvBuffer(csv);
    ASSERT_TRUE(reader.ok());
    const Status s = ReadUntilError(**reader);
    if (!s.ok()) {
      EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument) << s.ToString();
      EXPECT_NE(s.message_en().find("CSV line "), std::string::npos) << s.message_en();
    }
  }
}

}  // namespace
}  // namespace netra::ingest
