#include "domain/working_days.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

namespace netra {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::string_view kHolidayHeader = "date,kind,name,basis";
constexpr int kHolidayFields = 4;

Status RowError(std::string_view source, int line, int column, const std::string& what_id,
                const std::string& what_en) {
  const std::string src(source);
  const std::string where_id =
      src + ": baris " + std::to_string(line) + ", kolom " + std::to_string(column) + ": ";
  const std::string where_en =
      src + ": line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
  return Status(ErrorCode::kInvalidArgument, where_id + what_id, where_en + what_en);
}

std::vector<std::string_view> SplitComma(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t comma = line.find(',', begin);
    if (comma == std::string_view::npos) {
      fields.push_back(line.substr(begin));
      return fields;
    }
    fields.push_back(line.substr(begin, comma - begin));
    begin = comma + 1;
  }
}

bool ParseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

// Strict YYYY-MM-DD.
bool ParseIsoDate(std::string_view text, CivilDate& out) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  CivilDate d;
  if (!ParseInt(text.substr(0, 4), d.year) || !ParseInt(text.substr(5, 2), d.month) ||
      !ParseInt(text.substr(8, 2), d.day)) {
    return false;
  }
  if (!IsValidCivilDate(d.year, d.month, d.day)) return false;
  out = d;
  return true;
}

std::string FormatIsoDate(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Floor division, so instants before 1970 map to the right day.
std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

}  // namespace

const char* HolidayKindName(HolidayKind kind) {
  switch (kind) {
    case HolidayKind::kLiburNasional:
      return "libur_nasional";
    case HolidayKind::kCutiBersama:
      return "cuti_bersama";
  }
  return "libur_nasional";
}

const char* DayCountName(DayCount count) {
  switch (count) {
    case DayCount::kCalendar:
      return "calendar";
    case DayCount::kWorking:
      return "working";
  }
  return "calendar";
}

Result<std::vector<Holiday>> ParseHolidayCsv(std::string_view text, std::string_view source) {
  std::vector<Holiday> rows;
  std::set<std::int64_t> seen;
  bool header_seen = false;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!header_seen) {
      if (line != kHolidayHeader) {
        return RowError(source, line_no, 1, "header harus \"" + std::string(kHolidayHeader) + "\"",
                        "header must be \"" + std::string(kHolidayHeader) + "\"");
      }
      header_seen = true;
      continue;
    }
    const std::vector<std::string_view> fields = SplitComma(line);
    if (static_cast<int>(fields.size()) != kHolidayFields) {
      const int column = std::min<int>(static_cast<int>(fields.size()), kHolidayFields + 1);
      return RowError(source, line_no, column,
                      "harus ada 4 kolom, ditemukan " + std::to_string(fields.size()),
                      "expected 4 columns, found " + std::to_string(fields.size()));
    }
    Holiday h;
    if (!ParseIsoDate(fields[0], h.date)) {
      return RowError(source, line_no, 1,
                      "tanggal tidak sah \"" + std::string(fields[0]) + "\" (format YYYY-MM-DD)",
                      "invalid date \"" + std::string(fields[0]) + "\" (format YYYY-MM-DD)");
    }
    if (fields[1] == "libur_nasional") {
      h.kind = HolidayKind::kLiburNasional;
    } else if (fields[1] == "cuti_bersama") {
      h.kind = HolidayKind::kCutiBersama;
    } else {
      return RowError(
          source, line_no, 2,
          "jenis tidak dikenal \"" + std::string(fields[1]) +
              "\" (libur_nasional atau cuti_bersama)",
          "unknown kind \"" + std::string(fields[1]) + "\" (libur_nasional or cuti_bersama)");
    }
    if (fields[2].empty()) {
      return RowError(source, line_no, 3, "nama kosong", "name is empty");
    }
    if (fields[3].empty()) {
      return RowError(source, line_no, 4, "dasar hukum kosong", "basis is empty");
    }
    if (!seen.insert(DaysFromCivil(h.date)).second) {
      return RowError(source, line_no, 1, "tanggal " + FormatIsoDate(h.date) + " sudah ada",
                      "date " + FormatIsoDate(h.date) + " appears twice");
    }
    h.name = std::string(fields[2]);
    h.basis = std::string(fields[3]);
    rows.push_back(std::move(h));
  }
  if (!header_seen) {
    return RowError(source, line_no + 1, 1, "berkas kosong, header tidak ada",
                    "empty file, header missing");
  }
  return rows;
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t DaysFromCivil(const CivilDate& date) {
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = FloorDiv(y, 400);
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (date.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = FloorDiv(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

int DayOfWeek(const CivilDate& date) {
  // 1970-01-01 was a Thursday (4).
  const std::int64_t d = DaysFromCivil(date);
  return static_cast<int>(((d % 7) + 11) % 7);
}

CivilDate LocalDate(std::int64_t instant, TimeZone zone) {
  const std::int64_t local = instant + std::int64_t{TimeZoneUtcOffsetHours(zone)} * 3600;
  return CivilFromDays(FloorDiv(local, kSecondsPerDay));
}

std::int64_t EndOfLocalDay(const CivilDate& date, TimeZone zone) {
  return DaysFromCivil(date) * kSecondsPerDay + (kSecondsPerDay - 1) -
         std::int64_t{TimeZoneUtcOffsetHours(zone)} * 3600;
}

Result<Calendar> Calendar::Create(std::vector<Holiday> holidays) {
  Calendar calendar;
  for (Holiday& h : holidays) {
    const std::int64_t day = DaysFromCivil(h.date);
    if (calendar.by_day_.count(day) > 0) {
      const std::string date = FormatIsoDate(h.date);
      return Status(ErrorCode::kInvalidArgument, "tanggal libur " + date + " tercantum dua kali",
                    "holiday date " + date + " is listed twice");
    }
    calendar.years_.insert(h.date.year);
    calendar.by_day_.emplace(day, std::move(h));
  }
  return calendar;
}

const Holiday* Calendar::FindHoliday(const CivilDate& date) const {
  const auto it = by_day_.find(DaysFromCivil(date));
  return it == by_day_.end() ? nullptr : &it->second;
}

bool Calendar::IsWorkingDay(const CivilDate& date) const {
  const int weekday = DayOfWeek(date);
  if (weekday == 0 || weekday == 6) return false;
  return FindHoliday(date) == nullptr;
}

Result<std::int64_t> Calendar::AddDays(std::int64_t start, int n, DayCount count,
                                       TimeZone zone) const {
  if (n < 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "jumlah hari tidak boleh negatif: " + std::to_string(n),
                  "day count must not be negative: " + std::to_string(n));
  }
  std::int64_t day = DaysFromCivil(LocalDate(start, zone));
  if (count == DayCount::kCalendar) {
    return EndOfLocalDay(CivilFromDays(day + n), zone);
  }
  for (int remaining = n; remaining > 0;) {
    ++day;
    const CivilDate date = CivilFromDays(day);
    if (!CoversYear(date.year)) {
      const std::string year = std::to_string(date.year);
      return Status(
          ErrorCode::kFailedPrecondition,
          "data hari libur tahun " + year +
              " belum ada (data/holidays/); hari kerja tidak dapat dihitung",
          "no holiday data for " + year + " (data/holidays/); working days cannot be counted");
    }
    if (IsWorkingDay(date)) --remaining;
  }
  return EndOfLocalDay(CivilFromDays(day), zone);
}

}  // namespace netra
