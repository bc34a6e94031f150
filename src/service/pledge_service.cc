#include "service/pledge_service.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "docs/certificate_pdf.h"
#include "docs/xlsx_table.h"
#include "domain/pledge_record.h"
#include "service/access.h"

namespace netra {
namespace {

constexpr std::size_t kMaxNipsPerCall = 20000;
constexpr std::size_t kMaxTextBytes = 20000;
constexpr int kMaxUnsignedRows = 200000;
// Crockford base32: no I, L, O, U, so a code read aloud or off paper is unambiguous.
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// 400, not 401: the request carries no session to renew; the code was wrong.
Status CodeInvalid() {
  return Status(ErrorCode::kInvalidArgument,
                "NIP atau kode sekali pakai salah, sudah dipakai, atau kedaluwarsa",
                "Wrong NIP or one-time code, or the code was used or has expired")
      .WithReason("pledge_code_invalid");
}

std::string NewCode() {
  std::string code;
  for (int i = 0; i < 8; ++i) {
    if (i == 4) code += '-';
    code += kCodeAlphabet[randombytes_uniform(32)];
  }
  return code;
}

// Upper case, separators dropped, the letters people confuse with digits mapped.
std::string NormalizeCode(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == ' ') continue;
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    out += c;
  }
  return out;
}

// The code is bound to its employee, so a hash cannot be replayed for another.
std::string CodeHash(std::int64_t employee_id, std::string_view normalized) {
  return Sha256Hex("netra-code-v1:" + std::to_string(employee_id) + ":" + std::string(normalized));
}

std::string Base64Url(const std::string& base64) {
  std::string out;
  for (char c : base64) {
    if (c == '=') break;
    out += c == '+' ? '-' : c == '/' ? '_' : c;
  }
  return out;
}

std::string KindLabel(PledgeKind kind) {
  return kind == PledgeKind::kIkrar ? "ikrar netralitas" : "pakta integritas";
}

}  // namespace

NipList ExtractNips(std::string_view text) {
  NipList out;
  std::set<std::string> seen;
  std::string cell;
  auto flush = [&] {
    std::string digits;
    bool only_digits = true;
    for (char c : cell) {
      if (c == ' ' || c == '"' || c == '\'' || c == '.') continue;
      if (std::isdigit(static_cast<unsigned char>(c))) {
        digits += c;
      } else {
        only_digits = false;
      }
    }
    if (only_digits && digits.size() == 18) {
      if (seen.insert(digits).second) out.nips.push_back(digits);
    } else if (digits.size() >= 10 && out.invalid.size() < 100) {
      out.invalid.push_back(cell.substr(0, 40));
    }
    cell.clear();
  };
  for (char c : text) {
    if (c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else {
      cell += c;
    }
  }
  flush();
  return out;
}

Result<int> LoadShippedPledgeTexts(Store& store, const std::filesystem::path& dir,
                                   std::int64_t now) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return Status(ErrorCode::kNotFound, "Folder naskah ikrar tidak ada: " + dir.string(),
                  "Pledge text directory not found: " + dir.string());
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  NETRA_ASSIGN_OR_RETURN(std::vector<StoredPledgeText> stored, store.pledges().ListTexts());
  int inserted = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
    NETRA_ASSIGN_OR_RETURN(PledgeText text, ParsePledgeText(content, file.string()));
    const auto same = std::find_if(stored.begin(), stored.end(), [&](const StoredPledgeText& s) {
      return s.text.election == text.election && s.text.kind == text.kind &&
             s.text.version == text.version;
    });
    if (same != stored.end()) {
      if (same->text.text_hash != text.text_hash) {
        return Status(ErrorCode::kFailedPrecondition,
                      file.string() +
                          " berbeda dari versi yang sudah diterbitkan; terbitkan "
                          "versi baru, jangan ubah berkas lama",
                      file.string() +
                          " differs from the published version with the same "
                          "number; publish a new version instead of editing it");
      }
      continue;
    }
    const Status status = store.pledges().InsertText({0, std::move(text), 0, now}).status();
    // Another process sharing the database may have loaded it a moment ago.
    if (status.code() == ErrorCode::kAlreadyExists) continue;
    NETRA_RETURN_IF_ERROR(status);
    ++inserted;
  }
  return inserted;
}

