// PledgeStore: storage of the pledge module (issue 3) — published pledge
// texts, the instance's public keys, pledge and socialization events with
// attendance and attachments, one-time signing codes, and signatures.
//
// Thread-safety and errors as Store (store.h): every writing call is one
// transaction, durable when it returns; kNotFound for an unknown id,
// kAlreadyExists on a unique-key clash. Region filters are byte ranges of
// region codes ("" is the nation).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/pledge_text.h"
#include "store/store.h"

namespace netra {

struct StoredPledgeText {
  std::int64_t id = 0;
  PledgeText text;
  std::int64_t published_by = 0;  // user id; 0 when shipped in data/pledges/
  std::int64_t published_at = 0;
};

struct PledgeKeyRow {
  std::int64_t id = 0;
  std::string public_key;  // base64
  std::int64_t created_at = 0;
};

struct EventPerson {
  std::string name;
  std::string role;         // "Sekretaris Jenderal", "Inspektur", "Camat Kraksaan"
  std::string institution;  // "Ombudsman RI", "KPU", "Bawaslu", "Pemkab Probolinggo"
};

struct EventSite {
  std::string name;         // "Halaman Kantor Bupati", "Kantor Kecamatan Kraksaan"
  std::string region_code;  // where it is; within the event's region
};

enum class EventKind { kApel, kSosialisasi };
const char* EventKindName(EventKind kind);  // "apel" | "sosialisasi"
std::optional<EventKind> ParseEventKind(std::string_view text);

struct PledgeEvent {
  std::int64_t id = 0;
  EventKind kind = EventKind::kApel;
  std::string election;  // election code, "pilkada-2024"
  std::string title;
  std::string region_code;  // scope of the event (usually a regency/city)
  std::int64_t starts_at = 0;
  std::string organizer;  // "Pemkab Probolinggo", "Bawaslu Kota Probolinggo", "BKD"
  std::string leader;     // who led the reading (apel)
  std::string topic;      // sosialisasi
  std::vector<EventSite> sites;
  std::vector<EventPerson> witnesses;
  std::vector<EventPerson> signatories;  // symbolic signing
  std::vector<EventPerson> speakers;     // sosialisasi
  std::vector<std::int64_t> agency_ids;  // participating agencies
  std::int64_t created_by = 0;
  std::int64_t created_at = 0;
};

struct EventFilter {
  std::string region_scope;
  std::optional<EventKind> kind;
};

struct AttendanceRow {
  std::int64_t employee_id = 0;
  int site = 0;
  std::int64_t recorded_by = 0;
  std::int64_t recorded_at = 0;
};

struct AttendanceView {
  std::int64_t employee_id = 0;
  std::string nip;
  std::string name;
  std::int64_t agency_id = 0;
  std::string agency_name;
  int site = 0;
  std::int64_t recorded_at = 0;
};

struct Attachment {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  std::string kind;  // "photo" | "material"
  std::string sha256;
  std::int64_t size = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
};

struct PledgeCode {
  std::int64_t id = 0;
  std::int64_t employee_id = 0;
  std::string code_hash;
  std::int64_t issued_by = 0;
  std::int64_t issued_at = 0;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> used_at;
  int failures = 0;
};

struct PledgeSignatureRow {
  std::int64_t id = 0;
  std::int64_t text_id = 0;
  std::int64_t employee_id = 0;
  std::int64_t agency_id = 0;
  std::optional<std::int64_t> unit_id;
  std::string region_code;
  std::string nip;
  std::string name;
  std::string agency_name;
  std::int64_t signed_at = 0;
  std::optional<std::int64_t> event_id;
  std::string method;  // "self" | "at_event"
  std::optional<std::int64_t> operator_id;
  std::string canonical;  // netra-pledge-v1 bytes
  std::string signature;  // base64 Ed25519
  std::int64_t key_id = 0;
  std::string certificate_number;
  std::optional<std::int64_t> revoked_at;
};

// A signature to insert, and the code it consumes (if any).
struct NewSignature {
  PledgeSignatureRow row;
  std::optional<std::int64_t> code_id;
};

enum class SignOutcome {
  kCreated,        // stored now
  kAlreadySigned,  // the employee had signed this version: `row` is that signature
  kCodeUsed,       // the one-time code was consumed meanwhile: nothing stored
};

struct SignResult {
  SignOutcome outcome = SignOutcome::kCreated;
  PledgeSignatureRow row;
};

// Counts per (region, agency, unit) of employees with a NIP, and of those with
// a live signature of any version of the (election, kind) pledge.
struct CoverageCell {
  std::string region_code;
  std::int64_t agency_id = 0;
  std::string agency_name;
  std::optional<std::int64_t> unit_id;
  std::string unit_name;
  std::int64_t employees = 0;
  std::int64_t signed_count = 0;
};

struct CoverageFilter {
  std::string region_scope;
  std::string election;
  PledgeKind kind = PledgeKind::kIkrar;
  std::optional<std::int64_t> agency_id;
};

struct UnsignedEmployee {
  std::int64_t id = 0;
  std::string nip;
  std::string name;
  std::string position_title;
  std::string agency_name;
  std::string unit_name;
  std::string region_code;
};

class PledgeStore {
 public:
  virtual ~PledgeStore() = default;

