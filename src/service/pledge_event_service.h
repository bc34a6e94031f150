// PledgeEventService: pledge roll-calls (apel ikrar) and socialization
// sessions (sosialisasi) — when, where (several simultaneous sites), who led,
// witnessed and signed symbolically, which agencies took part, who attended
// (recorded per site from NIPs), and photos or materials as attachments kept
// in the BlobStore.
//
// Access: operators (operator_instansi, admin) create events and record
// attendance and files within their region; every staff role reads events of
// its region. Outside the region is kNotFound.
//
// Thread-safe (stateless over a thread-safe Store and BlobStore).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/blob_store.h"
#include "store/pledge_store.h"
#include "store/store.h"

namespace netra {

struct AgencyCount {
  std::int64_t agency_id = 0;
  std::string agency_name;
  std::int64_t count = 0;
};

struct EventView {
  PledgeEvent event;
  std::vector<std::string> agency_names;  // of event.agency_ids, in order
  std::vector<std::int64_t> attendance_per_site;
  std::vector<AgencyCount> attendance_per_agency;  // by agency name
  std::int64_t attendance = 0;
  std::int64_t signatures = 0;  // signatures made at this event
  std::vector<Attachment> attachments;
};

struct AttendanceResult {
  std::int64_t recorded = 0;
  std::int64_t already = 0;
  std::vector<std::string> unknown;  // NIPs not found in the event's region
  std::vector<std::string> invalid;  // cells that look like a number but not a NIP
};

struct Upload {
  std::string kind;  // "photo" | "material"
  std::string file_name;
  std::string content_type;  // as sent; checked against the bytes
  std::string data;
};

struct AttachmentBytes {
  Attachment attachment;
  std::string data;
};

class PledgeEventService {
 public:
  PledgeEventService(Store& store, const Clock& clock, const BlobStore& blobs)
      : store_(store), clock_(clock), blobs_(blobs) {}

  // kInvalidArgument naming the field for a missing title or organizer, no
  // site, a site or agency outside the event's region, too many entries.
  Result<PledgeEvent> Create(const Caller& caller, PledgeEvent event);
  Result<PageOf<PledgeEvent>> List(const Caller& caller, EventFilter filter, Page page);
  Result<EventView> Get(const Caller& caller, std::int64_t id);

  // Attendance at `site` (index into event.sites) from pasted NIPs or a CSV.
  Result<AttendanceResult> RecordAttendance(const Caller& caller, std::int64_t id, int site,
                                            const std::string& nips_text);
  Result<std::vector<AttendanceView>> ListAttendance(const Caller& caller, std::int64_t id);

  // Photos: JPEG, PNG, WebP; materials also PDF, PPTX, DOCX, XLSX (checked by
  // their first bytes, not the declared type).
  Result<Attachment> AddAttachment(const Caller& caller, std::int64_t id, Upload upload);
  Result<AttachmentBytes> GetAttachment(const Caller& caller, std::int64_t id,
                                        std::int64_t attachment_id);

 private:
  Result<PledgeEvent> Load(const Caller& caller, std::int64_t id);

  Store& store_;
  const Clock& clock_;
  const BlobStore& blobs_;
};

}  // namespace netra
