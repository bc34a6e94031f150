#include "store/detail/sql_pledge_store.h"

#include <nlohmann/json.hpp>

#include "store/detail/sql_helpers.h"

namespace netra {

const char* EventKindName(EventKind kind) {
  return kind == EventKind::kApel ? "apel" : "sosialisasi";
}

std::optional<EventKind> ParseEventKind(std::string_view text) {
  if (text == "apel") return EventKind::kApel;
  if (text == "sosialisasi") return EventKind::kSosialisasi;
  return std::nullopt;
}

namespace store_detail {
namespace {

SqlParam OptInt(const std::optional<std::int64_t>& value) {
  return value ? SqlParam(*value) : SqlParam(nullptr);
}

// --- texts -------------------------------------------------------------------

constexpr const char* kTextColumns =
    "id, election, kind, version, title, body, text_hash, published_by, published_at";

StoredPledgeText TextAt(const SqlRows& rows, std::size_t r) {
  StoredPledgeText t;
  t.id = rows.Int(r, 0);
  t.text.election = rows.Text(r, 1);
  t.text.kind = rows.Text(r, 2) == "pakta" ? PledgeKind::kPakta : PledgeKind::kIkrar;
  t.text.version = static_cast<int>(rows.Int(r, 3));
  t.text.title = rows.Text(r, 4);
  t.text.text = rows.Text(r, 5);
  t.text.text_hash = rows.Text(r, 6);
  t.published_by = rows.Int(r, 7);
  t.published_at = rows.Int(r, 8);
  return t;
}

// --- events ------------------------------------------------------------------

constexpr const char* kEventColumns =
    "id, kind, election, title, region_code, starts_at, organizer, leader, topic, sites_json, "
    "witnesses_json, signatories_json, speakers_json, agency_ids_json, created_by, created_at";

std::string PeopleJson(const std::vector<EventPerson>& people) {
  nlohmann::json out = nlohmann::json::array();
  for (const EventPerson& p : people) {
    out.push_back({{"name", p.name}, {"role", p.role}, {"institution", p.institution}});
  }
  return out.dump();
}

std::vector<EventPerson> PeopleOf(const std::string& text) {
  std::vector<EventPerson> out;
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_array()) return out;
  for (const nlohmann::json& p : json) {
    out.push_back({p.value("name", ""), p.value("role", ""), p.value("institution", "")});
  }
  return out;
}

std::string SitesJson(const std::vector<EventSite>& sites) {
  nlohmann::json out = nlohmann::json::array();
  for (const EventSite& s : sites)
    out.push_back({{"name", s.name}, {"region_code", s.region_code}});
  return out.dump();
}

std::vector<EventSite> SitesOf(const std::string& text) {
  std::vector<EventSite> out;
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_array()) return out;
  for (const nlohmann::json& s : json) {
    out.push_back({s.value("name", ""), s.value("region_code", "")});
  }
  return out;
}

PledgeEvent EventAt(const SqlRows& rows, std::size_t r) {
  PledgeEvent e;
  e.id = rows.Int(r, 0);
  e.kind = ParseEventKind(rows.Text(r, 1)).value_or(EventKind::kApel);
  e.election = rows.Text(r, 2);
  e.title = rows.Text(r, 3);
  e.region_code = rows.Text(r, 4);
  e.starts_at = rows.Int(r, 5);
  e.organizer = rows.Text(r, 6);
  e.leader = rows.Text(r, 7);
  e.topic = rows.Text(r, 8);
  e.sites = SitesOf(rows.Text(r, 9));
  e.witnesses = PeopleOf(rows.Text(r, 10));
  e.signatories = PeopleOf(rows.Text(r, 11));
  e.speakers = PeopleOf(rows.Text(r, 12));
  const nlohmann::json ids = nlohmann::json::parse(rows.Text(r, 13), nullptr, false);
  if (ids.is_array()) {
    for (const nlohmann::json& id : ids) {
      if (id.is_number_integer()) e.agency_ids.push_back(id.get<std::int64_t>());
    }
  }
  e.created_by = rows.Int(r, 14);
  e.created_at = rows.Int(r, 15);
  return e;
}

constexpr const char* kAttachmentColumns =
    "id, event_id, kind, sha256, size, file_name, content_type, uploaded_by, uploaded_at";

Attachment AttachmentAt(const SqlRows& rows, std::size_t r) {
  return Attachment{rows.Int(r, 0),  rows.Int(r, 1), rows.Text(r, 2),
                    rows.Text(r, 3), rows.Int(r, 4), rows.Text(r, 5),
                    rows.Text(r, 6), rows.Int(r, 7), rows.Int(r, 8)};
}

// --- codes and signatures -----------------------------------------------------

constexpr const char* kCodeColumns =
    "id, employee_id, code_hash, issued_by, issued_at, expires_at, used_at, failures";

PledgeCode CodeAt(const SqlRows& rows, std::size_t r) {
  PledgeCode c;
  c.id = rows.Int(r, 0);
  c.employee_id = rows.Int(r, 1);
  c.code_hash = rows.Text(r, 2);
  c.issued_by = rows.Int(r, 3);
  c.issued_at = rows.Int(r, 4);
  c.expires_at = rows.Int(r, 5);
  c.used_at = OptIntAt(rows, r, 6);
  c.failures = static_cast<int>(rows.Int(r, 7));
  return c;
}

constexpr const char* kSignatureColumns =
    "id, text_id, employee_id, agency_id, unit_id, region_code, nip, name, agency_name, "
    "signed_at, event_id, method, operator_id, canonical, signature, key_id, "
    "certificate_number, revoked_at";

PledgeSignatureRow SignatureAt(const SqlRows& rows, std::size_t r) {
  PledgeSignatureRow s;
  s.id = rows.Int(r, 0);
  s.text_id = rows.Int(r, 1);
  s.employee_id = rows.Int(r, 2);
  s.agency_id = rows.Int(r, 3);
  s.unit_id = OptIntAt(rows, r, 4);
  s.region_code = rows.Text(r, 5);
  s.nip = rows.Text(r, 6);
  s.name = rows.Text(r, 7);
  s.agency_name = rows.Text(r, 8);
  s.signed_at = rows.Int(r, 9);
  s.event_id = OptIntAt(rows, r, 10);
  s.method = rows.Text(r, 11);
  s.operator_id = OptIntAt(rows, r, 12);
  s.canonical = rows.Text(r, 13);
  s.signature = rows.Text(r, 14);
  s.key_id = rows.Int(r, 15);
  s.certificate_number = rows.Text(r, 16);
  s.revoked_at = OptIntAt(rows, r, 17);
  return s;
}

const std::string kSelectSignatures =
    std::string("SELECT ") + kSignatureColumns + " FROM pledge_signatures ";

Status CheckEvent(const PledgeEvent& e) {
  NETRA_RETURN_IF_ERROR(CheckText(e.title, 300, "title"));
  NETRA_RETURN_IF_ERROR(CheckText(e.organizer, 300, "organizer"));
  NETRA_RETURN_IF_ERROR(CheckText(e.leader, 300, "leader"));
  NETRA_RETURN_IF_ERROR(CheckText(e.topic, 1000, "topic"));
  return CheckScope(e.region_code);
}

}  // namespace

