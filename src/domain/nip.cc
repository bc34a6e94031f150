#include "domain/nip.h"

#include <fmt/format.h>

#include <string>

namespace netra {
namespace {

int Digits(std::string_view s, std::size_t pos, std::size_t len) {
  int v = 0;
  for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

Status NipError(std::string_view reason, const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, id, en).WithReason(std::string(reason));
}

}  // namespace

bool IsValidCivilDate(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = month == 2 && leap ? 29 : kDays[month - 1];
  return day <= max_day;
}

Result<Nip> ParseNip(std::string_view text, NipKind kind, CivilDate today, const NipRules& rules) {
  std::string digits;
  digits.reserve(18);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '.') continue;
    if (c < '0' || c > '9') {
      return NipError("nip_format",
                      fmt::format("NIP mengandung karakter bukan angka pada posisi {}", i + 1),
                      fmt::format("NIP contains a non-digit character at position {}", i + 1));
    }
    if (digits.size() == 18) {
      return NipError("nip_format", "NIP lebih dari 18 angka", "NIP has more than 18 digits");
    }
    digits.push_back(c);
  }
  if (digits.empty()) return NipError("nip_format", "NIP kosong", "NIP is empty");
  if (digits.size() != 18) {
    return NipError("nip_format", fmt::format("NIP harus 18 angka, bukan {}", digits.size()),
                    fmt::format("NIP must have 18 digits, not {}", digits.size()));
  }

  Nip nip;
  nip.kind = kind;
  nip.birth_date = {Digits(digits, 0, 4), Digits(digits, 4, 2), Digits(digits, 6, 2)};
  const CivilDate& b = nip.birth_date;
  const std::string birth_text = digits.substr(0, 8);
  if (!IsValidCivilDate(b.year, b.month, b.day)) {
    return NipError(
        "nip_birth_date",
        fmt::format("Tanggal lahir (digit 1-8) '{}' bukan tanggal yang sah", birth_text),
        fmt::format("Birth date (digits 1-8) '{}' is not a real date", birth_text));
  }
  const int max_birth_year = today.year - rules.min_age_at_birth_check;
  if (b.year < rules.min_birth_year || b.year > max_birth_year) {
    return NipError("nip_birth_date",
                    fmt::format("Tanggal lahir (digit 1-8) '{}': tahun {} tidak wajar (harus "
                                "{}-{})",
                                birth_text, b.year, rules.min_birth_year, max_birth_year),
                    fmt::format("Birth date (digits 1-8) '{}': year {} is implausible (must be "
                                "{}-{})",
                                birth_text, b.year, rules.min_birth_year, max_birth_year));
  }

  nip.appointment_year = Digits(digits, 8, 4);
  const std::string appt_text = digits.substr(8, 6);
  const int year = nip.appointment_year;
  if (kind == NipKind::kPns) {
    nip.appointment_month = Digits(digits, 12, 2);
    if (nip.appointment_month < 1 || nip.appointment_month > 12) {
      return NipError(
          "nip_appointment",
          fmt::format("Tahun-bulan pengangkatan (digit 9-14) '{}': bulan {:02d} tidak ada (01-12)",
                      appt_text, nip.appointment_month),
          fmt::format("Appointment year-month (digits 9-14) '{}': month {:02d} does not exist "
                      "(01-12)",
                      appt_text, nip.appointment_month));
    }
  } else {
    nip.pppk_code = Digits(digits, 12, 2);
  }
  const int min_year =
      kind == NipKind::kPns ? rules.min_pns_appointment_year : rules.min_pppk_appointment_year;
  if (year < min_year) {
    return NipError("nip_appointment",
                    fmt::format("Tahun pengangkatan (digit 9-12) {} terlalu awal (paling awal {})",
                                year, min_year),
                    fmt::format("Appointment year (digits 9-12) {} is too early (earliest {})",
                                year, min_year));
  }
  // PPPK digits 13-14 are not a month, so only the year can be compared with today.
  const bool future = kind == NipKind::kPns
                          ? year * 12 + nip.appointment_month > today.year * 12 + today.month
                          : year > today.year;
  if (future) {
    return NipError(
        "nip_appointment",
        fmt::format("Tahun-bulan pengangkatan (digit 9-14) '{}' berada di masa depan", appt_text),
        fmt::format("Appointment year-month (digits 9-14) '{}' is in the future", appt_text));
  }
  const int appt_months = year * 12 + (kind == NipKind::kPns ? nip.appointment_month : 12);
  if (appt_months - (b.year * 12 + b.month) < rules.min_age_at_appointment * 12) {
    return NipError(
        "nip_appointment",
        fmt::format("Pengangkatan (digit 9-14) '{}' kurang dari {} tahun setelah tanggal lahir "
                    "'{}'",
                    appt_text, rules.min_age_at_appointment, birth_text),
        fmt::format("Appointment (digits 9-14) '{}' is less than {} years after the birth date "
                    "'{}'",
                    appt_text, rules.min_age_at_appointment, birth_text));
  }

  const char g = digits[14];
  if (g != '1' && g != '2') {
    return NipError("nip_gender",
                    fmt::format("Digit jenis kelamin (digit 15) '{}' harus 1 (laki-laki) atau 2 "
                                "(perempuan)",
                                g),
                    fmt::format("Gender digit (digit 15) '{}' must be 1 (male) or 2 (female)", g));
  }
  nip.gender = g == '1' ? 'L' : 'P';

  nip.sequence = Digits(digits, 15, 3);
  if (nip.sequence == 0) {
    return NipError("nip_sequence", "Nomor urut (digit 16-18) tidak boleh 000",
                    "Sequence number (digits 16-18) must not be 000");
  }
  nip.digits = std::move(digits);
  return nip;
}

std::string FormatNip(const Nip& nip) {
  const std::string_view d = nip.digits;
  if (d.size() != 18) return std::string(d);
  if (nip.kind == NipKind::kPppk) {
    return fmt::format("{} {} {} {} {}", d.substr(0, 8), d.substr(8, 4), d.substr(12, 2),
                       d.substr(14, 1), d.substr(15, 3));
  }
  return fmt::format("{} {} {} {}", d.substr(0, 8), d.substr(8, 6), d.substr(14, 1),
                     d.substr(15, 3));
}

}  // namespace netra
