// Enforcement through the real router, services and a SQLite store: a public
// report followed from registration to the PPK's sanction with the receipt
// code showing progress; late reports; duplicates joining one case; sealed
// identities opened only by the region's pengawas and audited; evidence
// checked by content and served without location metadata; escalation of a
// PPK who misses the deadline, driven by a ManualClock.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "api/app.h"
#include "service/audit_service.h"
#include "service/evidence_files.h"

namespace netra {
namespace {

using nlohmann::json;

// 2024-09-19 09:00 WIB.
constexpr std::int64_t kStart = 1'726'711'200;
const std::string kPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";

class EnforcementApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("netra-enf-api-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = std::move(OpenStore((dir_ / "netra.db").string())).value();
    const Region regions[] = {
        {"35", "", "Jawa Timur", RegionLevel::kProvince, TimeZone::kWib},
        {"35.13", "35", "Kabupaten Probolinggo", RegionLevel::kRegency, TimeZone::kWib},
        {"35.13.01", "35.13", "Kraksaan", RegionLevel::kDistrict, TimeZone::kWib},
        {"35.08", "35", "Kabupaten Lumajang", RegionLevel::kRegency, TimeZone::kWib},
    };
    ASSERT_TRUE(store_->UpsertRegions(regions).ok());
    const std::int64_t agency =
        store_->UpsertAgency({0, "35.13.DINKES", "Dinkes", "dinas", "35.13"})->id;
    Employee siti;
    siti.nip = "198609262015052001";
    siti.name = "Siti Aminah";
    siti.gender = 'P';
    siti.agency_id = agency;
    siti.region_code = "35.13";
    const Employee list[] = {siti};
    ASSERT_TRUE(store_->UpsertEmployees(list).ok());
    EnforcementOptions options;
    options.blob_dir = dir_ / "blobs";
    options.master_key_file = dir_ / "master.key";
    env_ = std::move(EnforcementEnv::Load(options)).value();
    app_ = std::make_unique<api::ApiApp>(
        *store_, clock_, *env_, api::PledgeWiring{key_, env_->blobs(), "http://netra.test"});
    router_ = std::make_unique<http::Router>(app_->BuildRouter());
  }