Result<StoredPledgeText> SqlPledgeStore::InsertText(const StoredPledgeText& t) {
  NETRA_RETURN_IF_ERROR(CheckText(t.text.title, 300, "title"));
  NETRA_RETURN_IF_ERROR(CheckText(t.text.text, 100000, "text"));
  return executor_->Write([&](SqlConnection& c) -> Result<StoredPledgeText> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO pledge_texts (election, kind, version, title, body, text_hash, "
              "published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {t.text.election, std::string(PledgeKindName(t.text.kind)),
               std::int64_t{t.text.version}, t.text.title, t.text.text, t.text.text_hash,
               t.published_by, t.published_at}));
    StoredPledgeText stored = t;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<StoredPledgeText> SqlPledgeStore::GetText(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<StoredPledgeText> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(std::string("SELECT ") + kTextColumns + " FROM pledge_texts WHERE id = ?", {id}));
    if (rows.empty()) return NotFound("Naskah ikrar", "Pledge text");
    return TextAt(rows, 0);
  });
}

Result<std::vector<StoredPledgeText>> SqlPledgeStore::ListTexts() {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<StoredPledgeText>> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run(std::string("SELECT ") + kTextColumns +
                                 " FROM pledge_texts ORDER BY election, kind, version"));
    std::vector<StoredPledgeText> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(TextAt(rows, r));
    return out;
  });
}

