// PledgeService: the pledge use cases of issue 3 — published texts and new
// versions, one-time signing codes, individual signing (group-committed, see
// signature_batcher.h), paper signatures entered at an event, certificates,
// public verification, coverage and the not-yet-signed export.
//
// Access (checked here, again after the router): signing is open to the
// public with NIP + one-time code, or to an ASN's session; operators
// (operator_instansi, admin) issue codes and record paper signatures for
// employees in their region; every staff role reads coverage of its region;
// verification is public and shows only name, agency and date. Something
// outside the caller's region is kNotFound.
//
// Thread-safe: shared state is the batcher (thread-safe) and the key id,
// resolved once under a mutex.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "docs/pledge_signature.h"
#include "service/caller.h"
#include "service/clock.h"
#include "service/signature_batcher.h"
#include "store/pledge_store.h"
#include "store/store.h"

namespace netra {

struct PledgeServiceOptions {
  const SigningKey* key = nullptr;  // required; not owned, outlives the service
  // Where certificates' QR codes point: <base_url>/verifikasi/<number>.
  std::string base_url = "http://127.0.0.1:8080";
  std::int64_t code_ttl_seconds = 3 * 24 * 3600;  // one-time codes expire after this
  int max_code_failures = 5;                      // wrong codes before a code is locked
};

struct IssuedCode {
  std::string nip;
  std::string name;
  std::string agency_name;
  std::string code;  // shown once: "K7M2-Q9XA"; only its hash is stored
  std::int64_t expires_at = 0;
};

struct CodeIssue {
  std::vector<IssuedCode> issued;
  std::vector<std::string> unknown;  // NIPs not found in the caller's region
};

struct SignRequest {
  std::string nip;   // with `code`; empty for an ASN signing in their own session
  std::string code;  // the one-time code
  std::optional<std::int64_t> text_id;  // default: the newest version of (election, kind)
  PledgeKind kind = PledgeKind::kIkrar;
  std::string election;                  // default: the election of the newest text
  std::optional<std::int64_t> event_id;  // the apel this signing belongs to, if any
};

struct SignedPledge {
  PledgeSignatureRow row;
  StoredPledgeText text;
  bool created = false;  // false: this version had been signed before, nothing changed
  std::string token;     // lets the holder download the certificate (base64url signature)
};

struct Verification {
  std::string status;  // "valid" | "revoked" | "unknown"
  std::string certificate_number;
  std::string name;
  std::string agency_name;
  std::int64_t signed_at = 0;
  std::string title;
};

struct PaperSignatures {
  std::int64_t recorded = 0;
  std::int64_t already = 0;  // had signed this version before
  std::vector<std::string> unknown;
  std::vector<std::string> invalid;
};

struct CoverageQuery {
  std::string region;  // default: the caller's scope
  std::optional<std::int64_t> agency_id;
  std::string election;  // default: the election of the newest text
  PledgeKind kind = PledgeKind::kIkrar;
  std::string group = "agency";  // "region" | "agency" | "unit"
};

struct CoverageRow {
  std::string key;  // region code, agency id or unit id (as text; "" for no unit)
  std::string label;
  std::int64_t employees = 0;
  std::int64_t signed_count = 0;
};

struct CoverageReport {
  std::string region;
  std::string election;
  PledgeKind kind = PledgeKind::kIkrar;
  std::string group;
  std::vector<CoverageRow> rows;  // by label
  std::int64_t employees = 0;
  std::int64_t signed_count = 0;
};

// The 18-digit NIPs in pasted text or a CSV file (any of , ; tab newline
// separates cells; spaces inside a cell are ignored, so "19860926 201505 2 001"
// counts). Cells with ten or more digits that are not a NIP go to `invalid`;
// other cells (names, a header) are ignored. Duplicates are dropped.
struct NipList {
  std::vector<std::string> nips;
  std::vector<std::string> invalid;
};
NipList ExtractNips(std::string_view text);

// Inserts the texts in `dir` (data/pledges/*.txt) not yet in the database.
// kFailedPrecondition when a file's version is stored with another text (a
// published file was edited). Returns how many were inserted.
Result<int> LoadShippedPledgeTexts(Store& store, const std::filesystem::path& dir,
                                   std::int64_t now);

// "http://host:port" for a listen address ("0.0.0.0:8080" → 127.0.0.1).
std::string BaseUrlForListen(const std::string& listen, unsigned short port);

class PledgeService {
 public:
  PledgeService(Store& store, const Clock& clock, PledgeServiceOptions options);

