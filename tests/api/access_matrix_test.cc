// Walks every declared /api/v1 route × every role × an object inside and one
// outside the caller's region, through the real router and services on a real
// SQLite store, and fails if anything is allowed that the route's declaration
// does not allow, or if anything outside the caller's region is disclosed.
// A route missing from the case table below fails the test: every new route
// must say how its region rule is exercised.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "api/app.h"
#include "scan/loader.h"
#include "service/case_service.h"
#include "service/event_scan_service.h"
#include "service/pledge_event_service.h"
#include "service/pledge_service.h"
#include "service/report_service.h"
#include "service/user_service.h"
#include "store/monitoring_store.h"

namespace netra {
namespace {

// The caller's region is always 35.13; "out" objects live in 35.08.
struct RouteCase {
  std::string path_in;   // path (with query) for an object inside 35.13
  std::string path_out;  // same for 35.08; empty when the data is public or has no region
  std::string body_in;
  std::string body_out;
  std::string content_type = "application/json";
  // The service decides per object which of the route's roles may act (a case
  // move belongs to one role): an allowed role may then get 403 with this code.
  std::string object_role_code;
};

class AccessMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("netra-matrix-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = std::move(OpenStore((dir_ / "netra.db").string())).value();
    const Region regions[] = {
        {"35", "", "Jawa Timur", RegionLevel::kProvince, TimeZone::kWib},
        {"35.13", "35", "Kabupaten Probolinggo", RegionLevel::kRegency, TimeZone::kWib},
        {"35.08", "35", "Kabupaten Lumajang", RegionLevel::kRegency, TimeZone::kWib},
    };
    ASSERT_TRUE(store_->UpsertRegions(regions).ok());
    agency_in_ = store_->UpsertAgency({0, "35.13.DINKES", "Dinkes", "dinas", "35.13"})->id;
    agency_out_ = store_->UpsertAgency({0, "35.08.DINKES", "Dinkes", "dinas", "35.08"})->id;
    Employee in;
    in.nip = "198609262015052001";
    in.name = "Siti Aminah";
    in.gender = 'P';
    in.agency_id = agency_in_;
    in.region_code = "35.13";
    Employee out = in;
    out.nip = "197901012005011003";
    out.name = "Bambang Irawan";
    out.gender = 'L';
    out.agency_id = agency_out_;
    out.region_code = "35.08";
    const Employee both[] = {in, out};
    ASSERT_TRUE(store_->UpsertEmployees(both).ok());
    employee_in_ = store_->GetEmployeeByNip("198609262015052001")->id;
    employee_out_ = store_->GetEmployeeByNip("197901012005011003")->id;

    UserService users(*store_, clock_);
    target_in_ =
        users
            .CreateUnchecked({"target.in", "T", Role::kPengawas, "35.13", "kata-sandi-panjang", ""})
            ->id;
    target_out_ = users
                      .CreateUnchecked(
                          {"target.out", "T", Role::kPengawas, "35.08", "kata-sandi-panjang", ""})
                      ->id;
    officer_in_ = users
                      .CreateUnchecked(
                          {"officer.in", "O", Role::kPengawas, "35.13", "kata-sandi-panjang", ""})
                      ->id;
    EnforcementOptions enforcement;
    enforcement.blob_dir = dir_ / "blobs";
    enforcement.master_key_file = dir_ / "master.key";
    env_ = std::move(EnforcementEnv::Load(enforcement)).value();
    SeedCases();
    app_ = std::make_unique<api::ApiApp>(
        *store_, clock_, *env_, api::PledgeWiring{key_, env_->blobs(), "http://netra.test"});
    router_ = std::make_unique<http::Router>(app_->BuildRouter());
    SeedPledges();
  }