std::string BaseUrlForListen(const std::string& listen, unsigned short port) {
  std::string host = listen.substr(0, listen.rfind(':'));
  if (host.empty() || host == "0.0.0.0" || host == "[::]") host = "127.0.0.1";
  return "http://" + host + ":" + std::to_string(port);
}

PledgeService::PledgeService(Store& store, const Clock& clock, PledgeServiceOptions options)
    : store_(store),
      pledges_(store.pledges()),
      clock_(clock),
      options_(std::move(options)),
      batcher_(store.pledges()) {}

Result<std::int64_t> PledgeService::KeyId() {
  std::lock_guard<std::mutex> lock(key_mutex_);
  if (key_id_ != 0) return key_id_;
  if (options_.key == nullptr) {
    return Status(ErrorCode::kFailedPrecondition, "Kunci penandatanganan belum dipasang",
                  "No signing key configured");
  }
  NETRA_ASSIGN_OR_RETURN(
      PledgeKeyRow row,
      pledges_.EnsureKey(PublicKeyBase64(options_.key->public_key()), clock_.Now()));
  key_id_ = row.id;
  return key_id_;
}

Result<std::vector<StoredPledgeText>> PledgeService::ListTexts() { return pledges_.ListTexts(); }

Result<StoredPledgeText> PledgeService::GetText(std::int64_t id) { return pledges_.GetText(id); }

Result<StoredPledgeText> PledgeService::PublishText(const Caller& caller,
                                                    const std::string& election, PledgeKind kind,
                                                    const std::string& title,
                                                    const std::string& text) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  if (title.empty() || title.size() > 300 || title.find('\n') != std::string::npos) {
    return Status(ErrorCode::kInvalidArgument, "Judul wajib diisi, satu baris, paling banyak 300",
                  "Title is required, one line, at most 300 characters");
  }
  if (text.find_first_not_of(" \n\r\t") == std::string::npos || text.size() > kMaxTextBytes) {
    return Status(ErrorCode::kInvalidArgument,
                  "Naskah wajib diisi, paling banyak " + std::to_string(kMaxTextBytes) + " bita",
                  "Text is required, at most " + std::to_string(kMaxTextBytes) + " bytes");
  }
  NETRA_RETURN_IF_ERROR(store_.GetElectionByCode(election).status());
  NETRA_ASSIGN_OR_RETURN(std::vector<StoredPledgeText> all, pledges_.ListTexts());
  int version = 0;
  PledgeText fresh;
  fresh.text = NormalizePledgeText(text);
  fresh.text_hash = Sha256Hex(fresh.text);
  for (const StoredPledgeText& s : all) {
    if (s.text.election == election && s.text.kind == kind) {
      version = std::max(version, s.text.version);
    }
    if (s.text.text_hash == fresh.text_hash) {
      return Status(ErrorCode::kAlreadyExists, "Naskah yang sama sudah diterbitkan",
                    "The same text is already published");
    }
  }
  fresh.version = version + 1;
  fresh.election = election;
  fresh.kind = kind;
  fresh.title = title;
  return pledges_.InsertText({0, std::move(fresh), caller.user_id, clock_.Now()});
}

