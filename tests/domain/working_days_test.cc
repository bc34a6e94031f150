#include "domain/working_days.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace netra {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The shipped calendar: data/holidays/2024-2026 (tests run from the source root).
Calendar ShippedCalendar() {
  std::vector<Holiday> all;
  for (const char* year : {"2024", "2025", "2026"}) {
    const std::string path = std::string("data/holidays/") + year + ".csv";
    const std::string text = ReadFile(path);
    EXPECT_FALSE(text.empty()) << path;
    auto rows = ParseHolidayCsv(text, path);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (rows.ok()) all.insert(all.end(), rows->begin(), rows->end());
  }
  auto calendar = Calendar::Create(std::move(all));
  EXPECT_TRUE(calendar.ok()) << calendar.status().ToString();
  return std::move(calendar).value();
}

CivilDate Date(int y, int m, int d) { return CivilDate{y, m, d}; }

TEST(HolidayDataTest, ShippedFilesHaveTheSkbCounts) {
  struct Expect {
    const char* year;
    int libur_nasional;
    int cuti_bersama;
  };
  // SKB counts: 17+10 (2024, plus the two voting days), 17+10 (2025), 17+8 (2026).
  for (const Expect& e : {Expect{"2024", 19, 10}, Expect{"2025", 17, 10}, Expect{"2026", 17, 8}}) {
    const std::string path = std::string("data/holidays/") + e.year + ".csv";
    auto rows = ParseHolidayCsv(ReadFile(path), path);
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    int ln = 0;
    int cb = 0;
    for (const Holiday& h : *rows) {
      EXPECT_EQ(std::to_string(h.date.year), e.year) << h.name;
      (h.kind == HolidayKind::kLiburNasional ? ln : cb)++;
    }
    EXPECT_EQ(ln, e.libur_nasional) << path;
    EXPECT_EQ(cb, e.cuti_bersama) << path;
  }
}

TEST(CalendarTest, KnowsIdulAdha2024AndItsCutiBersama) {
  const Calendar calendar = ShippedCalendar();
  const Holiday* adha = calendar.FindHoliday(Date(2024, 6, 17));
  ASSERT_NE(adha, nullptr);
  EXPECT_EQ(adha->kind, HolidayKind::kLiburNasional);
  EXPECT_EQ(adha->basis, "SKB Menag-Menaker-MenPANRB 855/2023 3/2023 4/2023");
  const Holiday* cuti = calendar.FindHoliday(Date(2024, 6, 18));
  ASSERT_NE(cuti, nullptr);
  EXPECT_EQ(cuti->kind, HolidayKind::kCutiBersama);
  EXPECT_FALSE(calendar.IsWorkingDay(Date(2024, 6, 15)));  // Saturday
  EXPECT_TRUE(calendar.IsWorkingDay(Date(2024, 6, 19)));
  EXPECT_TRUE(calendar.CoversYear(2026));
  EXPECT_FALSE(calendar.CoversYear(2027));
}

TEST(CivilDaysTest, RoundTripsAndWeekdays) {
  EXPECT_EQ(DaysFromCivil(Date(1970, 1, 1)), 0);
  EXPECT_EQ(DaysFromCivil(Date(2024, 2, 29)), 19782);
  for (std::int64_t d = -800; d < 25000; d += 37) {
    const CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c), d);
  }
  EXPECT_EQ(DayOfWeek(Date(2024, 6, 14)), 5);  // Friday
  EXPECT_EQ(DayOfWeek(Date(2024, 6, 16)), 0);  // Sunday
  EXPECT_EQ(DayOfWeek(Date(1969, 12, 31)), 3);
}

