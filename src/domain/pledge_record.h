// PledgeRecord: what an ASN's pledge signature attests — the text hash, who,
// when, and how — and its canonical byte form, the exact bytes the instance's
// Ed25519 key signs (src/docs/pledge_signature.h).
//
// Canonical form, version 1 (stable: a change means a new magic line, and
// verifiers keep reading v1). Fixed field order, each field length-prefixed so
// no value (a name with ':' or a newline) can be read as another field:
//
//   netra-pledge-v1\n
//   text_hash:<len>:<64 lower-case hex>\n
//   nip:<len>:<18 digits>\n
//   name:<len>:<UTF-8 as given>\n
//   agency:<len>:<UTF-8 as given>\n
//   signed_at:<len>:<Unix seconds UTC, decimal, no leading zeros>\n
//   event:<len>:<event id, decimal; empty when signed outside an event>\n
//   method:<len>:self|at_event\n
//   operator:<len>:<operator user id, decimal; empty for self>\n
//
// <len> is the value's length in bytes, decimal without leading zeros. The
// parser accepts only this exact form (it re-serializes and compares), so one
// record has one encoding and one signature.
//
// The certificate number is "NETRA-" plus the first 60 bits of SHA-256 of the
// canonical form in Crockford base32, grouped 4-4-4 (NETRA-7QK2-M9XH-4D0A):
// derived from the record, so it can be recomputed offline and cannot be
// guessed from a sequence; 60 bits keep collisions below 1e-5 for the ~5
// million ASN signing each text. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

enum class PledgeMethod {
  kSelf,     // signed by the ASN in the web app
  kAtEvent,  // signed on paper at a pledge event, entered by an operator
};

struct PledgeRecord {
  std::string text_hash;                 // PledgeText::text_hash of the signed version
  std::string nip;                       // 18 digits
  std::string name;                      // as on the employee record when signing
  std::string agency;                    // agency name when signing
  std::int64_t signed_at = 0;            // Unix seconds, UTC
  std::optional<std::int64_t> event_id;  // the pledge event, if any
  PledgeMethod method = PledgeMethod::kSelf;
  std::optional<std::int64_t> operator_id;  // required for kAtEvent, absent for kSelf

  bool operator==(const PledgeRecord&) const = default;
};

// "self" | "at_event".
const char* PledgeMethodName(PledgeMethod method);

// Ok, or kInvalidArgument naming the field: text_hash not 64 lower-case hex,
// nip not 18 digits, empty name or agency, signed_at <= 0, ids <= 0, an
// operator missing for at_event or present for self.
Status ValidatePledgeRecord(const PledgeRecord& record);

// The canonical bytes of a valid record (see above); the record is validated
// first and an invalid one returns its error.
Result<std::string> CanonicalPledgeRecord(const PledgeRecord& record);

// The record encoded by `bytes`, or kInvalidArgument when they are not exactly
// the canonical form of a valid record.
Result<PledgeRecord> ParseCanonicalPledgeRecord(std::string_view bytes);

// "NETRA-XXXX-XXXX-XXXX" of a valid record (see above).
Result<std::string> PledgeCertificateNumber(const PledgeRecord& record);

}  // namespace netra