Result<StoredPledgeText> PledgeService::ResolveText(std::optional<std::int64_t> text_id,
                                                    const std::string& election, PledgeKind kind) {
  if (text_id) return pledges_.GetText(*text_id);
  NETRA_ASSIGN_OR_RETURN(std::vector<StoredPledgeText> all, pledges_.ListTexts());
  const StoredPledgeText* best = nullptr;
  std::string wanted = election;
  if (wanted.empty()) {
    // The election of the most recently published text of this kind.
    for (const StoredPledgeText& s : all) {
      if (s.text.kind == kind && (best == nullptr || s.published_at > best->published_at ||
                                  (s.published_at == best->published_at && s.id > best->id))) {
        best = &s;
      }
    }
    if (best == nullptr) return Status(ErrorCode::kNotFound, "Naskah ikrar belum ada", "No text");
    wanted = best->text.election;
    best = nullptr;
  }
  for (const StoredPledgeText& s : all) {
    if (s.text.election == wanted && s.text.kind == kind &&
        (best == nullptr || s.text.version > best->text.version)) {
      best = &s;
    }
  }
  if (best == nullptr) {
    return Status(ErrorCode::kNotFound,
                  "Naskah " + KindLabel(kind) + " untuk " + wanted + " belum diterbitkan",
                  "No " + KindLabel(kind) + " text published for " + wanted);
  }
  return *best;
}

Result<CodeIssue> PledgeService::IssueCodes(const Caller& caller,
                                            const std::vector<std::string>& nips) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
  if (nips.empty() || nips.size() > kMaxNipsPerCall) {
    return Status(ErrorCode::kInvalidArgument,
                  "Daftar NIP harus berisi 1 sampai " + std::to_string(kMaxNipsPerCall) + " NIP",
                  "The NIP list must hold 1 to " + std::to_string(kMaxNipsPerCall) + " NIPs");
  }
  const std::int64_t now = clock_.Now();
  CodeIssue out;
  std::vector<PledgeCode> codes;
  std::map<std::int64_t, std::string> agency_names;
  for (const std::string& nip : nips) {
    Result<Employee> employee = store_.GetEmployeeByNip(nip);
    if (!employee.ok() || !RegionWithin(employee->region_code, caller.region_code)) {
      if (employee.ok() || employee.status().code() == ErrorCode::kNotFound) {
        out.unknown.push_back(nip);
        continue;
      }
      return employee.status();
    }
    if (!agency_names.contains(employee->agency_id)) {
      NETRA_ASSIGN_OR_RETURN(Agency agency, store_.GetAgency(employee->agency_id));
      agency_names[employee->agency_id] = agency.name;
    }
    const std::string code = NewCode();
    codes.push_back({0, employee->id, CodeHash(employee->id, NormalizeCode(code)), caller.user_id,
                     now, now + options_.code_ttl_seconds, std::nullopt, 0});
    out.issued.push_back({nip, employee->name, agency_names[employee->agency_id], code,
                          now + options_.code_ttl_seconds});
  }
  if (out.issued.empty()) {
    return Status(ErrorCode::kNotFound, "Tidak ada NIP yang ditemukan di wilayah Anda",
                  "None of the NIPs was found in your region");
  }
  NETRA_RETURN_IF_ERROR(pledges_.InsertCodes(codes));
  return out;
}

Result<Employee> PledgeService::Authenticate(const Caller& caller, const SignRequest& request,
                                             std::optional<std::int64_t>* code_id) {
  if (request.code.empty()) {
    if (caller.role != Role::kAsn) {
      return Status(ErrorCode::kInvalidArgument, "Isi NIP dan kode sekali pakai",
                    "Enter the NIP and the one-time code");
    }
    NETRA_ASSIGN_OR_RETURN(User user, store_.GetUser(caller.user_id));
    if (!user.employee_nip || user.employee_nip->empty()) {
      return Status(ErrorCode::kFailedPrecondition, "Akun ini tidak terhubung dengan NIP pegawai",
                    "This account is not linked to an employee NIP");
    }
    return store_.GetEmployeeByNip(*user.employee_nip);
  }
  if (request.nip.size() != 18 || request.code.size() > 20) return CodeInvalid();
  Result<Employee> employee = store_.GetEmployeeByNip(request.nip);
  if (!employee.ok()) {
    if (employee.status().code() == ErrorCode::kNotFound) return CodeInvalid();
    return employee.status();
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<PledgeCode> active,
                         pledges_.ActiveCodes(employee->id, clock_.Now()));
  const std::string hash = CodeHash(employee->id, NormalizeCode(request.code));
  bool any_open = false;
  for (const PledgeCode& code : active) {
    if (code.failures >= options_.max_code_failures) continue;
    any_open = true;
    if (code.code_hash.size() == hash.size() &&
        sodium_memcmp(code.code_hash.data(), hash.data(), hash.size()) == 0) {
      *code_id = code.id;
      return employee;
    }
  }
  if (!any_open && !active.empty()) {
    return Status(ErrorCode::kResourceExhausted,
                  "Terlalu banyak kode salah; minta kode baru kepada operator",
                  "Too many wrong codes; ask the operator for a new code")
        .WithReason("pledge_code_locked");
  }
  // Count the wrong attempt against the newest open code, so guessing locks it.
  for (const PledgeCode& code : active) {
    if (code.failures < options_.max_code_failures) {
      NETRA_RETURN_IF_ERROR(pledges_.RecordCodeFailure(code.id));
      break;
    }
  }
  return CodeInvalid();
}

