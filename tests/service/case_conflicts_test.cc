// Conflicts of interest in cases (issue 4 point 7) against a real SQLite
// store: a PPK who is an incumbent candidate cannot decide and the decision
// goes one level up (past a governor who runs too); a handling officer from
// the reported person's or the finder's agency, or the reported person
// itself, cannot act and hands over to a colleague, or to the Bawaslu above
// when the office has none; handovers are audited; accounts link to
// employees only within the admin's region.
#include "service/case_conflicts.h"

#include <gtest/gtest.h>

#include "service/case_handling_service.h"
#include "service/case_service.h"
#include "service/user_service.h"
#include "service_fixture.h"
#include "store/case_handling_store.h"

namespace netra {
namespace {

constexpr std::int64_t kDuringCampaign = 1'728'000'000;  // 2024-10-04
constexpr std::int64_t kYearAfter = 1'767'225'600;       // 2026-01-01

class CaseConflictsTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    clock_.Advance(kDuringCampaign - clock_.Now());
    EnforcementOptions options;
    options.blob_dir = dir_ / "blobs";
    options.master_key_file = dir_ / "master.key";
    env_ = std::move(EnforcementEnv::Load(options)).value();
    cases_ = std::make_unique<CaseService>(*store_, clock_, *env_);
    handling_ = std::make_unique<CaseHandlingService>(*store_, clock_);

    dinkes_ = Agency("35.13.DINKES", "Dinas Kesehatan Kabupaten Probolinggo", "35.13");
    setda_ = Agency("35.13.SETDA", "Sekretariat Daerah Kabupaten Probolinggo", "35.13");
    disdik_prov_ = Agency("35.DISDIK", "Dinas Pendidikan Provinsi Jawa Timur", "35");
    pesawaran_ = Agency("18.09.DINKES", "Dinas Kesehatan Kabupaten Pesawaran", "18.09");
    std::vector<Employee> people = {
        Person("198609262015052001", "Siti Aminah", dinkes_, "35.13.15"),
        Person("198001012005011002", "Budi Santoso", dinkes_, "35.13"),
        Person("198502022010012003", "Ani Lestari", setda_, "35.13"),
        Person("197903032006041004", "Guru Provinsi", disdik_prov_, "35.13"),
        Person("199004042015031005", "Rina Pesawaran", pesawaran_, "18.09")};
    ASSERT_TRUE(store_->UpsertEmployees(people).ok());

    Election e{0, "pilkada-2024", "Pilkada 2024", "pilkada", "2024-11-27"};
    election_ = store_->UpsertElection(e)->id;
    const ElectionStage stages[] = {
        {election_, 1, "pendaftaran_pemantau", "Pemantau", "2024-02-27", "2024-11-16", "PKPU"},
        {election_, 2, "rekapitulasi", "Rekapitulasi", "2024-11-27", "2024-12-16", "PKPU"}};
    ASSERT_TRUE(store_->ReplaceElectionStages(election_, stages).ok());
    AddContest("35.13", "bupati", true);
    AddContest("18.09", "bupati", true);

    budi_ = User("pengawas.budi", Role::kPengawas, "35.13", "198001012005011002");
    ani_ = User("pengawas.ani", Role::kPengawas, "35.13", "198502022010012003");
    jatim_ = User("pengawas.jatim", Role::kPengawas, "35", "");
    ppk_regency_ = User("ppk.probolinggo", Role::kPpk, "35.13", "");
    ppk_province_ = User("ppk.jatim", Role::kPpk, "35", "");
    ppk_nation_ = User("ppk.kemendagri", Role::kPpk, "", "");
  }

  std::int64_t Agency(const std::string& code, const std::string& name, const std::string& region) {
    return store_->UpsertAgency({0, code, name, "dinas", region})->id;
  }

  Employee Person(const std::string& nip, const std::string& name, std::int64_t agency,
                  const std::string& region) {
    Employee p;
    p.nip = nip;
    p.name = name;
    p.gender = 'L';
    p.agency_id = agency;
    p.region_code = region;
    return p;
  }

