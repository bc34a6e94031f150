// Working-day calendar for legal deadlines: Indonesia's national holidays (libur
// nasional) and collective leave (cuti bersama) from data/holidays/*.csv, and the
// arithmetic that turns "n calendar or working days after receipt" into a deadline
// instant, counted in a region's time zone (WIB/WITA/WIT; Indonesia has no DST).
//
// Instants are unix seconds UTC. No clock is read here: callers pass "now" and
// receipt instants in. A Calendar is immutable after construction, so one instance
// may be shared by any number of threads.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/nip.h"
#include "domain/region.h"

namespace netra {

enum class HolidayKind { kLiburNasional, kCutiBersama };

const char* HolidayKindName(HolidayKind kind);  // "libur_nasional", "cuti_bersama"

struct Holiday {
  CivilDate date;
  HolidayKind kind = HolidayKind::kLiburNasional;
  std::string name;   // "Hari Raya Idul Adha 1445 Hijriah"
  std::string basis;  // the act that sets the day, e.g. the SKB 3 Menteri number
};

// Parses one holiday file: a header line "date,kind,name,basis", then one row per
// day; blank lines and lines starting with '#' are skipped. Fields may not contain
// commas (no quoting). `source` names the file in messages. On success returns the
// rows in file order. On failure returns kInvalidArgument whose Indonesian and
// English messages name the source, the 1-based line and column and what is wrong
// (bad date, unknown kind, empty name/basis, wrong field count, a date repeated).
Result<std::vector<Holiday>> ParseHolidayCsv(std::string_view text, std::string_view source);

enum class DayCount { kCalendar, kWorking };

const char* DayCountName(DayCount count);  // "calendar", "working"

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
std::int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(std::int64_t days);
// 0 = Sunday ... 6 = Saturday.
int DayOfWeek(const CivilDate& date);

// The local calendar date of `instant` in `zone`.
CivilDate LocalDate(std::int64_t instant, TimeZone zone);
// The last second of `date` in `zone` (23:59:59 local), as a UTC instant.
std::int64_t EndOfLocalDay(const CivilDate& date, TimeZone zone);

class Calendar {
 public:
  // Builds a calendar from the rows of one or more holiday files. The years that
  // appear in `holidays` are the years the calendar knows; counting working days
  // into any other year fails rather than silently treating it as holiday-free.
  // Fails with kInvalidArgument when a date occurs twice.
  static Result<Calendar> Create(std::vector<Holiday> holidays);

  // The holiday on `date`, or nullptr.
  const Holiday* FindHoliday(const CivilDate& date) const;
  // Monday to Friday and neither libur nasional nor cuti bersama. Does not check
  // that `date`'s year is covered.
  bool IsWorkingDay(const CivilDate& date) const;
  bool CoversYear(int year) const { return years_.count(year) > 0; }

  // The deadline for a step that has `n` days from `start` (e.g. the instant a
  // report was received), counted in `zone`:
  //  - The day of receipt never counts; day 1 is the next local day (Indonesian
  //    practice: "3 hari setelah laporan diterima").
  //  - kCalendar: the deadline is local date(start) + n; weekends and holidays
  //    count and a deadline falling on one is not moved.
  //  - kWorking: the deadline is the n-th working day strictly after the local
  //    date of `start`, skipping Saturdays, Sundays, libur nasional and cuti
  //    bersama. Receipt on a holiday or weekend changes nothing: counting still
  //    starts on the next day.
  //  - The deadline ends at 23:59:59 local time of that last day; a step is
  //    overdue when now > the returned instant. n = 0 gives the end of the day of
  //    receipt.
  // Fails with kInvalidArgument when n < 0, and with kFailedPrecondition when
  // working days must be counted through a year this calendar has no holidays for.
  Result<std::int64_t> AddDays(std::int64_t start, int n, DayCount count, TimeZone zone) const;

 private:
  Calendar() = default;

  std::map<std::int64_t, Holiday> by_day_;  // keyed by DaysFromCivil
  std::set<int> years_;
};

}  // namespace netra
