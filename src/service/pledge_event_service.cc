#include "service/pledge_event_service.h"

#include <algorithm>

#include "service/access.h"
#include "service/pledge_service.h"

namespace netra {
namespace {

constexpr std::size_t kMaxListEntries = 200;
constexpr std::size_t kMaxNipsPerCall = 20000;

Status BadField(const std::string& field, const std::string& why_id, const std::string& why_en) {
  return Status(ErrorCode::kInvalidArgument, "Kolom '" + field + "' " + why_id,
                "Field '" + field + "' " + why_en);
}

Status CheckPeople(const std::vector<EventPerson>& people, const char* field) {
  if (people.size() > kMaxListEntries) {
    return BadField(field, "paling banyak 200 orang", "holds at most 200 people");
  }
  for (std::size_t i = 0; i < people.size(); ++i) {
    const EventPerson& p = people[i];
    const std::string where = std::string(field) + "[" + std::to_string(i) + "]";
    if (p.name.empty()) return BadField(where + ".name", "wajib diisi", "is required");
    if (p.name.size() > 200 || p.role.size() > 200 || p.institution.size() > 200) {
      return BadField(where, "paling banyak 200 karakter per isian",
                      "allows at most 200 characters per entry");
    }
  }
  return Status::Ok();
}

// The content type the first bytes prove, or "" when they match none we accept.
std::string SniffType(const std::string& data) {
  auto starts = [&](std::string_view magic) { return data.compare(0, magic.size(), magic) == 0; };
  if (starts("\xFF\xD8\xFF")) return "image/jpeg";
  if (starts("\x89PNG\r\n\x1A\n")) return "image/png";
  if (data.size() >= 12 && starts("RIFF") && data.compare(8, 4, "WEBP") == 0) return "image/webp";
  if (starts("%PDF-")) return "application/pdf";
  if (starts(std::string_view("PK\x03\x04", 4))) return "application/zip";
  return "";
}

std::string OfficeType(const std::string& file_name) {
  auto ends = [&](std::string_view ext) {
    return file_name.size() >= ext.size() &&
           file_name.compare(file_name.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends(".pptx"))
    return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  if (ends(".docx"))
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (ends(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return "";
}

}  // namespace

Result<PledgeEvent> PledgeEventService::Create(const Caller& caller, PledgeEvent event) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
  if (event.region_code.empty()) event.region_code = caller.region_code;
  NETRA_RETURN_IF_ERROR(ParseRegionCode(event.region_code).status());
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, event.region_code, "Wilayah", "Region"));
  if (event.title.empty()) return BadField("title", "wajib diisi", "is required");
  if (event.organizer.empty()) return BadField("organizer", "wajib diisi", "is required");
  if (event.starts_at <= 0) return BadField("starts_at", "wajib diisi", "is required");
  NETRA_RETURN_IF_ERROR(store_.GetElectionByCode(event.election).status());
  if (event.sites.empty()) {
    return BadField("sites", "minimal satu lokasi", "needs at least one site");
  }
  if (event.sites.size() > kMaxListEntries) {
    return BadField("sites", "paling banyak 200 lokasi", "holds at most 200 sites");
  }
  for (std::size_t i = 0; i < event.sites.size(); ++i) {
    EventSite& site = event.sites[i];
    const std::string where = "sites[" + std::to_string(i) + "]";
    if (site.name.empty() || site.name.size() > 200) {
      return BadField(where + ".name", "wajib diisi, paling banyak 200 karakter",
                      "is required, at most 200 characters");
    }
    if (site.region_code.empty()) site.region_code = event.region_code;
    if (!ParseRegionCode(site.region_code).ok() ||
        !RegionWithin(site.region_code, event.region_code)) {
      return BadField(where + ".region_code", "harus berada di wilayah kegiatan",
                      "must lie within the event's region");
    }
  }
  NETRA_RETURN_IF_ERROR(CheckPeople(event.witnesses, "witnesses"));
  NETRA_RETURN_IF_ERROR(CheckPeople(event.signatories, "signatories"));
  NETRA_RETURN_IF_ERROR(CheckPeople(event.speakers, "speakers"));
  if (event.agency_ids.size() > 1000) {
    return BadField("agency_ids", "paling banyak 1000 instansi", "holds at most 1000 agencies");
  }
  std::sort(event.agency_ids.begin(), event.agency_ids.end());
  event.agency_ids.erase(std::unique(event.agency_ids.begin(), event.agency_ids.end()),
                         event.agency_ids.end());
  for (std::int64_t agency_id : event.agency_ids) {
    Result<Agency> agency = store_.GetAgency(agency_id);
    if (!agency.ok() || !RegionWithin(agency->region_code, event.region_code)) {
      return BadField("agency_ids",
                      "memuat instansi di luar wilayah kegiatan: " + std::to_string(agency_id),
                      "names an agency outside the event's region: " + std::to_string(agency_id));
    }
  }
  event.id = 0;
  event.created_by = caller.user_id;
  event.created_at = clock_.Now();
  return store_.pledges().InsertEvent(event);
}

Result<PageOf<PledgeEvent>> PledgeEventService::List(const Caller& caller, EventFilter filter,
                                                     Page page) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  if (filter.region_scope.empty()) filter.region_scope = caller.region_code;
  if (!filter.region_scope.empty()) {
    NETRA_RETURN_IF_ERROR(ParseRegionCode(filter.region_scope).status());
  }
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, filter.region_scope, "Wilayah", "Region"));
  page.limit = std::clamp(page.limit, 1, 500);
  return store_.pledges().ListEvents(filter, page);
}