  void TearDown() override {
    app_->imports().WaitIdle();
    router_.reset();
    app_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  http::Response Call(const std::string& method, const std::string& target, Role role,
                      const std::string& region, const std::string& body = "",
                      const std::string& content_type = "application/json",
                      const http::Params& extra_headers = {}) {
    http::Request request;
    request.method = method;
    request.target = target;
    const auto q = target.find('?');
    request.path = target.substr(0, q);
    if (q != std::string::npos) request.query = *http::ParseQuery(target.substr(q + 1));
    request.body = body;
    request.client_address = "192.0.2.7";
    request.headers.push_back({"content-type", content_type});
    for (const auto& header : extra_headers) request.headers.push_back(header);
    if (role != Role::kPublik) {
      request.principal =
          http::Principal{42, std::string(RoleName(role)) + ".probolinggo", role, region, "csrf"};
      request.headers.push_back({"x-csrf-token", "csrf"});
    }
    return router_->Dispatch(request);
  }

  json Ok(const http::Response& response, int status = 200) {
    EXPECT_EQ(response.status, status) << response.body;
    return json::parse(response.body, nullptr, false);
  }

  json FileReport(const std::string& act_date, bool anonymous = true) {
    json body = {
        {"anonymous", anonymous},
        {"region_code", "35.13.01"},
        {"subject", {{"name", "Siti Aminah"}, {"agency", "Dinkes"}, {"nip", "198609262015052001"}}},
        {"description", "Memasang baliho calon nomor 2 di halaman puskesmas"},
        {"act_date", act_date},
        {"act_place", "Puskesmas Kraksaan"},
        {"witnesses", {{{"name", "Budi"}, {"contact", "0812"}}}}};
    if (!anonymous) {
      body["reporter"] = {{"name", "Rahmat Hidayat"},
                          {"nik", "3513010101900001"},
                          {"address", "Jl. Melati 7 Kraksaan"},
                          {"phone", "081299990000"}};
    }
    return Ok(Call("POST", "/api/v1/reports", Role::kPublik, "", body.dump()), 201);
  }

  json Move(std::int64_t id, Role role, const std::string& to, const json& fields) {
    return Ok(Call("POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", role, "35.13",
                   json{{"to", to}, {"fields", fields}}.dump()));
  }

  // A clarification hearing of the reported person, an hour ago.
  void Hear(std::int64_t id) {
    Ok(Call("POST", "/api/v1/cases/" + std::to_string(id) + "/hearings", Role::kPengawas, "35.13",
            json{{"held_at", clock_.Now() - 3600},
                 {"place", "Kantor Bawaslu Kabupaten Probolinggo"},
                 {"heard",
                  {{{"name", "Kepala Desa Sumberan"},
                    {"capacity", "terlapor"},
                    {"statement", "Mengakui hadir di deklarasi"}}}}}
                .dump()),
       201);
  }

  json Track(const std::string& code) {
    return Ok(Call("POST", "/api/v1/receipts/track", Role::kPublik, "",
                   json{{"receipt_code", code}}.dump()));
  }

  std::filesystem::path dir_;
  ManualClock clock_{kStart};
  std::unique_ptr<Store> store_;
  std::unique_ptr<EnforcementEnv> env_;
  SigningKey key_ = SigningKey::Generate();
  std::unique_ptr<api::ApiApp> app_;
  std::unique_ptr<http::Router> router_;
};

TEST_F(EnforcementApiTest, ReportFollowedFromRegistrationToSanctionByReceiptCode) {
  const json receipt = FileReport("2024-09-18");
  const std::string code = receipt["receipt_code"];
  EXPECT_EQ(code.size(), 23u);  // 4 groups of 5 with dashes
  EXPECT_FALSE(receipt["late"].get<bool>());
  const std::int64_t id = std::stoll(receipt["case_number"].get<std::string>().substr(3));

  // The pengawas's inbox has it, with the D3 follow-up deadline from receipt.
  json inbox = Ok(Call("GET", "/api/v1/cases", Role::kPengawas, "35.13"));
  ASSERT_EQ(inbox["total"], 1);
  EXPECT_EQ(inbox["items"][0]["deadline_rule"], "D3");
  EXPECT_EQ(inbox["items"][0]["deadline_at"], "2024-09-22T16:59:59Z");  // 3 days, 23:59:59 WIB
  EXPECT_EQ(inbox["items"][0]["subject"]["employee_id"].is_number(), true);

  Move(id, Role::kPengawas, "INITIAL_REVIEW", {{"handling_officer", "Andi"}});
  clock_.Advance(3600);
  Move(id, Role::kPengawas, "REGISTERED",
       {{"initial_review_summary", "Syarat formil dan materiil lengkap"},
        {"register_number", "001/Reg/LP/PB/Kab/16.13/IX/2024"}});
  Move(id, Role::kPengawas, "CLARIFICATION",
       {{"summoned_parties", "pelapor, terlapor, saksi"}, {"hearing_date", "2024-09-20"}});

  // The pengawas asks the reporter a question; the reporter answers by receipt code.
  json c = Ok(Call("GET", "/api/v1/cases/" + std::to_string(id), Role::kPengawas, "35.13"));
  const std::int64_t report_id = c["reports"][0]["id"];
  const json question =
      Ok(Call("POST", "/api/v1/cases/" + std::to_string(id) + "/questions", Role::kPengawas,
              "35.13", json{{"report_id", report_id}, {"question", "Jam berapa?"}}.dump()),
         201);
  Ok(Call("POST", "/api/v1/receipts/answers", Role::kPublik, "",
          json{{"receipt_code", code}, {"question_id", question["id"]}, {"answer", "Pukul 09.00"}}
              .dump()));

  clock_.Advance(86400);
  const json hearing =
      Ok(Call("POST", "/api/v1/cases/" + std::to_string(id) + "/hearings", Role::kPengawas, "35.13",
              json{{"held_at", clock_.Now() - 600},
                   {"place", "Kantor Bawaslu Kabupaten Probolinggo"},
                   {"heard",
                    {{{"name", "Siti Aminah"}, {"capacity", "terlapor"}, {"statement", "Mengakui"}},
                     {{"name", "Budi"}, {"capacity", "saksi"}, {"statement", "Melihat"}}}}}
                  .dump()),
         201);
  Ok(Call("POST",
          "/api/v1/cases/" + std::to_string(id) +
              "/evidence?file_name=ba.pdf&hearing_id=" + std::to_string(hearing["id"].get<int>()),
          Role::kPengawas, "35.13", kPdf, "application/pdf"),
     201);
  Move(id, Role::kPengawas, "STUDY", {{"clarification_record", "BA klarifikasi 20/9"}});
  // D4 (5 days from receipt) kept running into STUDY.
  c = Ok(Call("GET", "/api/v1/cases/" + std::to_string(id), Role::kPengawas, "35.13"));
  EXPECT_EQ(c["deadline_rule"], "D4");
  const json forwarded = Move(id, Role::kPengawas, "FORWARDED_BKN",
                              {{"study_conclusion", "Terbukti"},
                               {"plenary_date", "2024-09-21"},
                               {"violation_codes", "APK-INSTALL"},
                               {"recommendation_number", "012/Rek/IX/2024"}});
  EXPECT_EQ(forwarded["violation_codes"], json::array({"APK-INSTALL"}));
  // A pengawas may not make BKN's move.
  EXPECT_EQ(Call("POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", Role::kPengawas,
                 "35.13", R"({"to":"BKN_VERIFICATION","fields":{"verifier":"x"}})")
                .status,
            403);
  Move(id, Role::kPenilai, "BKN_VERIFICATION", {{"verifier", "Tim Satgas"}});
  const json awaiting = Move(id, Role::kPenilai, "AWAITING_PPK",
                             {{"verification_result", "Terbukti"}, {"ppk_letter_number", "B-77"}});
  EXPECT_EQ(awaiting["deadline_rule"], "D8");
  // A missing field is named.
  const http::Response missing =
      Call("POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", Role::kPpk, "35.13",
           R"({"to":"SANCTIONED","fields":{}})");
  EXPECT_EQ(missing.status, 400);
  EXPECT_NE(missing.body.find("decision_number"), std::string::npos);
  // The PPK's form offers the scales to choose from, the proposal among them.
  c = Ok(Call("GET", "/api/v1/cases/" + std::to_string(id), Role::kPpk, "35.13"));
  ASSERT_EQ(c["next_moves"][0]["to"], "SANCTIONED") << c["next_moves"].dump();
  const json& choices = c["next_moves"][0]["sanction_choices"];
  ASSERT_TRUE(choices.is_array() && !choices.empty()) << c["next_moves"].dump();
  const json& proposal = c["sanction_proposal"];
  bool offered = false;
  for (const json& scale : choices) {
    EXPECT_NE(scale["track"], "criminal");
    for (const json& level : scale["levels"]) {
      for (const json& p : level["penalties"]) {
        offered |= scale["track"] == proposal["track"] && level["level"] == proposal["level"] &&
                   p["code"] == proposal["penalty"];
      }
    }
  }
  EXPECT_TRUE(offered) << proposal.dump();
  // A decision without the chosen sanction is refused, naming it.
  const http::Response unchosen =
      Call("POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", Role::kPpk, "35.13",
           R"({"to":"SANCTIONED","fields":{"decision_number":"800/123/2024",)"
           R"("sanction":"Hukuman disiplin sedang"}})");
  EXPECT_EQ(unchosen.status, 400);
  EXPECT_NE(unchosen.body.find("sanction_required"), std::string::npos) << unchosen.body;
  EXPECT_NE(unchosen.body.find("sanction_track"), std::string::npos) << unchosen.body;
  const json sanctioned = Move(id, Role::kPpk, "SANCTIONED",
                               {{"decision_number", "800/123/2024"},
                                {"sanction_track", proposal["track"]},
                                {"sanction_level", proposal["level"]},
                                {"sanction_penalty", proposal["penalty"]}});
  EXPECT_EQ(sanctioned["status"], "SANCTIONED");
  EXPECT_TRUE(sanctioned["deadline_at"].is_null());

  // The receipt view shows every step and the answered question, nothing else.
  const json view = Track(code);
  EXPECT_EQ(view["status"], "SANCTIONED");
  std::vector<std::string> steps;
  for (const json& s : view["steps"]) steps.push_back(s["status"]);
  EXPECT_EQ(steps, (std::vector<std::string>{"RECEIVED", "INITIAL_REVIEW", "REGISTERED",
                                             "CLARIFICATION", "STUDY", "FORWARDED_BKN",
                                             "BKN_VERIFICATION", "AWAITING_PPK", "SANCTIONED"}));
  EXPECT_EQ(view["questions"][0]["answer"], "Pukul 09.00");
  EXPECT_EQ(view.dump().find("Andi"), std::string::npos);

  // History: who, when, fields; and the audit chain holds.
  c = Ok(Call("GET", "/api/v1/cases/" + std::to_string(id), Role::kAuditor, "35"));
  EXPECT_EQ(c["history"].size(), 8u);
  EXPECT_EQ(c["history"][7]["actor_role"], "ppk");
  // Each step lists the documents its move produces (none for the first).
  EXPECT_EQ(c["history"][0]["documents"], json::array());
  EXPECT_EQ(c["history"][7]["documents"], json::array({"surat keputusan penjatuhan hukuman"}));
  EXPECT_EQ(c["hearings"][0]["heard"].size(), 2u);
  const json audit =
      Ok(Call("GET", "/api/v1/audit?case_id=" + std::to_string(id), Role::kAuditor, "35.13"));
  EXPECT_GE(audit["total"].get<int>(), 13);
  AuditService verifier(*store_);
  auto verified = verifier.Verify();
  ASSERT_TRUE(verified.ok());
  EXPECT_TRUE(verified->ok()) << verified->problem;
}

TEST_F(EnforcementApiTest, LateReportIsAcceptedAndFlagged) {
  // Known on 2024-09-10: the 7-day window (D1) ended 2024-09-17 23:59:59 WIB.
  const json receipt = FileReport("2024-09-10");
  EXPECT_TRUE(receipt["late"].get<bool>());
  const json inbox = Ok(Call("GET", "/api/v1/cases", Role::kPengawas, "35.13"));
  EXPECT_TRUE(inbox["items"][0]["late"].get<bool>());
}

TEST_F(EnforcementApiTest, DuplicateReportsJoinOneCaseThatKeepsEveryReporter) {
  const json first = FileReport("2024-09-17");
  const json second = FileReport("2024-09-18", /*anonymous=*/false);
  EXPECT_TRUE(second["joined_existing"].get<bool>());
  EXPECT_EQ(first["case_number"], second["case_number"]);
  EXPECT_NE(first["receipt_code"], second["receipt_code"]);
  const json inbox = Ok(Call("GET", "/api/v1/cases", Role::kPengawas, "35.13"));
  EXPECT_EQ(inbox["total"], 1);
  const json c =
      Ok(Call("GET", "/api/v1/cases/" + inbox["items"][0]["id"].dump(), Role::kPengawas, "35.13"));
  EXPECT_EQ(c["reports"].size(), 2u);
  // An act a week apart is another matter.
  const json third = FileReport("2024-09-10");
  EXPECT_FALSE(third["joined_existing"].get<bool>());
}

TEST_F(EnforcementApiTest, IdentityOpensOnlyForTheRegionsPengawasAndEachOpeningIsAudited) {
  FileReport("2024-09-18", /*anonymous=*/false);
  const json inbox = Ok(Call("GET", "/api/v1/cases", Role::kPengawas, "35.13"));
  const std::string id = inbox["items"][0]["id"].dump();
  const json c = Ok(Call("GET", "/api/v1/cases/" + id, Role::kPengawas, "35.13"));
  EXPECT_EQ(c.dump().find("Rahmat"), std::string::npos);
  EXPECT_EQ(c.dump().find("3513010101900001"), std::string::npos);
  const std::string path =
      "/api/v1/cases/" + id + "/reports/" + c["reports"][0]["id"].dump() + "/identity";
  const std::string body = R"({"purpose":"Undangan klarifikasi pelapor"})";
  EXPECT_EQ(Call("POST", path, Role::kPengawas, "35.08", body).status, 404);
  EXPECT_EQ(Call("POST", path, Role::kAuditor, "35.13", body).status, 403);
  EXPECT_EQ(Call("POST", path, Role::kPengawas, "35.13", "{}").status, 400);
  const json who = Ok(Call("POST", path, Role::kPengawas, "35.13", body));
  EXPECT_EQ(who["name"], "Rahmat Hidayat");
  EXPECT_EQ(who["nik"], "3513010101900001");
  const json audit = Ok(Call("GET", "/api/v1/audit?region=35.13", Role::kAuditor, "35.13"));
  EXPECT_EQ(audit["items"][0]["action"], "identity.open");
  EXPECT_EQ(audit["items"][0]["actor"], "pengawas.probolinggo");
  EXPECT_EQ(audit["items"][0]["detail"]["purpose"], "Undangan klarifikasi pelapor");
}

TEST_F(EnforcementApiTest, EvidenceIsCheckedByContentAndServedToOthersWithoutLocation) {
  const json receipt = FileReport("2024-09-18");
  const std::string code = receipt["receipt_code"];
  const http::Params header = {{"x-receipt-code", code}};
  // A script renamed .jpg is refused by content.
  const http::Response script =
      Call("POST", "/api/v1/receipts/evidence?file_name=foto.jpg", Role::kPublik, "",
           "#!/bin/sh\nrm -rf /\n", "image/jpeg", header);
  EXPECT_EQ(script.status, 400);
  EXPECT_NE(script.body.find("unsupported_evidence_type"), std::string::npos);
  const json stored = Ok(Call("POST", "/api/v1/receipts/evidence?file_name=surat.pdf",
                              Role::kPublik, "", kPdf, "application/pdf", header),
                         201);
  EXPECT_EQ(stored["media_type"], "application/pdf");
  EXPECT_EQ(stored["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(Track(code)["evidence_files"], 1);
  // A wrong code is refused and counted.
  EXPECT_EQ(Call("POST", "/api/v1/receipts/evidence", Role::kPublik, "", kPdf, "application/pdf",
                 {{"x-receipt-code", "AAAAA-AAAAA-AAAAA-AAAAA"}})
                .status,
            404);
  const std::string id =
      std::to_string(std::stoll(receipt["case_number"].get<std::string>().substr(3)));
  const http::Response shown = Call(
      "GET", "/api/v1/cases/" + id + "/evidence/" + stored["id"].dump(), Role::kAuditor, "35.13");
  EXPECT_EQ(shown.status, 200);
  EXPECT_EQ(shown.body, kPdf);
  EXPECT_EQ(
      Call("GET", "/api/v1/cases/" + id + "/evidence/" + stored["id"].dump() + "?original=true",
           Role::kAuditor, "35.13")
          .status,
      403);
  const json audit = Ok(Call("GET", "/api/v1/audit?case_id=" + id, Role::kAuditor, "35.13"));
  EXPECT_EQ(audit["items"][0]["action"], "evidence.read");
}

TEST_F(EnforcementApiTest, WrongReceiptCodesAreThrottledPerAddress) {
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(Call("POST", "/api/v1/receipts/track", Role::kPublik, "",
                   R"({"receipt_code":"AAAAA-AAAAA-AAAAA-AAAAA"})")
                  .status,
              404);
  }
  const http::Response blocked = Call("POST", "/api/v1/receipts/track", Role::kPublik, "",
                                      R"({"receipt_code":"AAAAA-AAAAA-AAAAA-AAAAA"})");
  EXPECT_EQ(blocked.status, 429);
  EXPECT_NE(blocked.body.find("receipt_throttled"), std::string::npos);
  clock_.Advance(16 * 60);
  EXPECT_EQ(Call("POST", "/api/v1/receipts/track", Role::kPublik, "",
                 R"({"receipt_code":"AAAAA-AAAAA-AAAAA-AAAAA"})")
                .status,
            404);
}

TEST_F(EnforcementApiTest, FindingOpensACaseAndOverduePpkIsRemindedThenFlaggedToBkn) {
  const json finding = Ok(Call("POST", "/api/v1/findings", Role::kPengawas, "35.13",
                               json{{"region_code", "35.13"},
                                    {"subject_name", "Kepala Desa Sumberan"},
                                    {"summary", "Hadir di deklarasi paslon"},
                                    {"act_date", "2024-09-18"},
                                    {"act_place", "Balai desa"},
                                    {"violation_codes", "DECLARATION-ATTEND"}}
                                   .dump()),
                          201);
  EXPECT_EQ(finding["number"].get<std::string>().substr(0, 3), "TM-");
  const std::int64_t id = finding["id"];
  Move(id, Role::kPengawas, "INITIAL_REVIEW", {{"handling_officer", "Andi"}});
  Move(id, Role::kPengawas, "REGISTERED",
       {{"initial_review_summary", "Lengkap"}, {"register_number", "002/TM"}});
  Move(id, Role::kPengawas, "CLARIFICATION",
       {{"summoned_parties", "terlapor"}, {"hearing_date", "2024-09-20"}});
  Hear(id);
  Move(id, Role::kPengawas, "STUDY", {{"clarification_record", "BA"}});
  Move(id, Role::kPengawas, "FORWARDED_BKN",
       {{"study_conclusion", "Terbukti"},
        {"plenary_date", "2024-09-21"},
        {"violation_codes", "DECLARATION-ATTEND"},
        {"recommendation_number", "013/Rek"}});
  Move(id, Role::kPenilai, "BKN_VERIFICATION", {{"verifier", "Satgas"}});
  const json awaiting = Move(id, Role::kPenilai, "AWAITING_PPK",
                             {{"verification_result", "Terbukti"}, {"ppk_letter_number", "B-78"}});
  EXPECT_EQ(awaiting["deadline_rule"], "D8");

  CaseService& cases = app_->cases();
  EXPECT_EQ(cases.RunEscalation()->reminded, 0);
  clock_.Advance(11 * 86400);  // past the 10-day D8 deadline
  json inbox = Ok(Call("GET", "/api/v1/cases?actionable=true", Role::kPpk, "35.13"));
  ASSERT_EQ(inbox["total"], 1);
  EXPECT_TRUE(inbox["items"][0]["overdue"].get<bool>());
  auto pass = cases.RunEscalation();
  ASSERT_TRUE(pass.ok());
  EXPECT_EQ(pass->reminded, 1);
  EXPECT_EQ(pass->flagged, 0);
  EXPECT_EQ(cases.RunEscalation()->reminded, 0);  // once only
  clock_.Advance(3 * 86400 + 1);
  pass = cases.RunEscalation();
  EXPECT_EQ(pass->flagged, 1);
  inbox = Ok(Call("GET", "/api/v1/cases?actionable=true", Role::kPenilai, "35.13"));
  ASSERT_EQ(inbox["total"], 1);
  EXPECT_EQ(inbox["items"][0]["escalation"], "flagged_bkn");
  const json audit =
      Ok(Call("GET", "/api/v1/audit?case_id=" + std::to_string(id), Role::kAuditor, "35.13"));
  EXPECT_EQ(audit["items"][0]["action"], "case.flagged_bkn");
  EXPECT_EQ(audit["items"][1]["action"], "case.ppk_reminder");
}

TEST_F(EnforcementApiTest, ReportInputErrorsNameTheField) {
  const auto post = [&](const std::string& body) {
    return Call("POST", "/api/v1/reports", Role::kPublik, "", body);
  };
  EXPECT_NE(
      post(
          R"({"region_code":"35.13","subject":{"name":"X"},"description":"d","act_date":"2024-02-30","act_place":"p"})")
          .body.find("act_date"),
      std::string::npos);
  EXPECT_NE(
      post(
          R"({"anonymous":false,"region_code":"35.13","subject":{"name":"X"},"description":"d","act_date":"2024-09-18","act_place":"p"})")
          .body.find("reporter"),
      std::string::npos);
  EXPECT_EQ(
      post(
          R"({"region_code":"99.99","subject":{"name":"X"},"description":"d","act_date":"2024-09-18","act_place":"p"})")
          .status,
      404);
  EXPECT_EQ(
      post(
          R"({"region_code":"35.13","subject":{"name":"X"},"description":"d","act_date":"2024-09-30","act_place":"p"})")
          .status,
      400);  // in the future
}

}  // namespace
}  // namespace netra

namespace netra {
namespace {

// The text of a PDF as pdftotext extracts it.
TEST_F(EnforcementApiTest, InboxFiltersRunOnTheServerAndBadParametersAreNamed) {
  const std::int64_t siti = store_->GetEmployeeByNip("198609262015052001")->id;
  const auto find = [&](const json& body) -> std::int64_t {
    json full = {{"region_code", "35.13"}, {"act_place", "Kraksaan"}};
    full.update(body);
    return Ok(Call("POST", "/api/v1/findings", Role::kPengawas, "35.13", full.dump()), 201)["id"];
  };
  // Two findings that will be overdue (D3 ends 2024-09-22 23:59:59 WIB).
  const std::int64_t f1 = find({{"subject_employee_id", siti},
                                {"summary", "Memasang baliho di kantor"},
                                {"act_date", "2024-09-18"},
                                {"violation_codes", "APK-INSTALL"}});
  const std::int64_t f2 = find({{"subject_name", "Budi Santoso"},
                                {"summary", "Mengunggah ajakan 100% memilih"},
                                {"act_date", "2024-09-15"},
                                {"violation_codes", "SOC-POST"}});
  clock_.Advance(4 * 86400);  // 2024-09-23 09:00 WIB
  // One that will be due soon (ends 2024-09-26 23:59:59 WIB), one without a deadline.
  const std::int64_t f3 = find({{"subject_name", "Dewi Lestari"},
                                {"summary", "Hadir di kampanye"},
                                {"act_date", "2024-09-20"},
                                {"violation_codes", "SOC-POST, CAMPAIGN-ATTEND"}});
  const std::int64_t f4 = find({{"subject_name", "Joko Widodo"},
                                {"summary", "Laporan tanpa syarat"},
                                {"act_date", "2024-09-21"}});
  Move(f4, Role::kPengawas, "INITIAL_REVIEW", {{"handling_officer", "Andi"}});
  Move(f4, Role::kPengawas, "NOT_REGISTERED",
       {{"initial_review_summary", "Tidak lengkap"}, {"reason", "Syarat tidak terpenuhi"}});
  clock_.Advance(2 * 86400);  // 2024-09-25 09:00 WIB: f3 ends within two days
  // A late public report (known 2024-09-01): D3 from today, more than two days away.
  const std::string late_number = FileReport("2024-09-01")["case_number"];
  const std::int64_t r1 = std::stoll(late_number.substr(3));

  const auto ids = [&](const std::string& query) {
    const json page = Ok(Call("GET", "/api/v1/cases?" + query, Role::kPenilai, ""));
    std::vector<std::int64_t> out;
    for (const json& c : page["items"]) out.push_back(c["id"]);
    EXPECT_EQ(page["total"].get<std::int64_t>(), static_cast<std::int64_t>(out.size())) << query;
    return out;
  };
  using Ids = std::vector<std::int64_t>;
  // Overdue first, then due by deadline, then without one; CLOSED left out.
  EXPECT_EQ(ids(""), (Ids{f1, f2, f3, r1, f4}));
  EXPECT_EQ(ids("violation=SOC-POST"), (Ids{f2, f3}));
  EXPECT_EQ(ids("violation=CAMPAIGN-ATTEND"), (Ids{f3}));
  EXPECT_EQ(ids("violation=VOTE-BUYING"), (Ids{}));
  EXPECT_EQ(ids("deadline=overdue"), (Ids{f1, f2}));
  EXPECT_EQ(ids("deadline=due_soon"), (Ids{f3}));
  EXPECT_EQ(ids("deadline=none"), (Ids{f4}));
  EXPECT_EQ(ids("deadline=any"), (Ids{f1, f2, f3, r1}));
  for (const json& c :
       Ok(Call("GET", "/api/v1/cases?deadline=overdue", Role::kPenilai, ""))["items"]) {
    EXPECT_TRUE(c["overdue"].get<bool>());
  }
  EXPECT_EQ(ids("q=budi"), (Ids{f2}));
  EXPECT_EQ(ids("q=SITI"), (Ids{f1, r1}));  // the report names Siti Aminah too
  EXPECT_EQ(ids("q=1986%200926"), (Ids{f1, r1}));
  EXPECT_EQ(ids("q=100%25"), (Ids{f2}));
  EXPECT_EQ(ids("q=%25"), (Ids{f2}));
  EXPECT_EQ(ids("q=%20kampanye%20"), (Ids{f3}));
  EXPECT_EQ(ids("origin=report"), (Ids{r1}));
  EXPECT_EQ(ids("origin=finding"), (Ids{f1, f2, f3, f4}));
  EXPECT_EQ(ids("late=true"), (Ids{r1}));
  EXPECT_EQ(ids("late=false"), (Ids{f1, f2, f3, f4}));
  EXPECT_EQ(ids("act_from=2024-09-16&act_to=2024-09-20"), (Ids{f1, f3}));
  EXPECT_EQ(ids("act_to=2024-09-10"), (Ids{r1}));
  EXPECT_EQ(ids("origin=finding&violation=SOC-POST&deadline=overdue&q=budi"), (Ids{f2}));
  EXPECT_EQ(ids("include_closed=true&deadline=none&origin=finding"), (Ids{f4}));
  // Out of the caller's region: nothing leaks through a filter.
  EXPECT_EQ(
      Call("GET", "/api/v1/cases?region=35.13&violation=SOC-POST", Role::kPengawas, "35.08").status,
      404);
  const json page2 =
      Ok(Call("GET", "/api/v1/cases?origin=finding&offset=1&limit=2", Role::kPenilai, ""));
  EXPECT_EQ(page2["total"], 4);
  ASSERT_EQ(page2["items"].size(), 2u);
  EXPECT_EQ(page2["items"][0]["id"], f2);
  EXPECT_EQ(page2["items"][1]["id"], f3);

  // Each bad parameter is a 400 problem naming it, in both languages.
  const auto refused = [&](const std::string& query, const std::string& name) {
    const http::Response r = Call("GET", "/api/v1/cases?" + query, Role::kPenilai, "");
    EXPECT_EQ(r.status, 400) << query << ": " << r.body;
    const json problem = json::parse(r.body, nullptr, false);
    EXPECT_EQ(problem["status"], 400) << r.body;
    EXPECT_NE(problem["detail"].get<std::string>().find("Parameter '" + name + "'"),
              std::string::npos)
        << r.body;
    EXPECT_NE(problem["detail_en"].get<std::string>().find("Parameter '" + name + "'"),
              std::string::npos)
        << r.body;
  };
  refused("violation=NOT-A-CODE", "violation");
  refused("violation=" + std::string(60, 'A'), "violation");
  refused("deadline=soon", "deadline");
  refused("q=" + std::string(101, 'x'), "q");
  refused("q=a%01b", "q");
  refused("q=%FF%FE", "q");
  refused("origin=alert", "origin");
  refused("late=maybe", "late");
  refused("act_from=2024-13-01", "act_from");
  refused("act_to=20240901", "act_to");
  refused("act_from=2024-09-21&act_to=2024-09-20", "act_from");
  refused("limit=0", "limit");
}

std::string PdfText(const std::filesystem::path& dir, const std::string& pdf) {
  const std::filesystem::path file = dir / "doc.pdf";
  {
    std::ofstream out(file, std::ios::binary);
    out << pdf;
  }
  std::string text;
  FILE* pipe = ::popen(("pdftotext -layout " + file.string() + " -").c_str(), "r");
  if (pipe == nullptr) return text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
  ::pclose(pipe);
  return text;
}

TEST_F(EnforcementApiTest, MovesGenerateNumberedDocumentsThatStaffDownload) {
  const json finding = Ok(Call("POST", "/api/v1/findings", Role::kPengawas, "35.13",
                               json{{"region_code", "35.13"},
                                    {"subject_name", "Kepala Desa Sumberan"},
                                    {"summary", "Hadir di deklarasi paslon"},
                                    {"act_date", "2024-09-18"},
                                    {"act_place", "Balai desa"},
                                    {"violation_codes", "DECLARATION-ATTEND"}}
                                   .dump()),
                          201);
  const std::int64_t id = finding["id"];
  const std::string path = "/api/v1/cases/" + std::to_string(id);
  Move(id, Role::kPengawas, "INITIAL_REVIEW", {{"handling_officer", "Andi"}});
  Move(id, Role::kPengawas, "REGISTERED",
       {{"initial_review_summary", "Lengkap"}, {"register_number", "002/Reg/TM/IX/2024"}});
  Move(id, Role::kPengawas, "CLARIFICATION",
       {{"summoned_parties", "terlapor"}, {"hearing_date", "2024-09-20"}});
  // The clarification record records a hearing: without one the move is refused.
  const http::Response unheard = Call("POST", path + "/transitions", Role::kPengawas, "35.13",
                                      R"({"to":"STUDY","fields":{"clarification_record":"BA"}})");
  EXPECT_EQ(unheard.status, 400) << unheard.body;
  EXPECT_NE(unheard.body.find("hearing_missing"), std::string::npos);
  Hear(id);
  Move(id, Role::kPengawas, "STUDY", {{"clarification_record", "BA"}});
  Move(id, Role::kPengawas, "FORWARDED_BKN",
       {{"study_conclusion", "Terbukti hadir dan mendukung paslon"},
        {"plenary_date", "2024-09-21"},
        {"violation_codes", "DECLARATION-ATTEND"},
        {"recommendation_number", "013/Rek"}});

  const json c = Ok(Call("GET", path, Role::kPenilai, "35"));
  ASSERT_EQ(c["documents"].size(), 3u) << c["documents"].dump();
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"BA-KLA", "001/BA-KLA/PK/Kab/35.13/IX/2024"},
      {"KAJ", "001/KAJ/PK/Kab/35.13/IX/2024"},
      {"REK", "001/REK/PK/Kab/35.13/IX/2024"}};
  const std::vector<std::string> titles = {"KLARIFIKASI", "KAJIAN",
                                           "Kepala Badan Kepegawaian Negara"};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const json& doc = c["documents"][i];
    EXPECT_EQ(doc["kind"], expected[i].first);
    EXPECT_EQ(doc["number"], expected[i].second);
    EXPECT_EQ(doc["sha256"].get<std::string>().size(), 64u);
    const http::Response pdf = Call("GET", doc["url"], Role::kPenilai, "35");
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
    EXPECT_EQ(*env_->blobs().Get(doc["sha256"].get<std::string>()), pdf.body);
    const std::string text = PdfText(dir_, pdf.body);
    EXPECT_NE(text.find("002/Reg/TM/IX/2024"), std::string::npos) << text;
    EXPECT_NE(text.find(expected[i].second), std::string::npos) << text;
    EXPECT_NE(text.find(titles[i]), std::string::npos) << text;
  }
  // Each step of the history knows its documents by the transition id.
  EXPECT_EQ(c["documents"][0]["transition_id"], c["history"][3]["id"]);
  EXPECT_EQ(c["documents"][2]["transition_id"], c["history"][4]["id"]);