  void AddContest(const std::string& region, const std::string& office, bool incumbent) {
    const netra::Contest contest =
        *store_->UpsertContest({0, election_, region, "Wilayah " + region, office});
    Candidate k;
    k.contest_id = contest.id;
    k.number = 1;
    k.head = {"Calon " + region};
    k.incumbent = incumbent;
    ASSERT_TRUE(store_->UpsertCandidate(k).ok());
  }

  Caller User(const std::string& username, Role role, const std::string& region,
              const std::string& nip) {
    UserService users(*store_, clock_);
    auto user =
        users.CreateUnchecked({username, username, role, region, "kata-sandi-panjang", nip});
    EXPECT_TRUE(user.ok()) << user.status().ToString();
    return Caller{user->id, username, role, region};
  }

  std::int64_t EmployeeId(const std::string& nip) { return store_->GetEmployeeByNip(nip)->id; }

  // A case already waiting for the PPK about `nip`, acted on `act_date`.
  std::int64_t AwaitingPpk(const std::string& nip, const std::string& act_date) {
    CaseRecord c;
    c.origin = "finding";
    c.region_code = "35.13";
    c.election_kind = "pilkada";
    c.status = CaseStatus::kAwaitingPpk;
    c.subject_employee_id = EmployeeId(nip);
    c.subject_name = "Terlapor";
    c.summary = "Mengunggah ajakan memilih calon petahana";
    c.act_date = act_date;
    c.act_place = "Facebook";
    c.received_at = clock_.Now();
    c.status_since = clock_.Now();
    c.created_by = ani_.user_id;
    AuditEntry audit;
    audit.at = clock_.Now();
    audit.actor = "test";
    audit.action = "finding.recorded";
    audit.region_code = "35.13";
    return store_->enforcement().CreateCase(c, std::nullopt, audit)->id;
  }

  std::int64_t Finding(const Caller& by, const std::string& nip) {
    NewFinding f;
    f.region_code = "35.13";
    f.subject_employee_id = EmployeeId(nip);
    f.summary = "Mengunggah ajakan memilih calon petahana";
    f.act_date = "2024-10-01";
    f.act_place = "Facebook";
    auto c = cases_->RecordFinding(by, f);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c->id;
  }

  Status Decide(const Caller& ppk, std::int64_t id) {
    return cases_
        ->Move(ppk, id, CaseStatus::kSanctioned,
               {{"decision_number", "800/1/2024"},
                {"sanction_track", "ethics"},
                {"sanction_level", "moral"},
                {"sanction_penalty", "moral_open"}},
               "")
        .status();
  }

  Status Review(const Caller& pengawas, std::int64_t id) {
    return cases_
        ->Move(pengawas, id, CaseStatus::kInitialReview, {{"handling_officer", "Staf"}}, "")
        .status();
  }

  std::int64_t election_ = 0;
  std::int64_t dinkes_ = 0, setda_ = 0, disdik_prov_ = 0, pesawaran_ = 0;
  Caller budi_, ani_, jatim_, ppk_regency_, ppk_province_, ppk_nation_;
  std::unique_ptr<EnforcementEnv> env_;
  std::unique_ptr<CaseService> cases_;
  std::unique_ptr<CaseHandlingService> handling_;
};