  // A text, an apel with a photo and a signature inside 35.13 and the same in 35.08.
  void SeedPledges() {
    ASSERT_TRUE(
        store_->UpsertElection({0, "pilkada-2024", "Pilkada 2024", "pilkada", "2024-11-27"}).ok());
    ASSERT_TRUE(LoadShippedPledgeTexts(*store_, "data/pledges", clock_.Now()).ok());
    const Caller nation{1, "seed", Role::kAdmin, ""};
    PledgeEventService events(*store_, clock_, env_->blobs());
    for (auto [region, event_id, number, agency] :
         {std::tuple{"35.13", &event_in_, &cert_in_, agency_in_},
          std::tuple{"35.08", &event_out_, &cert_out_, agency_out_}}) {
      PledgeEvent event;
      event.election = "pilkada-2024";
      event.title = "Apel Ikrar Netralitas";
      event.region_code = region;
      event.starts_at = clock_.Now();
      event.organizer = "Pemkab";
      event.sites = {{"Halaman Kantor Bupati", region}};
      event.agency_ids = {agency};
      auto created = events.Create(nation, event);
      ASSERT_TRUE(created.ok()) << created.status().ToString();
      *event_id = created->id;
      auto photo = events.AddAttachment(nation, created->id,
                                        {"photo", "apel.png", "image/png", "\x89PNG\r\n\x1A\nxx"});
      ASSERT_TRUE(photo.ok()) << photo.status().ToString();
      (region == std::string("35.13") ? attachment_in_ : attachment_out_) = photo->id;
    }
    const std::string nip_in = "198609262015052001", nip_out = "197901012005011003";
    auto codes = app_->pledges().IssueCodes(nation, {nip_in, nip_out});
    ASSERT_TRUE(codes.ok()) << codes.status().ToString();
    for (const IssuedCode& code : codes->issued) {
      SignRequest sign;
      sign.nip = code.nip;
      sign.code = code.code;
      auto signed_pledge = app_->pledges().Sign(Caller::Public(), sign);
      ASSERT_TRUE(signed_pledge.ok()) << signed_pledge.status().ToString();
      (code.nip == nip_in ? cert_in_ : cert_out_) = signed_pledge->row.certificate_number;
    }
  }

  // One identified report per region, moved to INITIAL_REVIEW, with a hearing
  // and an evidence file each.
  void SeedCases() {
    ReportService reports(*store_, clock_, *env_);
    CaseService cases(*store_, clock_, *env_);
    for (const bool in : {true, false}) {
      NewReport r;
      r.anonymous = false;
      r.identity = {"Pelapor Rahasia", "3513010101900001", "Jl. Mawar 1", "081234567890"};
      r.region_code = in ? "35.13" : "35.08";
      r.subject_name = in ? "Siti Aminah" : "Bambang Irawan";
      r.subject_nip = in ? "198609262015052001" : "197901012005011003";
      r.description = "Memasang baliho calon";
      r.act_date = "2024-09-17";
      r.act_place = in ? "Kraksaan" : "Lumajang";
      const ReportReceipt receipt = std::move(reports.File(r, "10.0.0.1")).value();
      const Caller pengawas{1, "p", Role::kPengawas, r.region_code};
      ASSERT_TRUE(cases
                      .Move(pengawas, receipt.case_id, CaseStatus::kInitialReview,
                            {{"handling_officer", "Andi"}}, "")
                      .ok());
      const std::int64_t hearing =
          cases
              .RecordHearing(pengawas, receipt.case_id,
                             {clock_.Now() - 60, "Kantor", {{"A", "saksi", "B"}}})
              ->id;
      const std::int64_t evidence =
          cases.AddEvidence(pengawas, receipt.case_id, hearing, "a.pdf", kPdf)->id;
      (in ? case_in_ : case_out_) = receipt.case_id;
      (in ? report_in_ : report_out_) = receipt.report_id;
      (in ? hearing_in_ : hearing_out_) = hearing;
      (in ? evidence_in_ : evidence_out_) = evidence;
      if (in) receipt_in_ = receipt.receipt_code;

      // A finding taken to STUDY, whose clarification record is generated.
      NewFinding finding;
      finding.region_code = r.region_code;
      finding.subject_name = r.subject_name;
      finding.summary = "Hadir di deklarasi paslon";
      finding.act_date = "2024-09-18";
      finding.act_place = "Balai desa";
      const std::int64_t found = cases.RecordFinding(pengawas, finding)->id;
      for (const auto& [to, fields] : std::vector<std::pair<CaseStatus, CaseFields>>{
               {CaseStatus::kInitialReview, {{"handling_officer", "Andi"}}},
               {CaseStatus::kRegistered,
                {{"initial_review_summary", "Lengkap"}, {"register_number", "002/TM"}}},
               {CaseStatus::kClarification,
                {{"summoned_parties", "terlapor"}, {"hearing_date", "2024-09-20"}}}}) {
        ASSERT_TRUE(cases.Move(pengawas, found, to, fields, "").ok());
      }
      ASSERT_TRUE(cases
                      .RecordHearing(pengawas, found,
                                     {clock_.Now() - 60, "Kantor", {{"A", "terlapor", "B"}}})
                      .ok());
      auto studied =
          cases.Move(pengawas, found, CaseStatus::kStudy, {{"clarification_record", "BA"}}, "");
      ASSERT_TRUE(studied.ok()) << studied.status().ToString();
      const auto file = cases.Get(pengawas, found);
      ASSERT_TRUE(file.ok() && file->documents.size() == 1);
      (in ? finding_in_ : finding_out_) = found;
      (in ? document_in_ : document_out_) = file->documents[0].id;
    }

    // One scanned event with an alert in each region, and a lexicon so that
    // events can be received.
    const std::string lexicon =
        *scan::ReadTextFile("data/demo/lexicon-pilkada-2024.json", kMaxLexiconBytes);
    EventScanService scanning(*store_, clock_);
    ASSERT_TRUE(scanning.PublishLexicon({1, "admin", Role::kAdmin, ""}, lexicon).ok());
    for (const bool in : {true, false}) {
      SocialEventRow event;
      event.platform = "facebook";
      event.event_key = in ? "in" : "out";
      event.account = in ? "@siti.aminah" : "@bambang.irawan";
      event.kind = "post";
      event.text = "Ayo coblos nomor 2 #ZAMAN2024";
      event.event_time = "2024-10-12T08:15:00+07:00";
      event.region_code = in ? "35.13" : "35.08";
      event.raw_sha256 = std::string(64, 'a');
      const SocialEventRow events[] = {event};
      const StoredEvents stored = *store_->monitoring().AddEvents(events);
      MonitoringAlert alert;
      alert.event_id = stored.added.at(0).id;
      alert.code = "SOC-POST";
      alert.region_code = event.region_code;
      alert.contest_region = event.region_code;
      alert.candidate = 2;
      alert.score = 0.9;
      alert.reason = "Mendukung paslon 2";
      alert.spans_json = "[]";
      alert.lexicon_version = 1;
      const MonitoringAlert alerts[] = {alert};
      ASSERT_EQ(*store_->monitoring().AddAlerts(alerts), 1);
      const auto listed = store_->monitoring().ListAlerts({event.region_code, std::nullopt}, {});
      (in ? alert_in_ : alert_out_) = listed->items.at(0).id;
    }
  }