  // --- texts ---
  // Inserts a version; kAlreadyExists when (election, kind, version) or the
  // text hash exists.
  virtual Result<StoredPledgeText> InsertText(const StoredPledgeText& text) = 0;
  virtual Result<StoredPledgeText> GetText(std::int64_t id) = 0;
  // Every version, ordered by election, kind, version.
  virtual Result<std::vector<StoredPledgeText>> ListTexts() = 0;

  // --- keys ---
  // The row of this public key, inserted when new.
  virtual Result<PledgeKeyRow> EnsureKey(const std::string& public_key, std::int64_t now) = 0;
  virtual Result<std::vector<PledgeKeyRow>> ListKeys() = 0;

  // --- events ---
  virtual Result<PledgeEvent> InsertEvent(const PledgeEvent& event) = 0;
  virtual Result<PledgeEvent> GetEvent(std::int64_t id) = 0;
  // Newest first.
  virtual Result<PageOf<PledgeEvent>> ListEvents(const EventFilter& filter, Page page) = 0;
  // Inserts rows not yet present (by event and employee); returns how many were new.
  virtual Result<std::int64_t> AddAttendance(std::int64_t event_id,
                                             std::span<const AttendanceRow> rows) = 0;
  virtual Result<std::vector<AttendanceView>> ListAttendance(std::int64_t event_id) = 0;
  virtual Result<Attachment> InsertAttachment(const Attachment& attachment) = 0;
  virtual Result<std::vector<Attachment>> ListAttachments(std::int64_t event_id) = 0;

  // --- one-time codes ---
  virtual Status InsertCodes(std::span<const PledgeCode> codes) = 0;
  // Codes of the employee not used and not expired at `now`, newest first.
  virtual Result<std::vector<PledgeCode>> ActiveCodes(std::int64_t employee_id,
                                                      std::int64_t now) = 0;
  virtual Status RecordCodeFailure(std::int64_t code_id) = 0;

  // --- signatures ---
  // All items in ONE transaction (group commit): per item, an existing
  // signature of the same (text, employee) is returned as kAlreadySigned
  // without consuming the code; a code already used gives kCodeUsed;
  // otherwise the code is marked used at row.signed_at and the row inserted.
  // Results are in input order.
  virtual Result<std::vector<SignResult>> InsertSignatures(std::span<const NewSignature> items) = 0;
  virtual Result<PledgeSignatureRow> GetSignatureByNumber(const std::string& number) = 0;
  virtual Result<std::optional<PledgeSignatureRow>> FindSignature(std::int64_t text_id,
                                                                  std::int64_t employee_id) = 0;
  virtual Result<std::vector<PledgeSignatureRow>> ListSignaturesOfEmployee(
      std::int64_t employee_id) = 0;
  virtual Status RevokeSignature(std::int64_t id, std::int64_t at) = 0;
  virtual Result<std::int64_t> CountEventSignatures(std::int64_t event_id) = 0;

  // --- coverage ---
  virtual Result<std::vector<CoverageCell>> Coverage(const CoverageFilter& filter) = 0;
  // Employees with a NIP and no live signature, ordered by agency, unit, name;
  // at most `limit`.
  virtual Result<std::vector<UnsignedEmployee>> ListUnsigned(const CoverageFilter& filter,
                                                             int limit) = 0;
};

}  // namespace netra