TEST_F(CaseConflictsTest, IncumbentRegentCannotDecideTheGovernorDoes) {
  const std::int64_t id = AwaitingPpk("198609262015052001", "2024-10-01");
  auto file = cases_->Get(ppk_regency_, id);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  ASSERT_EQ(file->conflicts.conflicts.size(), 1u);
  const Conflict& conflict = file->conflicts.conflicts[0];
  EXPECT_EQ(conflict.kind, ConflictKind::kPpkCandidate);
  EXPECT_EQ(conflict.escalation.region_code, "35");
  EXPECT_EQ(file->conflicts.ppk_region, "35.13");
  EXPECT_EQ(file->conflicts.decision_region, "35");
  ASSERT_TRUE(file->blocked.has_value());
  EXPECT_EQ(file->blocked->reason, "ppk_conflict");
  EXPECT_TRUE(file->next_moves.empty());

  const Status refused = Decide(ppk_regency_, id);
  EXPECT_EQ(refused.code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(refused.reason(), "ppk_conflict");
  EXPECT_NE(refused.message_id().find("Gubernur"), std::string::npos) << refused.message_id();
  EXPECT_NE(refused.message_id().find("calon"), std::string::npos);
  // The conflict is answered before the move's fields: a conflicted PPK
  // learns it may not decide, not that a field is missing.
  EXPECT_EQ(cases_->Move(ppk_regency_, id, CaseStatus::kSanctioned, {}, "").status().reason(),
            "ppk_conflict");

  auto province_view = cases_->Get(ppk_province_, id);
  ASSERT_TRUE(province_view.ok());
  EXPECT_FALSE(province_view->blocked.has_value());
  EXPECT_EQ(province_view->next_moves.size(), 2u);
  EXPECT_TRUE(Decide(ppk_province_, id).ok());
}

TEST_F(CaseConflictsTest, AGovernorRunningTooSendsTheDecisionToTheMinister) {
  AddContest("35", "gubernur", true);
  const std::int64_t id = AwaitingPpk("198609262015052001", "2024-10-01");
  auto file = cases_->Get(ppk_nation_, id);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->conflicts.decision_region, "");
  EXPECT_EQ(Decide(ppk_regency_, id).reason(), "ppk_conflict");
  const Status province = Decide(ppk_province_, id);
  EXPECT_EQ(province.reason(), "ppk_conflict");
  EXPECT_NE(province.message_id().find("Menteri Dalam Negeri"), std::string::npos);
  EXPECT_TRUE(Decide(ppk_nation_, id).ok());
}

TEST_F(CaseConflictsTest, ProvinceAgencyEmployeeGoesFromTheGovernorToTheMinister) {
  AddContest("35", "gubernur", true);
  const std::int64_t id = AwaitingPpk("197903032006041004", "2024-10-01");
  auto file = cases_->Get(ppk_nation_, id);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->conflicts.ppk_region, "35");
  EXPECT_EQ(file->conflicts.decision_region, "");
}

TEST_F(CaseConflictsTest, NoConflictOutsideTheElectionPeriod) {
  // Acted and decided long after the election ended.
  clock_.Advance(kYearAfter - clock_.Now());
  const std::int64_t after = AwaitingPpk("198609262015052001", "2025-06-01");
  auto file = cases_->Get(ppk_regency_, after);
  ASSERT_TRUE(file.ok());
  EXPECT_TRUE(file->conflicts.conflicts.empty());
  EXPECT_FALSE(file->conflicts.decision_region.has_value());
  EXPECT_TRUE(Decide(ppk_regency_, after).ok());
  // Acted during the campaign, decided a year later: the candidate judged an
  // act done in its own contest, still a conflict.
  const std::int64_t during = AwaitingPpk("198609262015052001", "2024-10-01");
  EXPECT_EQ(Decide(ppk_regency_, during).reason(), "ppk_conflict");
}

TEST_F(CaseConflictsTest, NoConflictWithoutAnIncumbentCandidate) {
  const std::int64_t id = AwaitingPpk("198502022010012003", "2024-10-01");
  // Make the 35.13 contest's only candidate a newcomer.
  const netra::Contest contest = store_->ListContests(election_, "35.13")->front();
  Candidate newcomer = store_->ListCandidates(contest.id)->front();
  newcomer.incumbent = false;
  ASSERT_TRUE(store_->UpsertCandidate(newcomer).ok());
  EXPECT_TRUE(cases_->Get(ppk_regency_, id)->conflicts.conflicts.empty());
  EXPECT_TRUE(Decide(ppk_regency_, id).ok());
}

