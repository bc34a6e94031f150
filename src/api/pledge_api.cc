// Routes for pledges (issue 3): texts, one-time codes, signing, certificates,
// public verification, coverage, and pledge/socialization events.
#include <ctime>

#include "api/api_util.h"
#include "api/routes.h"
#include "http/request_parsing.h"

namespace netra::api {
namespace {

constexpr std::size_t kMaxAttachmentBytes = 20u << 20;
constexpr std::size_t kMaxNipListBytes = 2u << 20;
const std::vector<std::string> kJson = {"application/json"};

Status BadField(const std::string& name, const std::string& why_id, const std::string& why_en) {
  return Status(ErrorCode::kInvalidArgument, "Kolom '" + name + "' " + why_id,
                "Field '" + name + "' " + why_en);
}

// "2024-09-19T07:30:00+07:00", "...Z", seconds optional.
Result<std::int64_t> ParseInstant(const std::string& text, const char* field) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, used = 0;
  const Status bad = BadField(field, "harus berupa waktu RFC 3339 (2024-09-19T07:30:00+07:00)",
                              "must be an RFC 3339 time (2024-09-19T07:30:00+07:00)");
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d%n", &y, &mo, &d, &h, &mi, &used) != 5) {
    return bad;
  }
  std::string_view rest = std::string_view(text).substr(used);
  if (rest.size() >= 3 && rest[0] == ':') {
    int n = 0;
    if (std::sscanf(rest.data(), ":%2d%n", &s, &n) != 1) return bad;
    rest.remove_prefix(n);
  }
  int offset = 0;
  if (rest == "Z") {
    offset = 0;
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
    const int oh = std::atoi(std::string(rest.substr(1, 2)).c_str());
    const int om = std::atoi(std::string(rest.substr(4, 2)).c_str());
    offset = (rest[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
  } else {
    return bad;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 || y < 2000) {
    return bad;
  }
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return static_cast<std::int64_t>(timegm(&tm)) - offset;
}

Result<PledgeKind> KindParam(const std::string& text) {
  if (text.empty() || text == "ikrar") return PledgeKind::kIkrar;
  if (text == "pakta") return PledgeKind::kPakta;
  return Status(ErrorCode::kInvalidArgument, "Jenis ikrar harus ikrar atau pakta",
                "Pledge kind must be ikrar or pakta");
}

Result<std::vector<EventPerson>> People(const nlohmann::json& body, const char* field) {
  std::vector<EventPerson> out;
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) return BadField(field, "harus berupa daftar", "must be an array");
  for (const nlohmann::json& p : *it) {
    if (!p.is_object()) {
      return BadField(field, "harus berisi objek {name, role, institution}",
                      "must hold objects {name, role, institution}");
    }
    EventPerson person;
    NETRA_ASSIGN_OR_RETURN(person.name, JsonString(p, "name", true, 200));
    NETRA_ASSIGN_OR_RETURN(person.role, JsonString(p, "role", false, 200));
    NETRA_ASSIGN_OR_RETURN(person.institution, JsonString(p, "institution", false, 200));
    out.push_back(std::move(person));
  }
  return out;
}

nlohmann::json PeopleJson(const std::vector<EventPerson>& people) {
  nlohmann::json out = nlohmann::json::array();
  for (const EventPerson& p : people) {
    out.push_back({{"name", p.name}, {"role", p.role}, {"institution", p.institution}});
  }
  return out;
}

nlohmann::json TextJson(const StoredPledgeText& t, bool with_body) {
  nlohmann::json out = {{"id", t.id},
                        {"election", t.text.election},
                        {"kind", PledgeKindName(t.text.kind)},
                        {"version", t.text.version},
                        {"title", t.text.title},
                        {"text_hash", t.text.text_hash},
                        {"published_at", Rfc3339(t.published_at)}};
  if (with_body) out["text"] = t.text.text;
  return out;
}

nlohmann::json SignedJson(const SignedPledge& s) {
  const PledgeSignatureRow& r = s.row;
  return {{"certificate_number", r.certificate_number},
          {"created", s.created},
          {"text", TextJson(s.text, false)},
          {"nip", r.nip},
          {"name", r.name},
          {"agency_name", r.agency_name},
          {"signed_at", Rfc3339(r.signed_at)},
          {"method", r.method},
          {"event_id", r.event_id ? nlohmann::json(*r.event_id) : nlohmann::json()},
          {"revoked", r.revoked_at.has_value()},
          {"token", s.token},
          {"certificate_url",
           "/api/v1/pledges/certificates/" + r.certificate_number + "/pdf?token=" + s.token},
          {"verify_url", "/verifikasi/" + r.certificate_number}};
}

nlohmann::json EventJson(const PledgeEvent& e) {
  nlohmann::json sites = nlohmann::json::array();
  for (const EventSite& s : e.sites) {
    sites.push_back({{"name", s.name}, {"region_code", s.region_code}});
  }
  return {{"id", e.id},
          {"kind", EventKindName(e.kind)},
          {"election", e.election},
          {"title", e.title},
          {"region_code", e.region_code},
          {"starts_at", Rfc3339(e.starts_at)},
          {"organizer", e.organizer},
          {"leader", e.leader},
          {"topic", e.topic},
          {"sites", std::move(sites)},
          {"witnesses", PeopleJson(e.witnesses)},
          {"signatories", PeopleJson(e.signatories)},
          {"speakers", PeopleJson(e.speakers)},
          {"agency_ids", e.agency_ids},
          {"created_at", Rfc3339(e.created_at)}};
}

nlohmann::json AttachmentJson(const Attachment& a) {
  return {{"id", a.id},
          {"kind", a.kind},
          {"file_name", a.file_name},
          {"content_type", a.content_type},
          {"size", a.size},
          {"sha256", a.sha256},
          {"uploaded_at", Rfc3339(a.uploaded_at)},
          {"url", "/api/v1/pledge-events/" + std::to_string(a.event_id) + "/attachments/" +
                      std::to_string(a.id)}};
}

// The NIPs of a request body: {"nips": "<pasted text or CSV>"} or {"nips": ["…", …]}.
Result<std::string> NipsText(const nlohmann::json& body) {
  const auto it = body.find("nips");
  if (it == body.end() || it->is_null()) return BadField("nips", "wajib diisi", "is required");
  if (it->is_string()) return it->get<std::string>();
  if (!it->is_array()) {
    return BadField("nips", "harus berupa teks atau daftar", "must be text or an array");
  }
  std::string text;
  for (const nlohmann::json& nip : *it) {
    if (!nip.is_string()) return BadField("nips", "harus berisi teks", "must hold strings");
    text += nip.get<std::string>() + "\n";
  }
  return text;
}

Result<CoverageQuery> CoverageQueryOf(const http::Request& request) {
  CoverageQuery query;
  query.region = QueryString(request, "region", 20);
  NETRA_ASSIGN_OR_RETURN(query.agency_id, QueryInt(request, "agency_id", 1, INT64_MAX));
  query.election = QueryString(request, "election", 64);
  NETRA_ASSIGN_OR_RETURN(query.kind, KindParam(QueryString(request, "kind", 10)));
  const std::string group = QueryString(request, "group", 10);
  if (!group.empty()) query.group = group;
  return query;
}

}  // namespace