Result<PledgeKeyRow> SqlPledgeStore::EnsureKey(const std::string& public_key, std::int64_t now) {
  NETRA_RETURN_IF_ERROR(CheckText(public_key, 100, "public_key"));
  return executor_->Write([&](SqlConnection& c) -> Result<PledgeKeyRow> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows found,
        c.Run("SELECT id, public_key, created_at FROM pledge_keys WHERE public_key = ?",
              {public_key}));
    if (!found.empty()) return PledgeKeyRow{found.Int(0, 0), found.Text(0, 1), found.Int(0, 2)};
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO pledge_keys (public_key, created_at) VALUES (?, ?) RETURNING id",
              {public_key, now}));
    return PledgeKeyRow{rows.Int(0, 0), public_key, now};
  });
}

Result<std::vector<PledgeKeyRow>> SqlPledgeStore::ListKeys() {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<PledgeKeyRow>> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run("SELECT id, public_key, created_at FROM pledge_keys ORDER BY id"));
    std::vector<PledgeKeyRow> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back({rows.Int(r, 0), rows.Text(r, 1), rows.Int(r, 2)});
    }
    return out;
  });
}

Result<PledgeEvent> SqlPledgeStore::InsertEvent(const PledgeEvent& e) {
  NETRA_RETURN_IF_ERROR(CheckEvent(e));
  const std::string sites = SitesJson(e.sites);
  const std::string witnesses = PeopleJson(e.witnesses);
  const std::string signatories = PeopleJson(e.signatories);
  const std::string speakers = PeopleJson(e.speakers);
  const std::string agencies = nlohmann::json(e.agency_ids).dump();
  for (const std::string* json : {&sites, &witnesses, &signatories, &speakers, &agencies}) {
    NETRA_RETURN_IF_ERROR(CheckText(*json, 200000, "event lists"));
  }
  return executor_->Write([&](SqlConnection& c) -> Result<PledgeEvent> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO pledge_events (kind, election, title, region_code, starts_at, "
              "organizer, leader, topic, sites_json, witnesses_json, signatories_json, "
              "speakers_json, agency_ids_json, created_by, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {std::string(EventKindName(e.kind)), e.election, e.title, e.region_code, e.starts_at,
               e.organizer, e.leader, e.topic, sites, witnesses, signatories, speakers, agencies,
               e.created_by, e.created_at}));
    PledgeEvent stored = e;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<PledgeEvent> SqlPledgeStore::GetEvent(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<PledgeEvent> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(std::string("SELECT ") + kEventColumns + " FROM pledge_events WHERE id = ?", {id}));
    if (rows.empty()) return NotFound("Kegiatan", "Event");
    return EventAt(rows, 0);
  });
}

