#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/row_reader.h"
#include "read_all.h"

namespace netra::ingest {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("netra_xlsx_test_" + name)).string();
}

// A package written part by part, for shapes libxlsxwriter never produces.
void WriteZip(const std::string& path, const std::map<std::string, std::string>& parts) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
    ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE), 0);
  }
  ASSERT_EQ(zip_close(z), 0);
}

const char* kWorkbookXml =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

TEST(XlsxReaderTest, ReadsStringsNumbersDatesAndGaps) {
  const std::string path = TempPath("types.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Pegawai");
  workbook_add_worksheet(wb, "Lain");
  lxw_format* date_fmt = workbook_add_format(wb);
  format_set_num_format(date_fmt, "dd/mm/yyyy");
  worksheet_write_string(ws, 0, 0, "nip", nullptr);
  worksheet_write_string(ws, 0, 1, "nama", nullptr);
  worksheet_write_string(ws, 0, 2, "tanggal", nullptr);
  worksheet_write_string(ws, 0, 4, "jumlah", nullptr);
  // A NIP typed as a number: Excel keeps 15 significant digits.
  worksheet_write_number(ws, 1, 0, 198609262015051001.0, nullptr);
  worksheet_write_string(ws, 1, 1, "Siti Aminah", nullptr);
  lxw_datetime dt = {2024, 11, 27, 0, 0, 0};
  worksheet_write_datetime(ws, 1, 2, &dt, date_fmt);
  worksheet_write_number(ws, 1, 4, 2.5, nullptr);
  worksheet_write_string(ws, 2, 0, "198609262015051001", nullptr);
  worksheet_write_boolean(ws, 2, 1, 1, nullptr);
  worksheet_write_number(ws, 2, 4, -0.125, nullptr);
  worksheet_write_number(ws, 4, 1, 42, nullptr);  // row 5 after an empty row 4
  worksheet_write_string(workbook_get_worksheet_by_name(wb, "Lain"), 0, 0, "bukan", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  auto reader = OpenRowReader(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_EQ((*reader)->Format(), "XLSX");
  const std::vector<Row> rows = ReadAll(**reader);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].line, 1);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"nip", "nama", "tanggal", "", "jumlah"}));
  EXPECT_EQ(rows[1].fields[0], "198609262015051000");  // 18 digits, not 1.98609262015051E+17
  EXPECT_TRUE(rows[1].Numeric(0));
  EXPECT_EQ(rows[1].fields[1], "Siti Aminah");
  EXPECT_FALSE(rows[1].Numeric(1));
  EXPECT_EQ(rows[1].fields[2], "2024-11-27");
  EXPECT_EQ(rows[1].fields[4], "2.5");
  EXPECT_EQ(rows[2].fields[0], "198609262015051001");
  EXPECT_EQ(rows[2].fields[1], "TRUE");
  EXPECT_EQ(rows[2].fields[4], "-0.125");
  EXPECT_EQ(rows[3].line, 5);
  EXPECT_EQ(rows[3].fields, (std::vector<std::string>{"", "42"}));
  ASSERT_TRUE((*reader)->Rewind().ok());
  EXPECT_EQ(ReadAll(**reader).size(), 4u);
  std::filesystem::remove(path);
}

TEST(XlsxReaderTest, InlineStringsFromConstantMemoryMode) {
  const std::string path = TempPath("inline.xlsx");
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  worksheet_write_string(ws, 0, 0, "nama", nullptr);
  worksheet_write_string(ws, 1, 0, "Regapu\xE2\x80\x99u", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto reader = OpenXlsxBuffer(bytes.str());
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  const std::vector<Row> rows = ReadAll(**reader);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields[0], "Regapu\xE2\x80\x99u");
  std::filesystem::remove(path);
}