void RegisterPledgeRoutes(http::Router& router, PledgeService& pledges) {
  router.Add({"GET", "/api/v1/pledge-texts", "pledges.texts.list", kEveryone},
             [&pledges](const http::Request&) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(auto texts, pledges.ListTexts());
               nlohmann::json items = nlohmann::json::array();
               for (const StoredPledgeText& t : texts) items.push_back(TextJson(t, false));
               return http::Response::Json({{"items", std::move(items)}});
             });

  router.Add({"GET", "/api/v1/pledge-texts/{id}", "pledges.texts.get", kEveryone},
             [&pledges](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(StoredPledgeText text, pledges.GetText(id));
               return http::Response::Json(TextJson(text, true));
             });

  router.Add({"POST", "/api/v1/pledge-texts", "pledges.texts.publish", kAdmins, std::nullopt,
              64 * 1024, kJson},
             [&pledges](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string election, JsonString(body, "election", true, 64));
               NETRA_ASSIGN_OR_RETURN(std::string kind, JsonString(body, "kind", true, 10));
               NETRA_ASSIGN_OR_RETURN(PledgeKind parsed, KindParam(kind));
               NETRA_ASSIGN_OR_RETURN(std::string title, JsonString(body, "title", true, 300));
               NETRA_ASSIGN_OR_RETURN(std::string text, JsonString(body, "text", true, 20000));
               NETRA_ASSIGN_OR_RETURN(
                   StoredPledgeText published,
                   pledges.PublishText(CallerOf(request), election, parsed, title, text));
               return http::Response::Json(TextJson(published, true), 201);
             });

  router.Add(
      {"GET", "/api/v1/pledges/keys", "pledges.keys", kEveryone},
      [&pledges](const http::Request&) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(auto keys, pledges.Keys());
        nlohmann::json items = nlohmann::json::array();
        for (const PledgeKeyRow& k : keys) {
          items.push_back(
              {{"id", k.id}, {"public_key", k.public_key}, {"created_at", Rfc3339(k.created_at)}});
        }
        return http::Response::Json({{"items", std::move(items)}});
      });

  router.Add(
      {"POST", "/api/v1/pledges/sign", "pledges.sign", kEveryone, std::nullopt, 4096, kJson},
      [&pledges](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
        SignRequest sign;
        NETRA_ASSIGN_OR_RETURN(sign.nip, JsonString(body, "nip", false, 40));
        NETRA_ASSIGN_OR_RETURN(sign.code, JsonString(body, "code", false, 20));
        NETRA_ASSIGN_OR_RETURN(sign.text_id, JsonId(body, "text_id"));
        NETRA_ASSIGN_OR_RETURN(sign.event_id, JsonId(body, "event_id"));
        NETRA_ASSIGN_OR_RETURN(std::string kind, JsonString(body, "kind", false, 10));
        NETRA_ASSIGN_OR_RETURN(sign.kind, KindParam(kind));
        NETRA_ASSIGN_OR_RETURN(sign.election, JsonString(body, "election", false, 64));
        // A formatted NIP ("19860926 201505 2 001") is the same NIP.
        std::erase(sign.nip, ' ');
        NETRA_ASSIGN_OR_RETURN(SignedPledge signed_pledge, pledges.Sign(CallerOf(request), sign));
        return http::Response::Json(SignedJson(signed_pledge), signed_pledge.created ? 201 : 200);
      });

  router.Add({"GET", "/api/v1/pledges/mine", "pledges.mine", {Role::kAsn}},
             [&pledges](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(auto mine, pledges.Mine(CallerOf(request)));
               nlohmann::json items = nlohmann::json::array();
               for (const SignedPledge& s : mine) items.push_back(SignedJson(s));
               return http::Response::Json({{"items", std::move(items)}});
             });

  router.Add(
      {"GET", "/api/v1/pledges/certificates/{number}/pdf", "pledges.certificates.pdf", kEveryone},
      [&pledges](const http::Request& request) -> Result<http::Response> {
        const std::string number(request.PathParam("number").value_or(""));
        NETRA_ASSIGN_OR_RETURN(
            std::string pdf,
            pledges.CertificatePdf(CallerOf(request), number, QueryString(request, "token", 100)));
        return http::Response::Bytes(std::move(pdf), "application/pdf")
            .WithHeader("Content-Disposition",
                        "attachment; filename=\"sertifikat-" + number + ".pdf\"");
      });

  router.Add({"POST", "/api/v1/pledges/certificates/{number}/revoke", "pledges.certificates.revoke",
              kAdmins},
             [&pledges](const http::Request& request) -> Result<http::Response> {
               const std::string number(request.PathParam("number").value_or(""));
               NETRA_RETURN_IF_ERROR(pledges.Revoke(CallerOf(request), number));
               NETRA_ASSIGN_OR_RETURN(Verification v, pledges.Verify(number));
               return http::Response::Json({{"certificate_number", number}, {"status", v.status}});
             });

  router.Add(
      {"GET", "/api/v1/verifikasi/{number}", "pledges.verify", kEveryone},
      [&pledges](const http::Request& request) -> Result<http::Response> {
        const std::string number(request.PathParam("number").value_or(""));
        NETRA_ASSIGN_OR_RETURN(Verification v, pledges.Verify(number));
        nlohmann::json body = {{"certificate_number", v.certificate_number}, {"status", v.status}};
        if (v.status != "unknown") {
          body["name"] = v.name;
          body["agency_name"] = v.agency_name;
          body["signed_at"] = Rfc3339(v.signed_at);
          body["signed_date"] = Rfc3339(v.signed_at).get<std::string>().substr(0, 10);
          body["title"] = v.title;
        }
        return http::Response::Json(body);
      });

  router.Add(
      {"POST", "/api/v1/pledges/codes", "pledges.codes.issue", kOperators, std::nullopt,
       kMaxNipListBytes, kJson},
      [&pledges](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
        NETRA_ASSIGN_OR_RETURN(std::string text, NipsText(body));
        const NipList list = ExtractNips(text);
        NETRA_ASSIGN_OR_RETURN(CodeIssue issue, pledges.IssueCodes(CallerOf(request), list.nips));
        nlohmann::json items = nlohmann::json::array();
        for (const IssuedCode& c : issue.issued) {
          items.push_back({{"nip", c.nip},
                           {"name", c.name},
                           {"agency_name", c.agency_name},
                           {"code", c.code},
                           {"expires_at", Rfc3339(c.expires_at)}});
        }
        return http::Response::Json(
            {{"items", std::move(items)}, {"unknown", issue.unknown}, {"invalid", list.invalid}},
            201);
      });

  router.Add({"GET", "/api/v1/pledges/coverage", "pledges.coverage", kStaff},
             [&pledges](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(CoverageQuery query, CoverageQueryOf(request));
               NETRA_ASSIGN_OR_RETURN(CoverageReport report,
                                      pledges.Coverage(CallerOf(request), query));
               nlohmann::json rows = nlohmann::json::array();
               for (const CoverageRow& r : report.rows) {
                 rows.push_back(
                     {{"key", r.key},
                      {"label", r.label},
                      {"employees", r.employees},
                      {"signed", r.signed_count},
                      {"not_signed", r.employees - r.signed_count},
                      {"percent", r.employees == 0 ? 0.0 : 100.0 * r.signed_count / r.employees}});
               }
               return http::Response::Json(
                   {{"region", report.region},
                    {"election", report.election},
                    {"kind", PledgeKindName(report.kind)},
                    {"group", report.group},
                    {"employees", report.employees},
                    {"signed", report.signed_count},
                    {"not_signed", report.employees - report.signed_count},
                    {"percent",
                     report.employees == 0 ? 0.0 : 100.0 * report.signed_count / report.employees},
                    {"rows", std::move(rows)}});
             });

  router.Add({"GET", "/api/v1/pledges/coverage/unsigned.xlsx", "pledges.coverage.unsigned", kStaff},
             [&pledges](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(CoverageQuery query, CoverageQueryOf(request));
               NETRA_ASSIGN_OR_RETURN(std::string xlsx,
                                      pledges.UnsignedXlsx(CallerOf(request), query));
               return http::Response::Bytes(
                          std::move(xlsx),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                   .WithHeader("Content-Disposition",
                               "attachment; filename=\"belum-menandatangani.xlsx\"");
             });

  router.Add({"POST", "/api/v1/pledge-events/{id}/paper-signatures",
              "pledges.events.paper_signatures", kOperators, std::nullopt, kMaxNipListBytes, kJson},
             [&pledges](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string text, NipsText(body));
               NETRA_ASSIGN_OR_RETURN(auto text_id, JsonId(body, "text_id"));
               NETRA_ASSIGN_OR_RETURN(PaperSignatures result,
                                      pledges.RecordAtEvent(CallerOf(request), id, text_id, text));
               return http::Response::Json({{"recorded", result.recorded},
                                            {"already", result.already},
                                            {"unknown", result.unknown},
                                            {"invalid", result.invalid}});
             });
}