TEST(CivilDaysTest, LocalDayBoundsPerZone) {
  // 2024-06-14 00:00:00 UTC = 1718323200.
  const std::int64_t midnight_utc = 1718323200;
  EXPECT_EQ(EndOfLocalDay(Date(2024, 6, 14), TimeZone::kWib), midnight_utc + 86399 - 7 * 3600);
  EXPECT_EQ(EndOfLocalDay(Date(2024, 6, 14), TimeZone::kWita), midnight_utc + 86399 - 8 * 3600);
  EXPECT_EQ(EndOfLocalDay(Date(2024, 6, 14), TimeZone::kWit), midnight_utc + 86399 - 9 * 3600);
  // 16:59:59 UTC is 23:59:59 WIB, still the 14th; one second later is the 15th.
  const CivilDate a = LocalDate(midnight_utc + 16 * 3600 + 3599, TimeZone::kWib);
  EXPECT_EQ(a.day, 14);
  const CivilDate b = LocalDate(midnight_utc + 17 * 3600, TimeZone::kWib);
  EXPECT_EQ(b.day, 15);
  const CivilDate c = LocalDate(midnight_utc + 15 * 3600, TimeZone::kWit);
  EXPECT_EQ(c.day, 15);
}

TEST(CalendarTest, DeadlineIsLastSecondOfLocalDay) {
  const Calendar calendar = ShippedCalendar();
  // Friday 2024-06-14 10:00 WITA = 02:00 UTC.
  const std::int64_t received = 1718323200 + 2 * 3600;
  auto deadline = calendar.AddDays(received, 3, DayCount::kWorking, TimeZone::kWita);
  ASSERT_TRUE(deadline.ok()) << deadline.status().ToString();
  // Friday 2024-06-21 23:59:59 WITA = 15:59:59 UTC.
  EXPECT_EQ(*deadline, 1718323200 + 7 * 86400 + 15 * 3600 + 3599);
}

TEST(CalendarTest, RejectsNegativeDays) {
  const Calendar calendar = ShippedCalendar();
  auto r = calendar.AddDays(0, -1, DayCount::kCalendar, TimeZone::kWib);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
}

TEST(CalendarTest, RejectsDuplicateDatesAcrossFiles) {
  Holiday h{Date(2024, 1, 1), HolidayKind::kLiburNasional, "Tahun Baru", "SKB"};
  auto r = Calendar::Create({h, h});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("2024-01-01"), std::string::npos);
  EXPECT_NE(r.status().message_id().find("dua kali"), std::string::npos);
}

struct LoaderCase {
  const char* text;
  const char* message_en;  // expected substring
  const char* message_id;  // expected substring
};

TEST(HolidayLoaderTest, ReportsLineAndColumnInBothLanguages) {
  const LoaderCase cases[] = {
      {"", "line 1, column 1: empty file", "baris 1, kolom 1: berkas kosong"},
      {"date,kind,name\n", "line 1, column 1: header must be", "baris 1, kolom 1: header harus"},
      {"date,kind,name,basis\n2024-13-01,libur_nasional,X,SKB\n",
       "line 2, column 1: invalid date \"2024-13-01\"", "baris 2, kolom 1: tanggal tidak sah"},
      {"date,kind,name,basis\n2023-02-29,libur_nasional,X,SKB\n", "line 2, column 1",
       "baris 2, kolom 1"},
      {"# comment\n\ndate,kind,name,basis\n2024-01-01,libur,X,SKB\n",
       "line 4, column 2: unknown kind \"libur\"", "baris 4, kolom 2: jenis tidak dikenal"},
      {"date,kind,name,basis\r\n2024-01-01,cuti_bersama,,SKB\r\n",
       "line 2, column 3: name is empty", "baris 2, kolom 3: nama kosong"},
      {"date,kind,name,basis\n2024-01-01,cuti_bersama,X,\n", "line 2, column 4: basis is empty",
       "baris 2, kolom 4: dasar hukum kosong"},
      {"date,kind,name,basis\n2024-01-01,cuti_bersama,A, B,SKB\n",
       "line 2, column 5: expected 4 columns, found 5", "baris 2, kolom 5: harus ada 4 kolom"},
      {"date,kind,name,basis\n2024-01-01,cuti_bersama\n", "line 2, column 2: expected 4 columns",
       "baris 2, kolom 2"},
      {"date,kind,name,basis\n2024-01-01,cuti_bersama,A,B\n2024-01-01,libur_nasional,C,D\n",
       "line 3, column 1: date 2024-01-01 appears twice", "baris 3, kolom 1: tanggal 2024-01-01"},
  };
  for (const LoaderCase& c : cases) {
    auto r = ParseHolidayCsv(c.text, "t.csv");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(r.status().message_en().find(std::string("t.csv: ") + c.message_en),
              std::string::npos)
        << r.status().message_en();
    EXPECT_NE(r.status().message_id().find(c.message_id), std::string::npos)
        << r.status().message_id();
  }
}