Result<NewSignature> PledgeService::Prepare(const Employee& employee, const StoredPledgeText& text,
                                            std::optional<std::int64_t> event_id,
                                            PledgeMethod method,
                                            std::optional<std::int64_t> operator_id) {
  if (!employee.nip) {
    return Status(ErrorCode::kInvalidArgument, "Pegawai tanpa NIP tidak dapat menandatangani",
                  "An employee without a NIP cannot sign");
  }
  NETRA_ASSIGN_OR_RETURN(std::int64_t key_id, KeyId());
  NETRA_ASSIGN_OR_RETURN(Agency agency, store_.GetAgency(employee.agency_id));
  PledgeRecord record;
  record.text_hash = text.text.text_hash;
  record.nip = *employee.nip;
  record.name = employee.name;
  record.agency = agency.name;
  record.signed_at = clock_.Now();
  record.event_id = event_id;
  record.method = method;
  record.operator_id = operator_id;
  NETRA_ASSIGN_OR_RETURN(std::string canonical, CanonicalPledgeRecord(record));
  NETRA_ASSIGN_OR_RETURN(std::string signature, SignPledgeRecord(record, *options_.key));
  NETRA_ASSIGN_OR_RETURN(std::string number, PledgeCertificateNumber(record));
  NewSignature item;
  PledgeSignatureRow& row = item.row;
  row.text_id = text.id;
  row.employee_id = employee.id;
  row.agency_id = employee.agency_id;
  row.unit_id = employee.unit_id;
  row.region_code = employee.region_code;
  row.nip = record.nip;
  row.name = record.name;
  row.agency_name = record.agency;
  row.signed_at = record.signed_at;
  row.event_id = event_id;
  row.method = PledgeMethodName(method);
  row.operator_id = operator_id;
  row.canonical = std::move(canonical);
  row.signature = std::move(signature);
  row.key_id = key_id;
  row.certificate_number = std::move(number);
  return item;
}

Result<SignedPledge> PledgeService::Sign(const Caller& caller, const SignRequest& request) {
  std::optional<std::int64_t> code_id;
  NETRA_ASSIGN_OR_RETURN(Employee employee, Authenticate(caller, request, &code_id));
  NETRA_ASSIGN_OR_RETURN(StoredPledgeText text,
                         ResolveText(request.text_id, request.election, request.kind));
  NETRA_ASSIGN_OR_RETURN(std::optional<PledgeSignatureRow> existing,
                         pledges_.FindSignature(text.id, employee.id));
  if (existing) return SignedPledge{*existing, text, false, Base64Url(existing->signature)};
  if (request.event_id) {
    NETRA_ASSIGN_OR_RETURN(PledgeEvent event, pledges_.GetEvent(*request.event_id));
    if (event.kind != EventKind::kApel || !RegionWithin(employee.region_code, event.region_code)) {
      return Status(ErrorCode::kNotFound, "Apel tidak ditemukan", "Pledge event not found");
    }
  }
  NETRA_ASSIGN_OR_RETURN(NewSignature item, Prepare(employee, text, request.event_id,
                                                    PledgeMethod::kSelf, std::nullopt));
  item.code_id = code_id;
  NETRA_ASSIGN_OR_RETURN(SignResult result, batcher_.Submit(std::move(item)));
  if (result.outcome == SignOutcome::kCodeUsed) return CodeInvalid();
  const bool created = result.outcome == SignOutcome::kCreated;
  std::string token = Base64Url(result.row.signature);
  return SignedPledge{std::move(result.row), std::move(text), created, std::move(token)};
}