Result<PageOf<PledgeEvent>> SqlPledgeStore::ListEvents(const EventFilter& filter, Page page) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  const auto [lo, hi] = SubtreeRange(filter.region_scope);
  const std::string kind = filter.kind ? EventKindName(*filter.kind) : "";
  return executor_->Read(
      [&](SqlConnection& c) -> Result<PageOf<PledgeEvent>> {
        const char* where =
            " FROM pledge_events WHERE region_code >= ? AND region_code < ? "
            "AND (? = '' OR kind = ?)";
        NETRA_ASSIGN_OR_RETURN(SqlRows count,
                               c.Run(std::string("SELECT COUNT(*)") + where, {lo, hi, kind, kind}));
        NETRA_ASSIGN_OR_RETURN(
            SqlRows rows,
            c.Run(std::string("SELECT ") + kEventColumns + where +
                      " ORDER BY starts_at DESC, id DESC LIMIT ? OFFSET ?",
                  {lo, hi, kind, kind, ClampLimit(page.limit), std::int64_t{page.offset}}));
        PageOf<PledgeEvent> out;
        out.total = count.Int(0, 0);
        for (std::size_t r = 0; r < rows.size(); ++r) out.items.push_back(EventAt(rows, r));
        return out;
      },
      /*snapshot=*/true);
}

Result<std::int64_t> SqlPledgeStore::AddAttendance(std::int64_t event_id,
                                                   std::span<const AttendanceRow> rows) {
  if (rows.size() > kMaxBatchRows) return Invalid("Daftar hadir terlalu besar", "Too many rows");
  return executor_->Write([&](SqlConnection& c) -> Result<std::int64_t> {
    std::int64_t added = 0;
    for (const AttendanceRow& a : rows) {
      NETRA_ASSIGN_OR_RETURN(
          SqlRows done,
          c.Run("INSERT INTO pledge_attendance (event_id, employee_id, site, recorded_by, "
                "recorded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, employee_id) DO "
                "NOTHING",
                {event_id, a.employee_id, std::int64_t{a.site}, a.recorded_by, a.recorded_at}));
      added += done.affected;
    }
    return added;
  });
}

Result<std::vector<AttendanceView>> SqlPledgeStore::ListAttendance(std::int64_t event_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<AttendanceView>> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("SELECT e.id, e.nip, e.name, e.agency_id, a.name, t.site, t.recorded_at "
              "FROM pledge_attendance t JOIN employees e ON e.id = t.employee_id "
              "JOIN agencies a ON a.id = e.agency_id WHERE t.event_id = ? "
              "ORDER BY t.site, e.agency_id, e.name",
              {event_id}));
    std::vector<AttendanceView> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back({rows.Int(r, 0), rows.Text(r, 1), rows.Text(r, 2), rows.Int(r, 3),
                     rows.Text(r, 4), static_cast<int>(rows.Int(r, 5)), rows.Int(r, 6)});
    }
    return out;
  });
}

Result<Attachment> SqlPledgeStore::InsertAttachment(const Attachment& a) {
  NETRA_RETURN_IF_ERROR(CheckText(a.file_name, 300, "file_name"));
  NETRA_RETURN_IF_ERROR(CheckText(a.content_type, 100, "content_type"));
  return executor_->Write([&](SqlConnection& c) -> Result<Attachment> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO pledge_attachments (event_id, kind, sha256, size, file_name, "
              "content_type, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              "RETURNING id",
              {a.event_id, a.kind, a.sha256, a.size, a.file_name, a.content_type, a.uploaded_by,
               a.uploaded_at}));
    Attachment stored = a;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<std::vector<Attachment>> SqlPledgeStore::ListAttachments(std::int64_t event_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<Attachment>> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run(std::string("SELECT ") + kAttachmentColumns +
                                     " FROM pledge_attachments WHERE event_id = ? ORDER BY id",
                                 {event_id}));
    std::vector<Attachment> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(AttachmentAt(rows, r));
    return out;
  });
}

Status SqlPledgeStore::InsertCodes(std::span<const PledgeCode> codes) {
  if (codes.size() > kMaxBatchRows) return Invalid("Terlalu banyak kode", "Too many codes");
  return executor_->Write([&](SqlConnection& c) -> Status {
    for (const PledgeCode& code : codes) {
      NETRA_RETURN_IF_ERROR(
          c.Run("INSERT INTO pledge_codes (employee_id, code_hash, issued_by, issued_at, "
                "expires_at, used_at, failures) VALUES (?, ?, ?, ?, ?, NULL, 0)",
                {code.employee_id, code.code_hash, code.issued_by, code.issued_at, code.expires_at})
              .status());
    }
    return Status::Ok();
  });
}