  // Outside the region, the document does not exist; the public never sees it.
  const std::string url = c["documents"][0]["url"];
  EXPECT_EQ(Call("GET", url, Role::kPengawas, "35.08").status, 404);
  EXPECT_EQ(Call("GET", url, Role::kPublik, "").status, 401);

  // A second case in the office and year takes the next number.
  const json second = Ok(Call("POST", "/api/v1/findings", Role::kPengawas, "35.13",
                              json{{"region_code", "35.13.01"},
                                   {"subject_name", "Camat Kraksaan"},
                                   {"summary", "Hadir di kampanye"},
                                   {"act_date", "2024-09-18"},
                                   {"act_place", "Lapangan"}}
                                  .dump()),
                         201);
  const std::int64_t id2 = second["id"];
  Move(id2, Role::kPengawas, "INITIAL_REVIEW", {{"handling_officer", "Andi"}});
  Move(id2, Role::kPengawas, "REGISTERED",
       {{"initial_review_summary", "Lengkap"}, {"register_number", "003/TM"}});
  Move(id2, Role::kPengawas, "CLARIFICATION",
       {{"summoned_parties", "terlapor"}, {"hearing_date", "2024-09-20"}});
  Hear(id2);
  Move(id2, Role::kPengawas, "STUDY", {{"clarification_record", "BA"}});
  const json c2 = Ok(Call("GET", "/api/v1/cases/" + std::to_string(id2), Role::kPengawas, "35.13"));
  EXPECT_EQ(c2["documents"][0]["number"], "002/BA-KLA/PK/Kab/35.13/IX/2024");