TEST_F(CaseConflictsTest, OfficerFromTheReportedAgencyHandsOverToAColleague) {
  // Budi is seconded from the Dinas Kesehatan and records a finding about a
  // Dinas Kesehatan employee: he handles it, and the case says he may not.
  const std::int64_t id = Finding(budi_, "198609262015052001");
  auto file = cases_->Get(budi_, id);
  ASSERT_TRUE(file.ok());
  ASSERT_TRUE(file->conflicts.handler.has_value());
  EXPECT_EQ(file->conflicts.handler->officer.user.username, "pengawas.budi");
  EXPECT_EQ(file->conflicts.handler->record.how, "finding");
  std::vector<ConflictKind> kinds;
  for (const Conflict& c : file->conflicts.conflicts) kinds.push_back(c.kind);
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), ConflictKind::kOfficerSameUnitAsReported),
            kinds.end());
  const Conflict& officer = file->conflicts.conflicts.back();
  EXPECT_EQ(officer.escalation.kind, EscalationKind::kAnotherOfficer);
  EXPECT_NE(officer.explanation.find("Dinas Kesehatan Kabupaten Probolinggo"), std::string::npos);
  EXPECT_EQ(file->blocked->reason, "officer_conflict");

  const Status refused = Review(budi_, id);
  EXPECT_EQ(refused.reason(), "officer_conflict");
  EXPECT_NE(refused.message_id().find("Serahkan"), std::string::npos);
  EXPECT_EQ(cases_->AskReporter(budi_, id, 1, "?").status().reason(), "officer_conflict");

  // A handover needs a reason; then Ani handles it and may act.
  EXPECT_EQ(handling_->Assign(ani_, id, std::nullopt, "").status().reason(), "reason_required");
  auto taken = handling_->Assign(ani_, id, std::nullopt, "Petugas sebelumnya berasal dari Dinkes");
  ASSERT_TRUE(taken.ok()) << taken.status().ToString();
  EXPECT_EQ(taken->record.how, "take_over");
  EXPECT_EQ(taken->record.seq, 2);
  EXPECT_TRUE(Review(ani_, id).ok());
  auto after = cases_->Get(ani_, id);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->conflicts.handler->officer.user.username, "pengawas.ani");
  EXPECT_FALSE(after->blocked.has_value());
  EXPECT_EQ(after->handler_history.size(), 2u);
  // Budi cannot take it back.
  EXPECT_EQ(handling_->Assign(budi_, id, std::nullopt, "Saya ambil lagi").status().reason(),
            "officer_conflict");

  // Both assignments are on the audit chain.
  AuditFilter filter;
  filter.region_scope = "35.13";
  filter.case_id = id;
  auto audit = store_->enforcement().ListAudit(filter, {0, 100});
  ASSERT_TRUE(audit.ok());
  int handovers = 0;
  for (const AuditEntry& a : audit->items) {
    if (a.action == "case.handler") ++handovers;
  }
  EXPECT_EQ(handovers, 2);
}

TEST_F(CaseConflictsTest, WithNoColleagueTheCaseGoesToTheProvinceBawaslu) {
  UserService users(*store_, clock_);
  const Caller admin{0, "admin", Role::kAdmin, ""};
  ASSERT_TRUE(users.SetDisabled(admin, ani_.user_id, true).ok());
  const std::int64_t id = Finding(budi_, "198609262015052001");
  auto file = cases_->Get(jatim_, id);
  ASSERT_TRUE(file.ok());
  const Conflict& officer = file->conflicts.conflicts.back();
  EXPECT_EQ(officer.kind, ConflictKind::kOfficerSameUnitAsReported);
  EXPECT_EQ(officer.escalation.kind, EscalationKind::kLevelAbove);
  EXPECT_EQ(officer.escalation.region_code, "35");
  // Budi cannot hand it to a disabled colleague; the province takes it over.
  EXPECT_EQ(handling_->Assign(budi_, id, ani_.user_id, "Konflik kepentingan").status().reason(),
            "officer_disabled");
  ASSERT_TRUE(handling_->Assign(jatim_, id, std::nullopt, "Tidak ada petugas lain").ok());
  EXPECT_TRUE(Review(jatim_, id).ok());
}