  // --- texts (public reads, admin publishes) ---
  Result<std::vector<StoredPledgeText>> ListTexts();
  Result<StoredPledgeText> GetText(std::int64_t id);
  // A new version (previous + 1) of (election, kind). kInvalidArgument for an
  // empty or too long title/text, or an unknown election; kAlreadyExists when
  // the text equals a published one.
  Result<StoredPledgeText> PublishText(const Caller& caller, const std::string& election,
                                       PledgeKind kind, const std::string& title,
                                       const std::string& text);

  // --- codes and signing ---
  Result<CodeIssue> IssueCodes(const Caller& caller, const std::vector<std::string>& nips);
  // kInvalidArgument (reason pledge_code_invalid) for an unknown NIP or wrong,
  // used or expired code; kResourceExhausted (pledge_code_locked) after too
  // many wrong codes; the existing signature (created=false) when this
  // version was signed before.
  Result<SignedPledge> Sign(const Caller& caller, const SignRequest& request);
  // Signatures collected on paper at an apel, entered by an operator.
  Result<PaperSignatures> RecordAtEvent(const Caller& caller, std::int64_t event_id,
                                        std::optional<std::int64_t> text_id,
                                        const std::string& nips_text);
  // The caller's own signatures (role asn with a NIP).
  Result<std::vector<SignedPledge>> Mine(const Caller& caller);

  // --- certificates and verification ---
  // The PDF: for the holder of `token`, staff of its region, or the ASN who signed.
  Result<std::string> CertificatePdf(const Caller& caller, const std::string& number,
                                     const std::string& token);
  Result<Verification> Verify(const std::string& number);
  Status Revoke(const Caller& caller, const std::string& number);
  Result<std::vector<PledgeKeyRow>> Keys();

  // --- coverage ---
  Result<CoverageReport> Coverage(const Caller& caller, const CoverageQuery& query);
  Result<std::string> UnsignedXlsx(const Caller& caller, const CoverageQuery& query);

  BatcherStats BatchStats() const { return batcher_.Stats(); }
  // For `serve` on port 0, once the port is known. Call before requests
  // arrive: it is not synchronized with CertificatePdf.
  void SetBaseUrl(std::string base_url) { options_.base_url = std::move(base_url); }
  // The database id of this instance's public key, stored on first call (so
  // certificates stay verifiable from the database after a key rotation).
  Result<std::int64_t> KeyId();

 private:
  Result<StoredPledgeText> ResolveText(std::optional<std::int64_t> text_id,
                                       const std::string& election, PledgeKind kind);
  Result<Employee> Authenticate(const Caller& caller, const SignRequest& request,
                                std::optional<std::int64_t>* code_id);
  Result<NewSignature> Prepare(const Employee& employee, const StoredPledgeText& text,
                               std::optional<std::int64_t> event_id, PledgeMethod method,
                               std::optional<std::int64_t> operator_id);
  Result<CoverageFilter> CoverageFilterFor(const Caller& caller, const CoverageQuery& query);

  Store& store_;
  PledgeStore& pledges_;
  const Clock& clock_;
  PledgeServiceOptions options_;
  SignatureBatcher batcher_;
  std::mutex key_mutex_;
  std::int64_t key_id_ = 0;
};

}  // namespace netra
