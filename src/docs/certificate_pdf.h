// The pledge certificate: an A4 PDF (cairo, DejaVu Sans) with the pledge
// text, the signer, agency and signing time in the region's zone, the
// certificate number and a QR code to <base URL>/verifikasi/<number>.
//
// The signed record travels inside the PDF so a certificate can be checked
// offline with only the instance's public key. It is in the document
// information dictionary's Keywords entry (cairo 1.16 has no custom metadata
// keys), as one ASCII line:
//
//   netra-pledge-v1 record=<base64 canonical record> signature=<base64 Ed25519>
//
// base64 keeps the value free of PDF string escapes, so it is found byte for
// byte; the Subject entry holds the certificate number for file browsers.
// Verification attests the embedded record only: the page is a rendering of
// it and is not itself signed.
//
// Functions are thread-safe (each render owns its cairo surface).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "docs/pledge_signature.h"
#include "domain/pledge_record.h"
#include "domain/pledge_text.h"
#include "domain/region.h"

namespace netra {

struct CertificateInput {
  PledgeText pledge;  // the version signed; pledge.text_hash == record.text_hash
  PledgeRecord record;
  std::string signature;           // base64, from SignPledgeRecord
  TimeZone zone = TimeZone::kWib;  // of the signer's region
  std::string base_url;            // "https://netra.probolinggokab.go.id", no trailing '/'
};

// The PDF bytes. kInvalidArgument when the record is invalid, the text hash
// does not match the pledge, or the base URL is empty; kInternal when cairo
// fails. Does not verify the signature: the caller just made it.
Result<std::string> RenderCertificatePdf(const CertificateInput& input);

// "19 September 2024 08.15 WIB": Indonesian month names, 24-hour clock with a
// dot, as official letters write it.
std::string FormatIndonesianDateTime(std::int64_t unix_seconds, TimeZone zone);

// "<base_url>/verifikasi/<certificate number>".
std::string CertificateVerifyUrl(std::string_view base_url, std::string_view certificate_number);

struct EmbeddedPledge {
  std::string canonical;  // the canonical record bytes
  std::string signature;  // base64
  PledgeRecord record;
  std::string certificate_number;
};

// The record and signature embedded in `pdf`. kInvalidArgument with reason
// "certificate_unreadable" when the Keywords entry is missing, appears more
// than once, or its record is not canonical.
Result<EmbeddedPledge> ExtractEmbeddedPledge(std::string_view pdf);

// ExtractEmbeddedPledge, then VerifyCanonicalPledge against `key`; the
// extracted pledge on success, else the first error (reason
// "certificate_unreadable", "signature_malformed" or "signature_invalid").
Result<EmbeddedPledge> VerifyCertificatePdf(std::string_view pdf, const PledgePublicKey& key);

}  // namespace netra