Result<std::vector<PledgeCode>> SqlPledgeStore::ActiveCodes(std::int64_t employee_id,
                                                            std::int64_t now) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<PledgeCode>> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(std::string("SELECT ") + kCodeColumns +
                  " FROM pledge_codes WHERE employee_id = ? AND expires_at > ? AND used_at IS "
                  "NULL ORDER BY issued_at DESC, id DESC",
              {employee_id, now}));
    std::vector<PledgeCode> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(CodeAt(rows, r));
    return out;
  });
}

Status SqlPledgeStore::RecordCodeFailure(std::int64_t code_id) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    return c.Run("UPDATE pledge_codes SET failures = failures + 1 WHERE id = ?", {code_id})
        .status();
  });
}

Result<std::vector<SignResult>> SqlPledgeStore::InsertSignatures(
    std::span<const NewSignature> items) {
  return executor_->Write([&](SqlConnection& c) -> Result<std::vector<SignResult>> {
    std::vector<SignResult> out;
    out.reserve(items.size());
    for (const NewSignature& item : items) {
      const PledgeSignatureRow& s = item.row;
      NETRA_ASSIGN_OR_RETURN(SqlRows existing,
                             c.Run(kSelectSignatures + "WHERE text_id = ? AND employee_id = ?",
                                   {s.text_id, s.employee_id}));
      if (!existing.empty()) {
        out.push_back({SignOutcome::kAlreadySigned, SignatureAt(existing, 0)});
        continue;
      }
      if (item.code_id) {
        NETRA_ASSIGN_OR_RETURN(
            SqlRows used,
            c.Run("UPDATE pledge_codes SET used_at = ? WHERE id = ? AND used_at IS NULL",
                  {s.signed_at, *item.code_id}));
        if (used.affected == 0) {
          out.push_back({SignOutcome::kCodeUsed, s});
          continue;
        }
      }
      NETRA_ASSIGN_OR_RETURN(
          SqlRows rows,
          c.Run("INSERT INTO pledge_signatures (text_id, employee_id, agency_id, unit_id, "
                "region_code, nip, name, agency_name, signed_at, event_id, method, operator_id, "
                "canonical, signature, key_id, certificate_number, revoked_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) RETURNING id",
                {s.text_id, s.employee_id, s.agency_id, OptInt(s.unit_id), s.region_code, s.nip,
                 s.name, s.agency_name, s.signed_at, OptInt(s.event_id), s.method,
                 OptInt(s.operator_id), s.canonical, s.signature, s.key_id, s.certificate_number}));
      SignResult created{SignOutcome::kCreated, s};
      created.row.id = rows.Int(0, 0);
      out.push_back(std::move(created));
    }
    return out;
  });
}

Result<PledgeSignatureRow> SqlPledgeStore::GetSignatureByNumber(const std::string& number) {
  return executor_->Read([&](SqlConnection& c) -> Result<PledgeSignatureRow> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run(kSelectSignatures + "WHERE certificate_number = ?", {number}));
    if (rows.empty()) return NotFound("Sertifikat", "Certificate");
    return SignatureAt(rows, 0);
  });
}

Result<std::optional<PledgeSignatureRow>> SqlPledgeStore::FindSignature(std::int64_t text_id,
                                                                        std::int64_t employee_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::optional<PledgeSignatureRow>> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(kSelectSignatures + "WHERE text_id = ? AND employee_id = ?", {text_id, employee_id}));
    if (rows.empty()) return std::optional<PledgeSignatureRow>();
    return std::optional<PledgeSignatureRow>(SignatureAt(rows, 0));
  });
}

Result<std::vector<PledgeSignatureRow>> SqlPledgeStore::ListSignaturesOfEmployee(
    std::int64_t employee_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<PledgeSignatureRow>> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(kSelectSignatures + "WHERE employee_id = ? ORDER BY signed_at, id", {employee_id}));
    std::vector<PledgeSignatureRow> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(SignatureAt(rows, r));
    return out;
  });
}