Result<PaperSignatures> PledgeService::RecordAtEvent(const Caller& caller, std::int64_t event_id,
                                                     std::optional<std::int64_t> text_id,
                                                     const std::string& nips_text) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
  NETRA_ASSIGN_OR_RETURN(PledgeEvent event, pledges_.GetEvent(event_id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, event.region_code, "Kegiatan", "Event"));
  if (event.kind != EventKind::kApel) {
    return Status(ErrorCode::kInvalidArgument, "Tanda tangan kertas hanya untuk apel ikrar",
                  "Paper signatures belong to a pledge roll-call (apel) only");
  }
  if (nips_text.size() > 2'000'000) {
    return Status(ErrorCode::kInvalidArgument, "Daftar NIP terlalu besar (maks. 2 MB)",
                  "NIP list too large (max 2 MB)");
  }
  NETRA_ASSIGN_OR_RETURN(StoredPledgeText text,
                         ResolveText(text_id, event.election, PledgeKind::kIkrar));
  const NipList list = ExtractNips(nips_text);
  if (list.nips.size() > kMaxNipsPerCall) {
    return Status(ErrorCode::kInvalidArgument, "Terlalu banyak NIP dalam satu kiriman",
                  "Too many NIPs in one request");
  }
  PaperSignatures out;
  out.invalid = list.invalid;
  std::vector<NewSignature> items;
  for (const std::string& nip : list.nips) {
    Result<Employee> employee = store_.GetEmployeeByNip(nip);
    if (!employee.ok() || !RegionWithin(employee->region_code, event.region_code) ||
        !RegionWithin(employee->region_code, caller.region_code)) {
      if (!employee.ok() && employee.status().code() != ErrorCode::kNotFound) {
        return employee.status();
      }
      out.unknown.push_back(nip);
      continue;
    }
    NETRA_ASSIGN_OR_RETURN(NewSignature item, Prepare(*employee, text, event_id,
                                                      PledgeMethod::kAtEvent, caller.user_id));
    items.push_back(std::move(item));
  }
  if (!items.empty()) {
    NETRA_ASSIGN_OR_RETURN(std::vector<SignResult> results, pledges_.InsertSignatures(items));
    for (const SignResult& r : results) {
      (r.outcome == SignOutcome::kCreated ? out.recorded : out.already)++;
    }
  }
  return out;
}

Result<std::vector<SignedPledge>> PledgeService::Mine(const Caller& caller) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAsn}));
  NETRA_ASSIGN_OR_RETURN(User user, store_.GetUser(caller.user_id));
  std::vector<SignedPledge> out;
  if (!user.employee_nip) return out;
  Result<Employee> employee = store_.GetEmployeeByNip(*user.employee_nip);
  if (!employee.ok()) {
    if (employee.status().code() == ErrorCode::kNotFound) return out;
    return employee.status();
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<PledgeSignatureRow> rows,
                         pledges_.ListSignaturesOfEmployee(employee->id));
  for (PledgeSignatureRow& row : rows) {
    NETRA_ASSIGN_OR_RETURN(StoredPledgeText text, pledges_.GetText(row.text_id));
    std::string token = Base64Url(row.signature);
    out.push_back({std::move(row), std::move(text), false, std::move(token)});
  }
  return out;
}