Result<PledgeEvent> PledgeEventService::Load(const Caller& caller, std::int64_t id) {
  NETRA_ASSIGN_OR_RETURN(PledgeEvent event, store_.pledges().GetEvent(id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, event.region_code, "Kegiatan", "Event"));
  return event;
}

Result<EventView> PledgeEventService::Get(const Caller& caller, std::int64_t id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  EventView view;
  NETRA_ASSIGN_OR_RETURN(view.event, Load(caller, id));
  for (std::int64_t agency_id : view.event.agency_ids) {
    Result<Agency> agency = store_.GetAgency(agency_id);
    view.agency_names.push_back(agency.ok() ? agency->name : std::to_string(agency_id));
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<AttendanceView> attendance,
                         store_.pledges().ListAttendance(id));
  view.attendance_per_site.assign(view.event.sites.size(), 0);
  std::map<std::int64_t, AgencyCount> per_agency;
  for (const AttendanceView& a : attendance) {
    if (a.site >= 0 && static_cast<std::size_t>(a.site) < view.attendance_per_site.size()) {
      ++view.attendance_per_site[a.site];
    }
    AgencyCount& count = per_agency[a.agency_id];
    count.agency_id = a.agency_id;
    count.agency_name = a.agency_name;
    ++count.count;
  }
  view.attendance = static_cast<std::int64_t>(attendance.size());
  for (auto& [unused, count] : per_agency) view.attendance_per_agency.push_back(count);
  std::sort(
      view.attendance_per_agency.begin(), view.attendance_per_agency.end(),
      [](const AgencyCount& a, const AgencyCount& b) { return a.agency_name < b.agency_name; });
  NETRA_ASSIGN_OR_RETURN(view.signatures, store_.pledges().CountEventSignatures(id));
  NETRA_ASSIGN_OR_RETURN(view.attachments, store_.pledges().ListAttachments(id));
  return view;
}