  void TearDown() override {
    app_->imports().WaitIdle();
    router_.reset();
    app_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::map<std::string, RouteCase> Cases() {
    const std::string ai = std::to_string(agency_in_), ao = std::to_string(agency_out_);
    const std::string ei = std::to_string(employee_in_), eo = std::to_string(employee_out_);
    const std::string ti = std::to_string(target_in_), to = std::to_string(target_out_);
    const std::string ci = std::to_string(case_in_), co = std::to_string(case_out_);
    const std::string hearing_body =
        R"({"held_at":)" + std::to_string(clock_.Now() - 60) +
        R"(,"place":"Kantor","heard":[{"name":"A","capacity":"saksi","statement":"B"}]})";
    const std::string evi = std::to_string(event_in_), evo = std::to_string(event_out_);
    const std::string kPng = "\x89PNG\r\n\x1A\nyy";
    const std::string csv_header =
        "nip,nama,jenis_pegawai,kategori_jabatan,nama_jabatan,golongan,jenis_kelamin,"
        "kode_instansi,kode_unit,kode_wilayah\n";
    return {
        {"auth.login",
         {"/api/v1/auth/login", "", R"({"username":"target.in","password":"kata-sandi-panjang"})"}},
        {"auth.logout", {"/api/v1/auth/logout", ""}},
        {"auth.me", {"/api/v1/auth/me", ""}},
        {"regions.children", {"/api/v1/regions?parent=35", ""}},
        {"regions.search", {"/api/v1/regions/search?q=lumajang", ""}},
        {"regions.get", {"/api/v1/regions/{code}", ""}},
        {"elections.list", {"/api/v1/elections", ""}},
        {"elections.get", {"/api/v1/elections/pilkada-2024", ""}},
        {"catalog.violations", {"/api/v1/catalog/violations?q=baliho&date=2024-11-01", ""}},
        {"agencies.list", {"/api/v1/agencies?region=35.13", "/api/v1/agencies?region=35.08"}},
        {"agencies.get", {"/api/v1/agencies/" + ai, "/api/v1/agencies/" + ao}},
        {"agencies.upsert",
         {"/api/v1/agencies", "/api/v1/agencies",
          R"({"code":"35.13.BAPPEDA","name":"Bappeda","kind":"badan","region_code":"35.13"})",
          R"({"code":"35.08.BAPPEDA","name":"Bappeda","kind":"badan","region_code":"35.08"})"}},
        {"agencies.units.list",
         {"/api/v1/agencies/" + ai + "/units", "/api/v1/agencies/" + ao + "/units"}},
        {"agencies.units.upsert",
         {"/api/v1/agencies/" + ai + "/units", "/api/v1/agencies/" + ao + "/units",
          R"({"code":"P2P","name":"Bidang P2P"})", R"({"code":"P2P","name":"Bidang P2P"})"}},
        {"employees.list", {"/api/v1/employees?region=35.13", "/api/v1/employees?region=35.08"}},
        {"employees.get", {"/api/v1/employees/" + ei, "/api/v1/employees/" + eo}},
        // Region is enforced per row for imports (ImportService tests); here only roles.
        {"imports.employees.create",
         {"/api/v1/imports/employees?file_name=a.csv", "", csv_header, "", "text/csv"}},
        {"imports.get", {"/api/v1/imports/999999", ""}},
        {"users.list", {"/api/v1/users", ""}},
        {"users.create",
         {"/api/v1/users", "/api/v1/users",
          R"({"username":"baru.in","display_name":"B","role":"pengawas","region_code":"35.13","password":"kata-sandi-panjang"})",
          R"({"username":"baru.out","display_name":"B","role":"pengawas","region_code":"35.08","password":"kata-sandi-panjang"})"}},
        {"users.disable", {"/api/v1/users/" + ti + "/disable", "/api/v1/users/" + to + "/disable"}},
        {"users.enable", {"/api/v1/users/" + ti + "/enable", "/api/v1/users/" + to + "/enable"}},
        {"users.employee",
         {"/api/v1/users/" + ti + "/employee", "/api/v1/users/" + to + "/employee",
          R"({"employee_nip":"198609262015052001"})", R"({"employee_nip":"198609262015052001"})"}},
        {"reports.create",
         {"/api/v1/reports", "",
          R"({"anonymous":true,"region_code":"35.13","subject":{"name":"Siti Aminah"},)"
          R"("description":"Kampanye","act_date":"2024-09-18","act_place":"Dringu"})"}},
        {"receipts.track",
         {"/api/v1/receipts/track", "", R"({"receipt_code":")" + receipt_in_ + "\"}"}},
        {"receipts.answer",
         {"/api/v1/receipts/answers", "",
          R"({"receipt_code":")" + receipt_in_ + R"(","question_id":999999,"answer":"x"})"}},
        {"receipts.evidence",
         {"/api/v1/receipts/evidence?file_name=a.pdf", "", kPdf, "", "application/pdf"}},
        {"cases.list", {"/api/v1/cases?region=35.13", "/api/v1/cases?region=35.08"}},
        {"cases.get", {"/api/v1/cases/" + ci, "/api/v1/cases/" + co}},
        {"cases.officers",
         {"/api/v1/cases/" + ci + "/officers", "/api/v1/cases/" + co + "/officers"}},
        {"cases.handler",
         {"/api/v1/cases/" + ci + "/handler", "/api/v1/cases/" + co + "/handler",
          R"({"user_id":)" + std::to_string(officer_in_) + R"(,"reason":"Beban kerja"})",
          R"({"user_id":)" + to + R"(,"reason":"Beban kerja"})"}},
        {"cases.transition",
         {"/api/v1/cases/" + ci + "/transitions", "/api/v1/cases/" + co + "/transitions",
          R"({"to":"REGISTERED","fields":{"initial_review_summary":"Lengkap","register_number":"001/LP"}})",
          R"({"to":"REGISTERED","fields":{"initial_review_summary":"Lengkap","register_number":"001/LP"}})",
          "application/json", "wrong_role"}},
        {"findings.create",
         {"/api/v1/findings", "/api/v1/findings",
          R"({"region_code":"35.13","subject_name":"X","summary":"Temuan","act_date":"2024-09-18","act_place":"Dringu"})",
          R"({"region_code":"35.08","subject_name":"X","summary":"Temuan","act_date":"2024-09-18","act_place":"Dringu"})"}},
        {"cases.hearings.create",
         {"/api/v1/cases/" + ci + "/hearings", "/api/v1/cases/" + co + "/hearings", hearing_body,
          hearing_body}},
        {"cases.evidence.create",
         {"/api/v1/cases/" + ci + "/evidence?file_name=a.pdf",
          "/api/v1/cases/" + co + "/evidence?file_name=a.pdf", kPdf, kPdf, "application/pdf"}},
        {"cases.evidence.get",
         {"/api/v1/cases/" + ci + "/evidence/" + std::to_string(evidence_in_),
          "/api/v1/cases/" + co + "/evidence/" + std::to_string(evidence_out_)}},
        {"cases.documents.get",
         {"/api/v1/cases/" + std::to_string(finding_in_) + "/documents/" +
              std::to_string(document_in_),
          "/api/v1/cases/" + std::to_string(finding_out_) + "/documents/" +
              std::to_string(document_out_)}},
        {"cases.questions.create",
         {"/api/v1/cases/" + ci + "/questions", "/api/v1/cases/" + co + "/questions",
          R"({"report_id":)" + std::to_string(report_in_) + R"(,"question":"Jam berapa?"})",
          R"({"report_id":)" + std::to_string(report_out_) + R"(,"question":"Jam berapa?"})"}},
        {"cases.identity.open",
         {"/api/v1/cases/" + ci + "/reports/" + std::to_string(report_in_) + "/identity",
          "/api/v1/cases/" + co + "/reports/" + std::to_string(report_out_) + "/identity",
          R"({"purpose":"Undangan klarifikasi"})", R"({"purpose":"Undangan klarifikasi"})"}},
        {"audit.list", {"/api/v1/audit?region=35.13", "/api/v1/audit?region=35.08"}},
        // Events are scoped when they are scanned (by the account's region), so
        // receiving them is checked for roles only.
        {"monitoring.events.ingest",
         {"/api/v1/monitoring/events", "",
          R"({"id":"m1","platform":"x","account":"@a","kind":"post","text":"halo","time":"2024-10-01T08:00:00+07:00"})",
          "", "application/x-ndjson"}},
        {"monitoring.alerts.list", {"/api/v1/monitoring/alerts", ""}},
        {"monitoring.alerts.get",
         {"/api/v1/monitoring/alerts/" + std::to_string(alert_in_),
          "/api/v1/monitoring/alerts/" + std::to_string(alert_out_)}},
        {"monitoring.alerts.confirm",
         {"/api/v1/monitoring/alerts/" + std::to_string(alert_in_) + "/confirm",
          "/api/v1/monitoring/alerts/" + std::to_string(alert_out_) + "/confirm", "{}", "{}"}},
        {"monitoring.alerts.dismiss",
         {"/api/v1/monitoring/alerts/" + std::to_string(alert_in_) + "/dismiss",
          "/api/v1/monitoring/alerts/" + std::to_string(alert_out_) + "/dismiss",
          R"({"reason":"Berita"})", R"({"reason":"Berita"})"}},
        {"monitoring.lexicon.get", {"/api/v1/monitoring/lexicon", ""}},
        {"monitoring.lexicon.publish",
         {"/api/v1/monitoring/lexicon", "",
          *scan::ReadTextFile("data/demo/lexicon-pilkada-2024.json", kMaxLexiconBytes)}},
        {"monitoring.accounts.replace",
         {"/api/v1/monitoring/accounts", "",
          "account,platform,nip,name,agency,region\n@a,x,,A,B,35.13\n", "", "text/csv"}},
        // Pledges. Texts, keys, verification and signing are public; signing
        // with a wrong code must not leak whether the NIP exists elsewhere.
        {"pledges.texts.list", {"/api/v1/pledge-texts", ""}},
        {"pledges.texts.get", {"/api/v1/pledge-texts/1", ""}},
        {"pledges.texts.publish",
         {"/api/v1/pledge-texts", "",
          R"({"election":"pilkada-2024","kind":"ikrar","title":"IKRAR","text":"Naskah baru"})"}},
        {"pledges.keys", {"/api/v1/pledges/keys", ""}},
        {"pledges.sign",
         {"/api/v1/pledges/sign", "/api/v1/pledges/sign",
          R"({"nip":"198609262015052001","code":"0000-0000"})",
          R"({"nip":"197901012005011003","code":"0000-0000"})"}},
        {"pledges.mine", {"/api/v1/pledges/mine", ""}},
        {"pledges.certificates.pdf",
         {"/api/v1/pledges/certificates/" + cert_in_ + "/pdf",
          "/api/v1/pledges/certificates/" + cert_out_ + "/pdf"}},
        {"pledges.certificates.revoke",
         {"/api/v1/pledges/certificates/" + cert_in_ + "/revoke",
          "/api/v1/pledges/certificates/" + cert_out_ + "/revoke"}},
        {"pledges.verify", {"/api/v1/verifikasi/" + cert_in_, ""}},
        {"pledges.codes.issue",
         {"/api/v1/pledges/codes", "/api/v1/pledges/codes", R"({"nips":["198609262015052001"]})",
          R"({"nips":["197901012005011003"]})"}},
        {"pledges.coverage",
         {"/api/v1/pledges/coverage?region=35.13", "/api/v1/pledges/coverage?region=35.08"}},
        {"pledges.coverage.unsigned",
         {"/api/v1/pledges/coverage/unsigned.xlsx?region=35.13",
          "/api/v1/pledges/coverage/unsigned.xlsx?region=35.08"}},
        {"pledges.events.list",
         {"/api/v1/pledge-events?region=35.13", "/api/v1/pledge-events?region=35.08"}},
        {"pledges.events.create",
         {"/api/v1/pledge-events", "/api/v1/pledge-events",
          R"({"election":"pilkada-2024","title":"Apel","region_code":"35.13","starts_at":"2024-09-19T07:30:00+07:00","organizer":"Pemkab","sites":[{"name":"Kantor Bupati"}]})",
          R"({"election":"pilkada-2024","title":"Apel","region_code":"35.08","starts_at":"2024-09-19T07:30:00+07:00","organizer":"Pemkab","sites":[{"name":"Kantor Bupati"}]})"}},
        {"pledges.events.get", {"/api/v1/pledge-events/" + evi, "/api/v1/pledge-events/" + evo}},
        {"pledges.events.attendance.add",
         {"/api/v1/pledge-events/" + evi + "/attendance",
          "/api/v1/pledge-events/" + evo + "/attendance", R"({"nips":"198609262015052001"})",
          R"({"nips":"197901012005011003"})"}},
        {"pledges.events.attendance.list",
         {"/api/v1/pledge-events/" + evi + "/attendance",
          "/api/v1/pledge-events/" + evo + "/attendance"}},
        {"pledges.events.attachments.add",
         {"/api/v1/pledge-events/" + evi + "/attachments?kind=photo&file_name=a.png",
          "/api/v1/pledge-events/" + evo + "/attachments?kind=photo&file_name=a.png", kPng, kPng,
          "image/png"}},
        {"pledges.events.attachments.get",
         {"/api/v1/pledge-events/" + evi + "/attachments/" + std::to_string(attachment_in_),
          "/api/v1/pledge-events/" + evo + "/attachments/" + std::to_string(attachment_out_)}},
        {"pledges.events.paper_signatures",
         {"/api/v1/pledge-events/" + evi + "/paper-signatures",
          "/api/v1/pledge-events/" + evo + "/paper-signatures", R"({"nips":"198609262015052001"})",
          R"({"nips":"197901012005011003"})"}},
    };
  }