TEST(HolidayLoaderTest, AcceptsCommentsBlankLinesAndCrlf) {
  auto r = ParseHolidayCsv(
      "# note\r\ndate,kind,name,basis\r\n\r\n2024-06-18,cuti_bersama,Cuti Idul Adha,SKB 855\r\n",
      "t.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].date.day, 18);
  EXPECT_EQ((*r)[0].kind, HolidayKind::kCutiBersama);
  EXPECT_EQ((*r)[0].basis, "SKB 855");
}

// Parses "YYYY-MM-DDTHH:MM" (local in zone) or "...Z" (UTC) into a unix instant.
bool ParseStart(const std::string& text, TimeZone zone, std::int64_t& out) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  char z = 0;
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d%c", &y, &mo, &d, &h, &mi, &z);
  if (n < 5 || (n == 6 && z != 'Z')) return false;
  const std::int64_t local = DaysFromCivil(Date(y, mo, d)) * 86400 + h * 3600 + mi * 60;
  out = n == 6 ? local : local - std::int64_t{TimeZoneUtcOffsetHours(zone)} * 3600;
  return true;
}

bool ParseZone(const std::string& text, TimeZone& out) {
  for (TimeZone z : {TimeZone::kWib, TimeZone::kWita, TimeZone::kWit}) {
    if (text == TimeZoneName(z)) {
      out = z;
      return true;
    }
  }
  return false;
}

TEST(DeadlineCasesTest, DataDrivenCasesFromTestdata) {
  const Calendar calendar = ShippedCalendar();
  const std::string path = "tests/domain/testdata/deadlines.case";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "run from the source root: " << path;
  std::string line;
  int line_no = 0;
  int cases = 0;
  while (std::getline(in, line)) {
    ++line_no;
    line = line.substr(0, line.find('#'));
    std::istringstream fields(line);
    std::string start_text, zone_text, count_text, expected;
    int days = 0;
    if (!(fields >> start_text)) continue;
    SCOPED_TRACE(path + ":" + std::to_string(line_no));
    ASSERT_TRUE(fields >> zone_text >> days >> count_text >> expected) << "malformed case";
    TimeZone zone = TimeZone::kWib;
    ASSERT_TRUE(ParseZone(zone_text, zone)) << zone_text;
    std::int64_t start = 0;
    ASSERT_TRUE(ParseStart(start_text, zone, start)) << start_text;
    ASSERT_TRUE(count_text == "calendar" || count_text == "working") << count_text;
    const DayCount count = count_text == "calendar" ? DayCount::kCalendar : DayCount::kWorking;
    auto deadline = calendar.AddDays(start, days, count, zone);
    ++cases;
    if (expected.rfind("error:", 0) == 0) {
      ASSERT_FALSE(deadline.ok());
      EXPECT_EQ(CodeName(deadline.status().code()), expected.substr(6));
      continue;
    }
    ASSERT_TRUE(deadline.ok()) << deadline.status().ToString();
    int y = 0, m = 0, d = 0;
    ASSERT_EQ(std::sscanf(expected.c_str(), "%4d-%2d-%2d", &y, &m, &d), 3) << expected;
    EXPECT_EQ(*deadline, EndOfLocalDay(Date(y, m, d), zone))
        << "got local date " << LocalDate(*deadline, zone).year << "-"
        << LocalDate(*deadline, zone).month << "-" << LocalDate(*deadline, zone).day;
  }
  EXPECT_GE(cases, 20);
}

}  // namespace
}  // namespace netra