Result<AttendanceResult> PledgeEventService::RecordAttendance(const Caller& caller, std::int64_t id,
                                                              int site,
                                                              const std::string& nips_text) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
  NETRA_ASSIGN_OR_RETURN(PledgeEvent event, Load(caller, id));
  if (site < 0 || static_cast<std::size_t>(site) >= event.sites.size()) {
    return BadField("site", "bukan lokasi kegiatan ini", "is not a site of this event");
  }
  if (nips_text.size() > 2'000'000) {
    return BadField("nips", "terlalu besar (maks. 2 MB)", "is too large (max 2 MB)");
  }
  const NipList list = ExtractNips(nips_text);
  if (list.nips.empty() && list.invalid.empty()) {
    return BadField("nips", "tidak memuat NIP 18 digit", "holds no 18-digit NIP");
  }
  if (list.nips.size() > kMaxNipsPerCall) {
    return BadField("nips", "terlalu banyak NIP", "holds too many NIPs");
  }
  AttendanceResult out;
  out.invalid = list.invalid;
  std::vector<AttendanceRow> rows;
  const std::int64_t now = clock_.Now();
  for (const std::string& nip : list.nips) {
    Result<Employee> employee = store_.GetEmployeeByNip(nip);
    if (!employee.ok() || !RegionWithin(employee->region_code, event.region_code)) {
      if (!employee.ok() && employee.status().code() != ErrorCode::kNotFound) {
        return employee.status();
      }
      out.unknown.push_back(nip);
      continue;
    }
    rows.push_back({employee->id, site, caller.user_id, now});
  }
  if (!rows.empty()) {
    NETRA_ASSIGN_OR_RETURN(out.recorded, store_.pledges().AddAttendance(id, rows));
    out.already = static_cast<std::int64_t>(rows.size()) - out.recorded;
  }
  return out;
}

Result<std::vector<AttendanceView>> PledgeEventService::ListAttendance(const Caller& caller,
                                                                       std::int64_t id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  NETRA_RETURN_IF_ERROR(Load(caller, id).status());
  return store_.pledges().ListAttendance(id);
}

Result<Attachment> PledgeEventService::AddAttachment(const Caller& caller, std::int64_t id,
                                                     Upload upload) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
  NETRA_RETURN_IF_ERROR(Load(caller, id).status());
  if (upload.kind != "photo" && upload.kind != "material") {
    return BadField("kind", "harus photo atau material", "must be photo or material");
  }
  if (upload.data.empty()) return BadField("file", "kosong", "is empty");
  if (upload.file_name.empty()) upload.file_name = upload.kind == "photo" ? "foto" : "materi";
  if (upload.file_name.size() > 200) {
    return BadField("file_name", "paling banyak 200 karakter", "allows at most 200 characters");
  }
  std::string type = SniffType(upload.data);
  if (type == "application/zip") type = OfficeType(upload.file_name);
  const bool image = type.rfind("image/", 0) == 0;
  if (type.empty() || (upload.kind == "photo" && !image)) {
    return Status(ErrorCode::kInvalidArgument,
                  upload.kind == "photo" ? "Foto harus berupa JPEG, PNG atau WebP"
                                         : "Materi harus berupa gambar, PDF, PPTX, DOCX atau XLSX",
                  upload.kind == "photo" ? "A photo must be JPEG, PNG or WebP"
                                         : "Material must be an image, PDF, PPTX, DOCX or XLSX");
  }
  NETRA_ASSIGN_OR_RETURN(BlobRef blob, blobs_.Put(upload.data));
  Attachment attachment;
  attachment.event_id = id;
  attachment.kind = upload.kind;
  attachment.sha256 = blob.sha256;
  attachment.size = blob.size;
  attachment.file_name = upload.file_name;
  attachment.content_type = type;
  attachment.uploaded_by = caller.user_id;
  attachment.uploaded_at = clock_.Now();
  return store_.pledges().InsertAttachment(attachment);
}

Result<AttachmentBytes> PledgeEventService::GetAttachment(const Caller& caller, std::int64_t id,
                                                          std::int64_t attachment_id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  NETRA_RETURN_IF_ERROR(Load(caller, id).status());
  NETRA_ASSIGN_OR_RETURN(std::vector<Attachment> all, store_.pledges().ListAttachments(id));
  for (Attachment& a : all) {
    if (a.id != attachment_id) continue;
    NETRA_ASSIGN_OR_RETURN(std::string data, blobs_.Get(a.sha256));
    return AttachmentBytes{std::move(a), std::move(data)};
  }
  return Status(ErrorCode::kNotFound, "Lampiran tidak ditemukan", "Attachment not found");
}

}  // namespace netra