void RegisterPledgeEventRoutes(http::Router& router, PledgeEventService& events) {
  router.Add({"GET", "/api/v1/pledge-events", "pledges.events.list", kStaff},
             [&events](const http::Request& request) -> Result<http::Response> {
               EventFilter filter;
               filter.region_scope = QueryString(request, "region", 20);
               if (const std::string kind = QueryString(request, "kind", 20); !kind.empty()) {
                 filter.kind = ParseEventKind(kind);
                 if (!filter.kind) {
                   return Status(ErrorCode::kInvalidArgument,
                                 "Parameter 'kind' harus apel atau sosialisasi",
                                 "Parameter 'kind' must be apel or sosialisasi");
                 }
               }
               NETRA_ASSIGN_OR_RETURN(Page page, QueryPage(request));
               NETRA_ASSIGN_OR_RETURN(auto found, events.List(CallerOf(request), filter, page));
               nlohmann::json items = nlohmann::json::array();
               for (const PledgeEvent& e : found.items) items.push_back(EventJson(e));
               return http::Response::Json({{"items", std::move(items)}, {"total", found.total}});
             });

  router.Add(
      {"POST", "/api/v1/pledge-events", "pledges.events.create", kOperators, std::nullopt,
       256 * 1024, kJson},
      [&events](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
        PledgeEvent event;
        NETRA_ASSIGN_OR_RETURN(std::string kind, JsonString(body, "kind", false, 20));
        const std::optional<EventKind> parsed_kind =
            kind.empty() ? EventKind::kApel : ParseEventKind(kind);
        if (!parsed_kind) {
          return BadField("kind", "harus apel atau sosialisasi", "must be apel or sosialisasi");
        }
        event.kind = *parsed_kind;
        NETRA_ASSIGN_OR_RETURN(event.election, JsonString(body, "election", true, 64));
        NETRA_ASSIGN_OR_RETURN(event.title, JsonString(body, "title", true, 300));
        NETRA_ASSIGN_OR_RETURN(event.region_code, JsonString(body, "region_code", false, 20));
        NETRA_ASSIGN_OR_RETURN(std::string starts, JsonString(body, "starts_at", true, 40));
        NETRA_ASSIGN_OR_RETURN(event.starts_at, ParseInstant(starts, "starts_at"));
        NETRA_ASSIGN_OR_RETURN(event.organizer, JsonString(body, "organizer", true, 300));
        NETRA_ASSIGN_OR_RETURN(event.leader, JsonString(body, "leader", false, 300));
        NETRA_ASSIGN_OR_RETURN(event.topic, JsonString(body, "topic", false, 1000));
        if (const auto sites = body.find("sites"); sites != body.end() && sites->is_array()) {
          for (const nlohmann::json& s : *sites) {
            if (!s.is_object()) {
              return BadField("sites", "harus berisi objek {name, region_code}",
                              "must hold objects {name, region_code}");
            }
            EventSite site;
            NETRA_ASSIGN_OR_RETURN(site.name, JsonString(s, "name", true, 200));
            NETRA_ASSIGN_OR_RETURN(site.region_code, JsonString(s, "region_code", false, 20));
            event.sites.push_back(std::move(site));
          }
        }
        NETRA_ASSIGN_OR_RETURN(event.witnesses, People(body, "witnesses"));
        NETRA_ASSIGN_OR_RETURN(event.signatories, People(body, "signatories"));
        NETRA_ASSIGN_OR_RETURN(event.speakers, People(body, "speakers"));
        if (const auto ids = body.find("agency_ids"); ids != body.end() && !ids->is_null()) {
          if (!ids->is_array()) {
            return BadField("agency_ids", "harus berupa daftar id", "must be an array of ids");
          }
          for (const nlohmann::json& id : *ids) {
            if (!id.is_number_integer() || id.get<std::int64_t>() <= 0) {
              return BadField("agency_ids", "harus berisi id instansi", "must hold agency ids");
            }
            event.agency_ids.push_back(id.get<std::int64_t>());
          }
        }
        NETRA_ASSIGN_OR_RETURN(PledgeEvent created, events.Create(CallerOf(request), event));
        return http::Response::Json(EventJson(created), 201);
      });

  router.Add(
      {"GET", "/api/v1/pledge-events/{id}", "pledges.events.get", kStaff},
      [&events](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
        NETRA_ASSIGN_OR_RETURN(EventView view, events.Get(CallerOf(request), id));
        nlohmann::json body = EventJson(view.event);
        body["agency_names"] = view.agency_names;
        body["attendance"] = view.attendance;
        body["attendance_per_site"] = view.attendance_per_site;
        nlohmann::json per_agency = nlohmann::json::array();
        for (const AgencyCount& c : view.attendance_per_agency) {
          per_agency.push_back(
              {{"agency_id", c.agency_id}, {"agency_name", c.agency_name}, {"count", c.count}});
        }
        body["attendance_per_agency"] = std::move(per_agency);
        body["signatures"] = view.signatures;
        nlohmann::json files = nlohmann::json::array();
        for (const Attachment& a : view.attachments) files.push_back(AttachmentJson(a));
        body["attachments"] = std::move(files);
        return http::Response::Json(body);
      });

  router.Add({"POST", "/api/v1/pledge-events/{id}/attendance", "pledges.events.attendance.add",
              kOperators, std::nullopt, kMaxNipListBytes, kJson},
             [&events](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string text, NipsText(body));
               int site = 0;
               if (const auto it = body.find("site"); it != body.end() && !it->is_null()) {
                 if (!it->is_number_integer()) {
                   return BadField("site", "harus berupa nomor lokasi", "must be a site index");
                 }
                 site = it->get<int>();
               }
               NETRA_ASSIGN_OR_RETURN(AttendanceResult result,
                                      events.RecordAttendance(CallerOf(request), id, site, text));
               return http::Response::Json({{"recorded", result.recorded},
                                            {"already", result.already},
                                            {"unknown", result.unknown},
                                            {"invalid", result.invalid}});
             });

  router.Add(
      {"GET", "/api/v1/pledge-events/{id}/attendance", "pledges.events.attendance.list", kStaff},
      [&events](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
        NETRA_ASSIGN_OR_RETURN(auto rows, events.ListAttendance(CallerOf(request), id));
        nlohmann::json items = nlohmann::json::array();
        for (const AttendanceView& a : rows) {
          items.push_back({{"employee_id", a.employee_id},
                           {"nip", a.nip},
                           {"name", a.name},
                           {"agency_id", a.agency_id},
                           {"agency_name", a.agency_name},
                           {"site", a.site},
                           {"recorded_at", Rfc3339(a.recorded_at)}});
        }
        return http::Response::Json({{"items", std::move(items)}});
      });

  router.Add({"POST", "/api/v1/pledge-events/{id}/attachments", "pledges.events.attachments.add",
              kOperators, std::nullopt, kMaxAttachmentBytes},
             [&events](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               Upload upload;
               upload.kind = QueryString(request, "kind", 20);
               if (upload.kind.empty()) upload.kind = "photo";
               upload.file_name = QueryString(request, "file_name", 200);
               upload.content_type = std::string(request.Header("content-type").value_or(""));
               upload.data = request.body;
               NETRA_ASSIGN_OR_RETURN(Attachment attachment,
                                      events.AddAttachment(CallerOf(request), id, upload));
               return http::Response::Json(AttachmentJson(attachment), 201);
             });

  router.Add({"GET", "/api/v1/pledge-events/{id}/attachments/{attachment_id}",
              "pledges.events.attachments.get", kStaff},
             [&events](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(std::int64_t attachment_id, PathId(request, "attachment_id"));
               NETRA_ASSIGN_OR_RETURN(AttachmentBytes file,
                                      events.GetAttachment(CallerOf(request), id, attachment_id));
               return http::Response::Bytes(std::move(file.data), file.attachment.content_type)
                   .WithHeader("Content-Disposition", "inline; filename=\"attachment-" +
                                                          std::to_string(file.attachment.id) +
                                                          "\"");
             });
}

}  // namespace netra::api