TEST_F(CaseConflictsTest, FinderAndOfficerFromOneAgencyAndTheReportedPersonAsOfficer) {
  // Ani (Setda) records a finding about Siti and hands it to Wati, also of
  // the Setda: the finder's colleague may not judge the finding.
  const Caller wati = User("pengawas.wati", Role::kPengawas, "35.13", "");
  ASSERT_TRUE(store_->SetUserEmployeeNip(wati.user_id, "198502022010012003").ok());
  const std::int64_t id = Finding(ani_, "198609262015052001");
  EXPECT_FALSE(cases_->Get(ani_, id)->blocked.has_value());
  const Status refused = handling_->Assign(ani_, id, wati.user_id, "Beban kerja").status();
  EXPECT_EQ(refused.reason(), "officer_conflict");
  EXPECT_NE(refused.message_id().find("pelapor"), std::string::npos) << refused.message_id();
  // The reported person seconded to Bawaslu may not handle her own case.
  const Caller siti = User("pengawas.siti", Role::kPengawas, "35.13", "198609262015052001");
  auto options = handling_->Officers(ani_, id);
  ASSERT_TRUE(options.ok());
  bool seen = false;
  for (const OfficerOption& o : *options) {
    if (o.officer.user.id != siti.user_id) continue;
    seen = true;
    ASSERT_FALSE(o.conflicts.empty());
    EXPECT_EQ(o.conflicts.front().kind, ConflictKind::kOfficerIsParty);
  }
  EXPECT_TRUE(seen);
  EXPECT_TRUE(options->front().current);
}

TEST_F(CaseConflictsTest, PublicReportGetsTheFirstPengawasWhoActs) {
  ReportService reports(*store_, clock_, *env_);
  NewReport r;
  r.region_code = "35.13.15";
  r.subject_name = "Siti Aminah";
  r.subject_nip = "198609262015052001";
  r.description = "Mengunggah ajakan memilih";
  r.act_date = "2024-10-01";
  r.known_date = "2024-10-01";
  r.act_place = "Facebook";
  auto receipt = reports.File(r, "192.0.2.1");
  ASSERT_TRUE(receipt.ok()) << receipt.status().ToString();
  EXPECT_FALSE(store_->case_handling().CurrentHandler(receipt->case_id)->has_value());
  // Budi (Dinkes) may not start it; Ani may, and becomes its officer.
  EXPECT_EQ(Review(budi_, receipt->case_id).reason(), "officer_conflict");
  EXPECT_FALSE(store_->case_handling().CurrentHandler(receipt->case_id)->has_value());
  ASSERT_TRUE(Review(ani_, receipt->case_id).ok());
  auto handler = store_->case_handling().CurrentHandler(receipt->case_id);
  ASSERT_TRUE(handler.ok() && handler->has_value());
  EXPECT_EQ((*handler)->user_id, ani_.user_id);
  EXPECT_EQ((*handler)->how, "first_action");
  // The inbox flags the case: its PPK (the regent) is a candidate.
  CaseQuery query;
  auto inbox = cases_->Inbox(ani_, query, {0, 50});
  ASSERT_TRUE(inbox.ok());
  ASSERT_EQ(inbox->items.size(), 1u);
  EXPECT_TRUE(inbox->items[0].conflict);
}

TEST_F(CaseConflictsTest, AccountsLinkToEmployeesOfTheAdminsRegion) {
  UserService users(*store_, clock_);
  const Caller admin{0, "admin.jatim", Role::kAdmin, "35"};
  auto linked = users.SetEmployee(admin, jatim_.user_id, "19860926 201505 2 001");
  ASSERT_TRUE(linked.ok()) << linked.status().ToString();
  EXPECT_EQ(linked->employee_nip, "198609262015052001");
  EXPECT_EQ(store_->GetUser(jatim_.user_id)->employee_nip, "198609262015052001");
  // An employee of Lampung is outside the admin's region.
  EXPECT_EQ(users.SetEmployee(admin, jatim_.user_id, "199004042015031005").status().reason(),
            "employee_not_found");
  EXPECT_EQ(users.SetEmployee(admin, jatim_.user_id, "12345").status().reason(), "nip_format");
  // A PPK account may be linked too; "" unlinks.
  EXPECT_TRUE(users.SetEmployee(admin, ppk_province_.user_id, "198001012005011002").ok());
  ASSERT_TRUE(users.SetEmployee(admin, jatim_.user_id, "").ok());
  EXPECT_FALSE(store_->GetUser(jatim_.user_id)->employee_nip.has_value());
  // Creating an account checks the NIP the same way.
  NewUser outside{"asn.rina", "Rina", Role::kAsn, "35", "kata-sandi-panjang", "199004042015031005"};
  EXPECT_EQ(users.Create(admin, outside).status().reason(), "employee_not_found");
}

}  // namespace
}  // namespace netra
