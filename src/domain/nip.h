// Nip: the 18-digit civil-servant number — NIP of a PNS (domain.md §5.1) or
// NI PPPK (§5.2) — checked for shape and plausibility and decoded for display.
//
// Layout: PNS `YYYYMMDD YYYYMM G NNN` (birth date, CPNS appointment year and
// month, gender 1/2, sequence); PPPK `YYYYMMDD YYYY CC G NNN` (the two digits
// after the appointment year are a code whose meaning is unconfirmed, so they
// are decoded but not judged). A valid shape does not prove the number exists:
// only BKN data can. The "current date" is always passed in, never read from a
// clock. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

// A calendar date without a time zone.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

enum class NipKind { kPns, kPppk };

// Plausibility bounds; defaults follow domain.md §5.1 (its exact minimums are
// unconfirmed, so they are configuration, not literals in the checks).
struct NipRules {
  int min_birth_year = 1940;
  int min_age_at_birth_check = 17;  // birth year <= today.year - this
  int min_age_at_appointment = 18;  // whole years between birth month and appointment
  int min_pns_appointment_year = 1970;
  int min_pppk_appointment_year = 2019;  // first PPPK intake under PP 49/2018
};

// The decoded parts of a valid number.
struct Nip {
  std::string digits;  // exactly 18 ASCII digits, spaces and dots removed
  NipKind kind = NipKind::kPns;
  CivilDate birth_date;
  int appointment_year = 0;
  int appointment_month = 0;  // 1-12 for PNS; 0 for PPPK
  int pppk_code = 0;          // digits 13-14 for PPPK; 0 for PNS
  char gender = 'L';          // 'L' (digit 1) or 'P' (digit 2)
  int sequence = 0;           // 1-999
};

// Parses and checks `text`. On failure returns kInvalidArgument whose message
// (Indonesian and English) names the wrong part and its digit positions, and
// whose reason() is one of: "nip_format", "nip_birth_date", "nip_appointment",
// "nip_gender", "nip_sequence".
Result<Nip> ParseNip(std::string_view text, NipKind kind, CivilDate today,
                     const NipRules& rules = {});

// The customary printed form: "19860926 201505 1 001" (PNS) or
// "19900913 2025 24 2 014" (PPPK).
std::string FormatNip(const Nip& nip);

bool IsValidCivilDate(int year, int month, int day);

}  // namespace netra