Result<std::string> PledgeService::CertificatePdf(const Caller& caller, const std::string& number,
                                                  const std::string& token) {
  const Status not_found =
      Status(ErrorCode::kNotFound, "Sertifikat tidak ditemukan", "Certificate not found");
  Result<PledgeSignatureRow> found = pledges_.GetSignatureByNumber(number);
  if (!found.ok()) return found.status();
  const PledgeSignatureRow& row = *found;
  bool allowed = false;
  const std::string expected = Base64Url(row.signature);
  if (!token.empty() && token.size() == expected.size() &&
      sodium_memcmp(token.data(), expected.data(), expected.size()) == 0) {
    allowed = true;
  } else if (caller.IsStaff()) {
    allowed = RegionWithin(row.region_code, caller.region_code);
  } else if (caller.role == Role::kAsn) {
    NETRA_ASSIGN_OR_RETURN(User user, store_.GetUser(caller.user_id));
    allowed = user.employee_nip && *user.employee_nip == row.nip;
  }
  if (!allowed) return not_found;
  NETRA_ASSIGN_OR_RETURN(StoredPledgeText text, pledges_.GetText(row.text_id));
  NETRA_ASSIGN_OR_RETURN(PledgeRecord record, ParseCanonicalPledgeRecord(row.canonical));
  CertificateInput input;
  input.pledge = text.text;
  input.record = std::move(record);
  input.signature = row.signature;
  Result<Region> region = store_.GetRegion(row.region_code);
  input.zone = region.ok() ? region->time_zone : TimeZone::kWib;
  input.base_url = options_.base_url;
  return RenderCertificatePdf(input);
}

Result<Verification> PledgeService::Verify(const std::string& number) {
  Verification out;
  out.certificate_number = number;
  out.status = "unknown";
  if (number.size() > 40) return out;
  Result<PledgeSignatureRow> found = pledges_.GetSignatureByNumber(number);
  if (!found.ok()) {
    if (found.status().code() == ErrorCode::kNotFound) return out;
    return found.status();
  }
  // Re-check the stored signature: a row edited in the database is not valid.
  NETRA_ASSIGN_OR_RETURN(std::vector<PledgeKeyRow> keys, pledges_.ListKeys());
  bool verified = false;
  for (const PledgeKeyRow& key : keys) {
    if (key.id != found->key_id) continue;
    Result<PledgePublicKey> public_key = ParsePublicKeyBase64(key.public_key);
    verified = public_key.ok() &&
               VerifyCanonicalPledge(found->canonical, found->signature, *public_key).ok();
  }
  Result<PledgeRecord> record = ParseCanonicalPledgeRecord(found->canonical);
  if (!verified || !record.ok() || record->nip != found->nip ||
      record->signed_at != found->signed_at) {
    return out;
  }
  NETRA_ASSIGN_OR_RETURN(StoredPledgeText text, pledges_.GetText(found->text_id));
  out.status = found->revoked_at ? "revoked" : "valid";
  out.name = found->name;
  out.agency_name = found->agency_name;
  out.signed_at = found->signed_at;
  out.title = text.text.title;
  return out;
}

Status PledgeService::Revoke(const Caller& caller, const std::string& number) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  NETRA_ASSIGN_OR_RETURN(PledgeSignatureRow row, pledges_.GetSignatureByNumber(number));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, row.region_code, "Sertifikat", "Certificate"));
  return pledges_.RevokeSignature(row.id, clock_.Now());
}

Result<std::vector<PledgeKeyRow>> PledgeService::Keys() { return pledges_.ListKeys(); }