Status SqlPledgeStore::RevokeSignature(std::int64_t id, std::int64_t at) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("UPDATE pledge_signatures SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
              {at, id}));
    if (rows.affected == 0) {
      NETRA_ASSIGN_OR_RETURN(SqlRows exists,
                             c.Run("SELECT id FROM pledge_signatures WHERE id = ?", {id}));
      if (exists.empty()) return NotFound("Tanda tangan", "Signature");
    }
    return Status::Ok();
  });
}

Result<std::int64_t> SqlPledgeStore::CountEventSignatures(std::int64_t event_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::int64_t> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("SELECT COUNT(*) FROM pledge_signatures WHERE event_id = ? AND revoked_at IS NULL",
              {event_id}));
    return rows.Int(0, 0);
  });
}

namespace {

// Employees with a NIP in the scope (and agency), with `s.employee_id` set when
// they hold a live signature of any version of the (election, kind) pledge.
constexpr const char* kCoverageFrom =
    " FROM employees e JOIN agencies a ON a.id = e.agency_id "
    "LEFT JOIN units u ON u.id = e.unit_id "
    "LEFT JOIN (SELECT DISTINCT ps.employee_id FROM pledge_signatures ps "
    "  JOIN pledge_texts pt ON pt.id = ps.text_id "
    "  WHERE pt.election = ? AND pt.kind = ? AND ps.revoked_at IS NULL) s "
    "ON s.employee_id = e.id "
    "WHERE e.nip IS NOT NULL AND e.region_code >= ? AND e.region_code < ? "
    "AND (? = 0 OR e.agency_id = ?)";

}  // namespace

Result<std::vector<CoverageCell>> SqlPledgeStore::Coverage(const CoverageFilter& filter) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  const auto [lo, hi] = SubtreeRange(filter.region_scope);
  const std::int64_t agency = filter.agency_id.value_or(0);
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<CoverageCell>> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(std::string("SELECT e.region_code, e.agency_id, a.name, e.unit_id, "
                          "COALESCE(u.name, ''), COUNT(*), COUNT(s.employee_id)") +
                  kCoverageFrom +
                  " GROUP BY e.region_code, e.agency_id, a.name, e.unit_id, u.name "
                  "ORDER BY e.region_code, e.agency_id, e.unit_id",
              {filter.election, std::string(PledgeKindName(filter.kind)), lo, hi, agency, agency}));
    std::vector<CoverageCell> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back({rows.Text(r, 0), rows.Int(r, 1), rows.Text(r, 2), OptIntAt(rows, r, 3),
                     rows.Text(r, 4), rows.Int(r, 5), rows.Int(r, 6)});
    }
    return out;
  });
}

Result<std::vector<UnsignedEmployee>> SqlPledgeStore::ListUnsigned(const CoverageFilter& filter,
                                                                   int limit) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  const auto [lo, hi] = SubtreeRange(filter.region_scope);
  const std::int64_t agency = filter.agency_id.value_or(0);
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<UnsignedEmployee>> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(std::string("SELECT e.id, e.nip, e.name, e.position_title, a.name, "
                          "COALESCE(u.name, ''), e.region_code") +
                  kCoverageFrom +
                  " AND s.employee_id IS NULL ORDER BY a.name, COALESCE(u.name, ''), e.name, "
                  "e.id LIMIT ?",
              {filter.election, std::string(PledgeKindName(filter.kind)), lo, hi, agency, agency,
               std::int64_t{limit}}));
    std::vector<UnsignedEmployee> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back({rows.Int(r, 0), rows.Text(r, 1), rows.Text(r, 2), rows.Text(r, 3),
                     rows.Text(r, 4), rows.Text(r, 5), rows.Text(r, 6)});
    }
    return out;
  });
}

}  // namespace store_detail
}  // namespace netra