  http::Response Call(const http::RouteSpec& spec, Role role, const std::string& path_and_query,
                      const std::string& body, const std::string& content_type) {
    http::Request request;
    request.method = spec.method;
    std::string target = path_and_query;
    const auto code = target.find("{code}");
    if (code != std::string::npos) target.replace(code, 6, "35.13");
    request.target = target;
    const auto q = target.find('?');
    request.path = target.substr(0, q);
    if (q != std::string::npos) request.query = *http::ParseQuery(target.substr(q + 1));
    request.body = body;
    request.client_address = "127.0.0.1";
    request.headers.push_back({"content-type", content_type});
    if (role != Role::kPublik) {
      request.principal = http::Principal{9000, "matrix", role, "35.13", "csrf-token"};
      request.headers.push_back({"x-csrf-token", "csrf-token"});
    }
    return router_->Dispatch(request);
  }

  std::filesystem::path dir_;
  ManualClock clock_{1'726'700'000};
  std::unique_ptr<Store> store_;
  std::unique_ptr<EnforcementEnv> env_;
  SigningKey key_ = SigningKey::Generate();
  std::unique_ptr<api::ApiApp> app_;
  std::unique_ptr<http::Router> router_;
  std::int64_t agency_in_ = 0, agency_out_ = 0, employee_in_ = 0, employee_out_ = 0;
  std::int64_t target_in_ = 0, target_out_ = 0;
  std::int64_t case_in_ = 0, case_out_ = 0, report_in_ = 0, report_out_ = 0;
  std::int64_t officer_in_ = 0;
  std::int64_t alert_in_ = 0, alert_out_ = 0;
  std::int64_t hearing_in_ = 0, hearing_out_ = 0, evidence_in_ = 0, evidence_out_ = 0;
  std::int64_t finding_in_ = 0, finding_out_ = 0, document_in_ = 0, document_out_ = 0;
  std::string receipt_in_;
  static inline const std::string kPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
  std::int64_t event_in_ = 0, event_out_ = 0, attachment_in_ = 0, attachment_out_ = 0;
  std::string cert_in_, cert_out_;
};

TEST_F(AccessMatrixTest, EveryRouteDeniesUndeclaredRolesAndOutOfRegionObjects) {
  const auto cases = Cases();
  std::set<std::string> seen;
  int allowed_calls = 0;
  for (const http::RouteSpec& spec : router_->Routes()) {
    seen.insert(spec.name);
    const auto it = cases.find(spec.name);
    ASSERT_NE(it, cases.end()) << "route " << spec.name
                               << " has no case in access_matrix_test.cc: add one";
    const RouteCase& c = it->second;
    for (Role role : kAllRoles) {
      SCOPED_TRACE(spec.name + " as " + RoleName(role));
      const http::Response in = Call(spec, role, c.path_in, c.body_in, c.content_type);
      if (!spec.Allows(role)) {
        EXPECT_TRUE(in.status == 401 || in.status == 403)
            << "undeclared role got " << in.status << ": " << in.body;
        continue;
      }
      EXPECT_NE(in.status, 401) << in.body;
      if (c.object_role_code.empty() ||
          in.body.find("\"" + c.object_role_code + "\"") == std::string::npos) {
        EXPECT_NE(in.status, 403) << in.body;
      }
      if (in.status < 300) ++allowed_calls;
      if (c.path_out.empty()) continue;
      const http::Response out = Call(spec, role, c.path_out, c.body_out, c.content_type);
      EXPECT_GE(out.status, 400) << "out-of-region object was served: " << out.body;
      EXPECT_EQ(out.body.find("Lumajang"), std::string::npos) << out.body;
      EXPECT_EQ(out.body.find("Bambang"), std::string::npos) << out.body;
    }
  }
  for (const auto& [name, unused] : cases) {
    EXPECT_TRUE(seen.contains(name)) << "case for a route that no longer exists: " << name;
  }
  // The matrix is only meaningful if declared roles actually get through.
  EXPECT_GT(allowed_calls, 40);
}

TEST_F(AccessMatrixTest, ListsNeverIncludeOtherRegions) {
  for (const char* path :
       {"/api/v1/employees", "/api/v1/agencies", "/api/v1/users", "/api/v1/cases", "/api/v1/audit",
        "/api/v1/pledge-events", "/api/v1/pledges/coverage", "/api/v1/monitoring/alerts"}) {
    SCOPED_TRACE(path);
    const http::RouteSpec* spec = router_->Find("GET", path);
    ASSERT_NE(spec, nullptr);
    const http::Response response = Call(*spec, Role::kAdmin, path, "", "application/json");
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.body.find("35.08"), std::string::npos) << response.body;
  }
}

}  // namespace
}  // namespace netra