Result<CoverageFilter> PledgeService::CoverageFilterFor(const Caller& caller,
                                                        const CoverageQuery& query) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  CoverageFilter filter;
  filter.region_scope = query.region.empty() ? caller.region_code : query.region;
  if (!filter.region_scope.empty()) {
    NETRA_RETURN_IF_ERROR(ParseRegionCode(filter.region_scope).status());
  }
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, filter.region_scope, "Wilayah", "Region"));
  if (query.agency_id) {
    NETRA_ASSIGN_OR_RETURN(Agency agency, store_.GetAgency(*query.agency_id));
    NETRA_RETURN_IF_ERROR(RequireInScope(caller, agency.region_code, "Instansi", "Agency"));
    filter.agency_id = agency.id;
  }
  NETRA_ASSIGN_OR_RETURN(StoredPledgeText text,
                         ResolveText(std::nullopt, query.election, query.kind));
  filter.election = text.text.election;
  filter.kind = query.kind;
  return filter;
}

Result<CoverageReport> PledgeService::Coverage(const Caller& caller, const CoverageQuery& query) {
  if (query.group != "region" && query.group != "agency" && query.group != "unit") {
    return Status(ErrorCode::kInvalidArgument, "Parameter 'group' harus region, agency atau unit",
                  "Parameter 'group' must be region, agency or unit");
  }
  NETRA_ASSIGN_OR_RETURN(CoverageFilter filter, CoverageFilterFor(caller, query));
  NETRA_ASSIGN_OR_RETURN(std::vector<CoverageCell> cells, pledges_.Coverage(filter));
  CoverageReport report;
  report.region = filter.region_scope;
  report.election = filter.election;
  report.kind = filter.kind;
  report.group = query.group;
  // Regions group at the level just below the scope: the nation by province,
  // a province by regency, a regency by district (its own staff as itself).
  const std::size_t child_length = filter.region_scope.empty() ? 2 : filter.region_scope.size() + 3;
  std::map<std::string, CoverageRow> rows;
  std::map<std::string, std::string> region_names;
  for (const CoverageCell& cell : cells) {
    std::string key;
    std::string label;
    if (query.group == "agency") {
      key = std::to_string(cell.agency_id);
      label = cell.agency_name;
    } else if (query.group == "unit") {
      key = cell.unit_id ? std::to_string(*cell.unit_id) : "";
      label = cell.agency_name + (cell.unit_name.empty() ? "" : " — " + cell.unit_name);
      key = std::to_string(cell.agency_id) + ":" + key;
    } else {
      key = cell.region_code.substr(0, std::min(child_length, cell.region_code.size()));
      if (!region_names.contains(key)) {
        Result<Region> region = store_.GetRegion(key);
        region_names[key] = region.ok() ? region->name : key;
      }
      label = region_names[key];
    }
    CoverageRow& row = rows[key];
    row.key = key;
    row.label = label;
    row.employees += cell.employees;
    row.signed_count += cell.signed_count;
    report.employees += cell.employees;
    report.signed_count += cell.signed_count;
  }
  for (auto& [key, row] : rows) report.rows.push_back(std::move(row));
  std::sort(report.rows.begin(), report.rows.end(),
            [](const CoverageRow& a, const CoverageRow& b) { return a.label < b.label; });
  return report;
}

Result<std::string> PledgeService::UnsignedXlsx(const Caller& caller, const CoverageQuery& query) {
  NETRA_ASSIGN_OR_RETURN(CoverageFilter filter, CoverageFilterFor(caller, query));
  NETRA_ASSIGN_OR_RETURN(std::vector<UnsignedEmployee> people,
                         pledges_.ListUnsigned(filter, kMaxUnsignedRows));
  XlsxTable table;
  table.sheet_name = "Belum menandatangani";
  table.title = "Pegawai yang belum menandatangani " + KindLabel(filter.kind) + " (" +
                filter.election + "), wilayah " +
                (filter.region_scope.empty() ? "nasional" : filter.region_scope);
  table.headers = {"No", "NIP", "Nama", "Jabatan", "Instansi", "Unit kerja", "Kode wilayah"};
  int n = 0;
  for (const UnsignedEmployee& e : people) {
    table.rows.push_back({std::to_string(++n), e.nip, e.name, e.position_title, e.agency_name,
                          e.unit_name, e.region_code});
  }
  return WriteXlsxTable(table);
}

}  // namespace netra