  // Generation and every download are on the audit chain.
  const json audit =
      Ok(Call("GET", "/api/v1/audit?case_id=" + std::to_string(id), Role::kAuditor, "35.13"));
  int generated = 0, read = 0;
  for (const json& a : audit["items"]) {
    generated += a["action"] == "document.generated";
    read += a["action"] == "document.read";
  }
  EXPECT_EQ(generated, 3);
  EXPECT_EQ(read, 3);
  AuditService verifier(*store_);
  auto verified = verifier.Verify();
  ASSERT_TRUE(verified.ok()) << verified.status().ToString();
}

}  // namespace
}  // namespace netra

namespace netra {
namespace {

TEST_F(EnforcementApiTest, SanctionProposalIsShownAndAChosenSanctionThatDiffersNeedsAReason) {
  const std::int64_t siti = store_->GetEmployeeByNip("198609262015052001")->id;
  const json finding = Ok(Call("POST", "/api/v1/findings", Role::kPengawas, "35.13",
                               json{{"region_code", "35.13"},
                                    {"subject_employee_id", siti},
                                    {"summary", "Memasang baliho paslon di kantor"},
                                    {"act_date", "2024-09-18"},
                                    {"act_place", "Kantor dinas"},
                                    {"violation_codes", "APK-INSTALL"}}
                                   .dump()),
                          201);
  const std::int64_t id = finding["id"];
  const std::string path = "/api/v1/cases/" + std::to_string(id);
  const json c = Ok(Call("GET", path, Role::kPengawas, "35.13"));
  const json& proposal = c["sanction_proposal"];
  ASSERT_TRUE(proposal.is_object()) << c.dump();
  EXPECT_TRUE(proposal["employee_known"].get<bool>());
  EXPECT_EQ(proposal["by_code"][0]["code"], "APK-INSTALL");
  ASSERT_TRUE(proposal["track"].is_string()) << proposal.dump();
  EXPECT_FALSE(proposal["summary"].get<std::string>().empty());
  EXPECT_NE(proposal["legal_basis"].get<std::string>().find("SKB"), std::string::npos)
      << proposal.dump();
  const std::string track = proposal["track"], level = proposal["level"],
                    penalty = proposal["penalty"];

  Move(id, Role::kPengawas, "INITIAL_REVIEW", {{"handling_officer", "Andi"}});
  Move(id, Role::kPengawas, "REGISTERED",
       {{"initial_review_summary", "Lengkap"}, {"register_number", "004/TM"}});
  Move(id, Role::kPengawas, "CLARIFICATION",
       {{"summoned_parties", "terlapor"}, {"hearing_date", "2024-09-20"}});
  Hear(id);
  Move(id, Role::kPengawas, "STUDY", {{"clarification_record", "BA"}});
  json forward = {{"study_conclusion", "Terbukti"},    {"plenary_date", "2024-09-21"},
                  {"violation_codes", "APK-INSTALL"},  {"recommendation_number", "014/Rek"},
                  {"sanction_track", "discipline"},    {"sanction_level", "heavy"},
                  {"sanction_penalty", "demotion_12m"}};
  ASSERT_NE(level, "heavy");  // the choice below differs from the proposal
  const http::Response unexplained =
      Call("POST", path + "/transitions", Role::kPengawas, "35.13",
           json{{"to", "FORWARDED_BKN"}, {"fields", forward}}.dump());
  EXPECT_EQ(unexplained.status, 400);
  EXPECT_NE(unexplained.body.find("override_reason"), std::string::npos) << unexplained.body;
  forward["sanction_penalty"] = "no_such_penalty";
  forward["override_reason"] = "Dilakukan berulang dan memengaruhi bawahan";
  EXPECT_EQ(Call("POST", path + "/transitions", Role::kPengawas, "35.13",
                 json{{"to", "FORWARDED_BKN"}, {"fields", forward}}.dump())
                .status,
            400);
  forward["sanction_penalty"] = "demotion_12m";
  Move(id, Role::kPengawas, "FORWARDED_BKN", forward);
  Move(id, Role::kPenilai, "BKN_VERIFICATION", {{"verifier", "Satgas"}});
  Move(id, Role::kPenilai, "AWAITING_PPK",
       {{"verification_result", "Terbukti"}, {"ppk_letter_number", "B-79"}});
  // The PPK's sanction is checked like the recommendation's: part of one is
  // refused, and so is a different one without a reason.
  const std::string transitions = path + "/transitions";
  const http::Response partial = Call("POST", transitions, Role::kPpk, "35.13",
                                      json{{"to", "SANCTIONED"},
                                           {"fields",
                                            {{"decision_number", "800/9/2024"},
                                             {"sanction_track", track},
                                             {"sanction_level", level},
                                             {"sanction_penalty", ""}}}}
                                          .dump());
  EXPECT_EQ(partial.status, 400);
  EXPECT_NE(partial.body.find("sanction_penalty"), std::string::npos) << partial.body;
  const http::Response heavier = Call("POST", transitions, Role::kPpk, "35.13",
                                      json{{"to", "SANCTIONED"},
                                           {"fields",
                                            {{"decision_number", "800/9/2024"},
                                             {"sanction_track", "discipline"},
                                             {"sanction_level", "heavy"},
                                             {"sanction_penalty", "pdhtaps"}}}}
                                          .dump());
  EXPECT_EQ(heavier.status, 400);
  EXPECT_NE(heavier.body.find("override_reason_required"), std::string::npos) << heavier.body;
  // The PPK takes the proposal as it is: no reason needed.
  Move(id, Role::kPpk, "SANCTIONED",
       {{"decision_number", "800/9/2024"},
        {"sanction_track", track},
        {"sanction_level", level},
        {"sanction_penalty", penalty}});
  const json after = Ok(Call("GET", path, Role::kAuditor, "35"));
  const std::string proposed = track + ":" + level + ":" + penalty;
  EXPECT_EQ(after["history"][4]["fields"]["sanction_proposed"], proposed);
  EXPECT_EQ(after["history"][4]["fields"]["override_reason"],
            "Dilakukan berulang dan memengaruhi bawahan");
  EXPECT_EQ(after["history"][7]["fields"]["sanction_proposed"], proposed);
  // A violation code outside the catalog is refused by name.
  const http::Response unknown = Call("POST", "/api/v1/findings", Role::kPengawas, "35.13",
                                      json{{"region_code", "35.13"},
                                           {"subject_name", "X"},
                                           {"summary", "Temuan"},
                                           {"act_date", "2024-09-18"},
                                           {"act_place", "Dringu"},
                                           {"violation_codes", "APK-INSTALL, NOT-A-CODE"}}
                                          .dump());
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("Kode pelanggaran tidak dikenal: NOT-A-CODE"), std::string::npos)
      << unknown.body;
  EXPECT_NE(unknown.body.find("unknown_violation"), std::string::npos) << unknown.body;
  // Netra sets sanction_proposed; an officer cannot.
  const http::Response spoofed =
      Call("POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", Role::kPenilai, "35.13",
           R"({"to":"CLOSED","fields":{"idis_entry":"I-1","sanction_proposed":"ethics:moral:x"}})");
  EXPECT_EQ(spoofed.status, 400);
}

}  // namespace
}  // namespace netra