TEST(XlsxReaderTest, RichTextSharedStringsAndExponents) {
  const std::string path = TempPath("rich.xlsx");
  WriteZip(path,
           {{"xl/workbook.xml", kWorkbookXml},
            {"xl/_rels/workbook.xml.rels",
             "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/data.xml\"/>"
             "</Relationships>"},
            {"xl/sharedStrings.xml",
             "<sst><si><r><t>Dinas </t></r><r><t>Kesehatan</t></r><rPh><t>x</t></rPh></si></sst>"},
            {"xl/worksheets/data.xml",
             "<worksheet><sheetData><row r=\"3\"><c r=\"B3\" t=\"s\"><v>0</v></c>"
             "<c r=\"C3\"><v>1.9860926201505101E+17</v></c><c r=\"D3\"><v>1E-3</v></c>"
             "<c r=\"E3\" t=\"inlineStr\"><is><t>ok</t></is></c></row></sheetData></worksheet>"}});
  auto reader = OpenXlsxFile(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  const std::vector<Row> rows = ReadAll(**reader);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].line, 3);
  EXPECT_EQ(rows[0].fields,
            (std::vector<std::string>{"", "Dinas Kesehatan", "198609262015051010", "0.001", "ok"}));
  std::filesystem::remove(path);
}

TEST(XlsxReaderTest, ZipBombStopsAtTheLimit) {
  const std::string path = TempPath("bomb.xlsx");
  // 8 MB of one repeated row compresses to a few KB.
  std::string sheet = "<worksheet><sheetData>";
  while (sheet.size() < (8u << 20)) sheet += "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>";
  sheet += "</sheetData></worksheet>";
  WriteZip(path, {{"xl/workbook.xml", kWorkbookXml}, {"xl/worksheets/sheet1.xml", sheet}});
  EXPECT_LT(std::filesystem::file_size(path), 1u << 20);
  ReaderLimits limits;
  limits.max_xml_bytes = 1 << 20;
  auto reader = OpenXlsxFile(path, limits);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(reader.status().message_en().find("inflates to more than"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(XlsxReaderTest, BadInputIsNamed) {
  const std::string path = TempPath("bad.xlsx");
  WriteZip(path, {{"xl/workbook.xml", kWorkbookXml},
                  {"xl/worksheets/sheet1.xml",
                   "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"
                   "</sheetData></worksheet>"}});
  auto reader = OpenXlsxFile(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  Row row;
  const Result<bool> r = (*reader)->Next(row);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("row 1 column 1"), std::string::npos);

  WriteZip(path, {{"xl/workbook.xml", "<workbook><sheets>"}});
  EXPECT_EQ(OpenXlsxFile(path).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(OpenXlsxBuffer("PK\x03\x04garbage").status().code(), ErrorCode::kInvalidArgument);

  ReaderLimits limits;
  limits.max_columns = 3;
  WriteZip(path, {{"xl/workbook.xml", kWorkbookXml},
                  {"xl/worksheets/sheet1.xml",
                   "<worksheet><sheetData><row r=\"1\"><c r=\"Z1\"><v>1</v></c></row>"
                   "</sheetData></worksheet>"}});
  reader = OpenXlsxFile(path, limits);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->Next(row).status().code(), ErrorCode::kResourceExhausted);
  std::filesystem::remove(path);
}

TEST(XlsxReaderTest, DateStylesAndThe1904System) {
  const std::string path = TempPath("dates.xlsx");
  const std::string styles =
      "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"&quot;day&quot; 0\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>"
      "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";
  const std::string sheet =
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"2\"><v>45623</v></c>"
      "<c r=\"B1\" s=\"1\"><v>44161.75</v></c><c r=\"C1\" s=\"3\"><v>7</v></c>"
      "<c r=\"D1\" s=\"0\"><v>45623</v></c></row></sheetData></worksheet>";
  WriteZip(path, {{"xl/workbook.xml", kWorkbookXml},
                  {"xl/styles.xml", styles},
                  {"xl/worksheets/sheet1.xml", sheet}});
  auto reader = OpenXlsxFile(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  std::vector<Row> rows = ReadAll(**reader);
  ASSERT_EQ(rows.size(), 1u);
  // 1900 system: 45623 is 2024-11-27; 44161.75 is 2020-11-26 18:00; a format
  // whose only "d" is inside quotes is not a date.
  EXPECT_EQ(rows[0].fields,
            (std::vector<std::string>{"2024-11-27", "2020-11-26 18:00:00", "7", "45623"}));

  std::string workbook_1904 = kWorkbookXml;
  workbook_1904.insert(workbook_1904.find("<sheets>"), "<workbookPr date1904=\"1\"/>");
  WriteZip(path, {{"xl/workbook.xml", workbook_1904},
                  {"xl/styles.xml", styles},
                  {"xl/worksheets/sheet1.xml", sheet}});
  reader = OpenXlsxFile(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  rows = ReadAll(**reader);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields[1], "2024-11-27 18:00:00");
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace netra::ingest
