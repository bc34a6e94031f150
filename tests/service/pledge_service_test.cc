// PledgeService and PledgeEventService on a real SQLite store: signing with
// one-time codes, idempotence, throttling, group commit under concurrency,
// certificates that fail verification once altered, and coverage counts
// checked against a count computed here from the employees and signatures.
#include "service/pledge_service.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <thread>

#include "docs/certificate_pdf.h"
#include "service/pledge_event_service.h"
#include "service_fixture.h"

namespace netra {
namespace {

std::string NipFor(int n) {
  char seq[4];
  std::snprintf(seq, sizeof seq, "%03d", n % 999 + 1);
  return "19850312" + std::to_string(2005 + n / 999) + "03" + "1" + seq;
}

class PledgeServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    ASSERT_TRUE(
        store_->UpsertElection({0, "pilkada-2024", "Pilkada 2024", "pilkada", "2024-11-27"}).ok());
    ASSERT_TRUE(LoadShippedPledgeTexts(*store_, "data/pledges", clock_.Now()).ok());
    agencies_[0] =
        store_->UpsertAgency({0, "35.13.DINKES", "Dinas Kesehatan", "dinas", "35.13"})->id;
    agencies_[1] =
        store_->UpsertAgency({0, "35.13.15.KEC", "Kecamatan Kraksaan", "kecamatan", "35.13.15"})
            ->id;
    agencies_[2] =
        store_->UpsertAgency({0, "35.08.DINKES", "Dinas Kesehatan", "dinas", "35.08"})->id;
    unit_ = store_->UpsertUnit({0, agencies_[0], std::nullopt, "PKM", "Puskesmas Kraksaan"})->id;
    std::vector<Employee> people;
    for (int i = 0; i < 60; ++i) {
      Employee e;
      e.nip = NipFor(i);
      e.name = "Pegawai " + std::to_string(i);
      e.gender = 'P';
      const int a = i % 3;
      e.agency_id = agencies_[a];
      e.region_code = a == 0 ? "35.13" : a == 1 ? "35.13.15" : "35.08";
      if (a == 0 && i % 2 == 0) e.unit_id = unit_;
      people.push_back(e);
    }
    Employee non_asn;
    non_asn.name = "Tenaga Harian";
    non_asn.type = EmployeeType::kNonAsn;
    non_asn.agency_id = agencies_[0];
    non_asn.region_code = "35.13";
    people.push_back(non_asn);
    ASSERT_TRUE(store_->UpsertEmployees(people).ok());
    blobs_ = std::make_unique<BlobStore>(*BlobStore::Open(dir_ / "blobs"));
    pledges_ = std::make_unique<PledgeService>(*store_, clock_,
                                               PledgeServiceOptions{&key_, "https://netra.test"});
    events_ = std::make_unique<PledgeEventService>(*store_, clock_, *blobs_);
  }
  void TearDown() override {
    pledges_.reset();
    ServiceTest::TearDown();
  }

  std::string CodeFor(const std::string& nip) {
    auto issued = pledges_->IssueCodes(operator_, {nip});
    EXPECT_TRUE(issued.ok()) << issued.status().ToString();
    return issued.ok() ? issued->issued.at(0).code : "";
  }

  Result<SignedPledge> SignWith(const std::string& nip, const std::string& code) {
    SignRequest request;
    request.nip = nip;
    request.code = code;
    return pledges_->Sign(Caller::Public(), request);
  }

  SigningKey key_ = SigningKey::Generate();
  std::unique_ptr<BlobStore> blobs_;
  std::unique_ptr<PledgeService> pledges_;
  std::unique_ptr<PledgeEventService> events_;
  std::int64_t agencies_[3] = {};
  std::int64_t unit_ = 0;
  const Caller operator_{1, "op", Role::kOperatorInstansi, "35.13"};
  const Caller pengawas_{2, "bw", Role::kPengawas, "35.13"};
};

TEST_F(PledgeServiceTest, SignsWithAOneTimeCodeOnceAndAgainChangesNothing) {
  const std::string nip = NipFor(0);
  const std::string code = CodeFor(nip);
  auto first = SignWith(nip, code);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(first->created);
  EXPECT_EQ(first->row.method, "self");
  EXPECT_EQ(first->text.text.kind, PledgeKind::kIkrar);

  // The code is single use.
  auto reused = SignWith(nip, code);
  EXPECT_EQ(reused.status().reason(), "pledge_code_invalid");

  // A new code for the same version returns the same signature, unchanged.
  clock_.Advance(60);
  auto again = SignWith(nip, CodeFor(nip));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->row.certificate_number, first->row.certificate_number);
  EXPECT_EQ(again->row.signed_at, first->row.signed_at);
}

TEST_F(PledgeServiceTest, WrongCodesLockTheCodeAndExpiredCodesFail) {
  const std::string nip = NipFor(3);
  const std::string code = CodeFor(nip);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(SignWith(nip, "AAAA-AAAA").status().reason(), "pledge_code_invalid");
  }
  EXPECT_EQ(SignWith(nip, code).status().reason(), "pledge_code_locked");

  const std::string later = CodeFor(NipFor(6));
  clock_.Advance(3 * 24 * 3600 + 1);
  EXPECT_EQ(SignWith(NipFor(6), later).status().reason(), "pledge_code_invalid");
  EXPECT_EQ(SignWith("199901012020011999", "AAAA-AAAA").status().reason(), "pledge_code_invalid");
}

TEST_F(PledgeServiceTest, OperatorsIssueCodesOnlyInTheirRegion) {
  auto out = pledges_->IssueCodes(operator_, {NipFor(2)});  // a 35.08 employee
  EXPECT_EQ(out.status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(pledges_->IssueCodes(pengawas_, {NipFor(0)}).status().code(),
            ErrorCode::kPermissionDenied);
}

TEST_F(PledgeServiceTest, ConcurrentSigningIsGroupCommittedAndEveryoneIsAnswered) {
  std::vector<std::pair<std::string, std::string>> codes;
  const Caller nation{1, "admin", Role::kAdmin, ""};
  std::vector<std::string> nips;
  for (int i = 0; i < 60; ++i) nips.push_back(NipFor(i));
  auto issued = pledges_->IssueCodes(nation, nips);
  ASSERT_TRUE(issued.ok());
  std::vector<std::thread> threads;
  std::atomic<int> created{0};
  for (const IssuedCode& c : issued->issued) {
    threads.emplace_back([&, c] {
      auto result = SignWith(c.nip, c.code);
      if (result.ok() && result->created) ++created;
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(created.load(), 60);
  const BatcherStats stats = pledges_->BatchStats();
  EXPECT_EQ(stats.signatures, 60);
  EXPECT_LE(stats.batches, 60);
}

TEST_F(PledgeServiceTest, AlteredCertificatesFailVerification) {
  const std::string nip = NipFor(0);
  auto signed_pledge = SignWith(nip, CodeFor(nip));
  ASSERT_TRUE(signed_pledge.ok());
  auto pdf = pledges_->CertificatePdf(Caller::Public(), signed_pledge->row.certificate_number,
                                      signed_pledge->token);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ASSERT_TRUE(VerifyCertificatePdf(*pdf, key_.public_key()).ok());

  auto embedded = ExtractEmbeddedPledge(*pdf);
  ASSERT_TRUE(embedded.ok());
  const std::string original_b64 = ToBase64(embedded->canonical);
  auto tampered = [&](const PledgeRecord& altered) {
    std::string copy = *pdf;
    const std::string altered_b64 = ToBase64(*CanonicalPledgeRecord(altered));
    copy.replace(copy.find(original_b64), original_b64.size(), altered_b64);
    return VerifyCertificatePdf(copy, key_.public_key()).status();
  };
  PledgeRecord text = embedded->record;  // claims another text (the integrity pact)
  auto texts = pledges_->ListTexts();
  for (const StoredPledgeText& t : *texts) {
    if (t.text.kind == PledgeKind::kPakta) text.text_hash = t.text.text_hash;
  }
  ASSERT_NE(text.text_hash, embedded->record.text_hash);
  EXPECT_EQ(tampered(text).reason(), "signature_invalid");
  PledgeRecord nip_changed = embedded->record;
  nip_changed.nip = NipFor(3);
  EXPECT_EQ(tampered(nip_changed).reason(), "signature_invalid");
  PledgeRecord time_changed = embedded->record;
  time_changed.signed_at -= 86400;
  EXPECT_EQ(tampered(time_changed).reason(), "signature_invalid");

  // Without the token, the certificate is not handed out; verification shows
  // only name, agency and date.
  EXPECT_EQ(pledges_->CertificatePdf(Caller::Public(), signed_pledge->row.certificate_number, "x")
                .status()
                .code(),
            ErrorCode::kNotFound);
  auto verification = pledges_->Verify(signed_pledge->row.certificate_number);
  ASSERT_TRUE(verification.ok());
  EXPECT_EQ(verification->status, "valid");
  EXPECT_EQ(pledges_->Verify("NETRA-0000-0000-0000")->status, "unknown");
  ASSERT_TRUE(
      pledges_->Revoke({9, "admin", Role::kAdmin, ""}, signed_pledge->row.certificate_number).ok());
  EXPECT_EQ(pledges_->Verify(signed_pledge->row.certificate_number)->status, "revoked");
}

TEST_F(PledgeServiceTest, CoverageMatchesAnIndependentCount) {
  // Sign a deterministic subset: every employee whose index is not a multiple of 3 or 4,
  // some through an apel on paper, the rest with codes.
  const Caller nation{1, "admin", Role::kAdmin, ""};
  PledgeEvent apel;
  apel.election = "pilkada-2024";
  apel.title = "Apel";
  apel.region_code = "35.13";
  apel.starts_at = clock_.Now();
  apel.organizer = "Pemkab";
  apel.sites = {{"Kantor Bupati", "35.13"}, {"Kantor Kecamatan Kraksaan", "35.13.15"}};
  auto event = events_->Create(operator_, apel);
  ASSERT_TRUE(event.ok()) << event.status().ToString();
  std::set<std::string> signers;
  std::string paper;
  for (int i = 0; i < 60; ++i) {
    if (i % 4 == 0 || i % 5 == 0) continue;
    signers.insert(NipFor(i));
    if (i % 3 != 2 && i % 2 == 0) {
      paper += NipFor(i) + ",\n";
    } else {
      auto codes = pledges_->IssueCodes(nation, {NipFor(i)});
      ASSERT_TRUE(SignWith(NipFor(i), codes->issued[0].code).ok());
    }
  }
  auto recorded = pledges_->RecordAtEvent(operator_, event->id, std::nullopt, paper);
  ASSERT_TRUE(recorded.ok()) << recorded.status().ToString();
  EXPECT_TRUE(recorded->unknown.empty());

  // The independent count: from the employee list and the signer set.
  std::map<std::string, std::pair<int, int>> by_agency;  // name → (employees, signed)
  int employees_in_region = 0, signed_in_region = 0;
  for (int i = 0; i < 60; ++i) {
    const int a = i % 3;
    if (a == 2) continue;  // 35.08, outside the pengawas' scope
    const std::string agency = a == 0 ? "Dinas Kesehatan" : "Kecamatan Kraksaan";
    ++by_agency[agency].first;
    ++employees_in_region;
    if (signers.contains(NipFor(i))) {
      ++by_agency[agency].second;
      ++signed_in_region;
    }
  }
  CoverageQuery query;
  auto report = pledges_->Coverage(pengawas_, query);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->employees, employees_in_region);  // the non-ASN is not counted
  EXPECT_EQ(report->signed_count, signed_in_region);
  ASSERT_EQ(report->rows.size(), by_agency.size());
  for (const CoverageRow& row : report->rows) {
    EXPECT_EQ(row.employees, by_agency[row.label].first) << row.label;
    EXPECT_EQ(row.signed_count, by_agency[row.label].second) << row.label;
  }
  query.group = "region";
  auto regions = pledges_->Coverage(pengawas_, query);
  ASSERT_TRUE(regions.ok());
  EXPECT_EQ(regions->rows.size(), 2u);  // the regency's own staff and Kraksaan
  query.group = "unit";
  EXPECT_EQ(pledges_->Coverage(pengawas_, query)->signed_count, signed_in_region);

  // Out of region: 404; the unsigned export lists exactly the rest.
  query.region = "35.08";
  EXPECT_EQ(pledges_->Coverage(pengawas_, query).status().code(), ErrorCode::kNotFound);
  query.region = "";
  auto xlsx = pledges_->UnsignedXlsx(operator_, query);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
  CoverageFilter filter{"35.13", "pilkada-2024", PledgeKind::kIkrar, std::nullopt};
  auto unsigned_people = store_->pledges().ListUnsigned(filter, 1000);
  ASSERT_TRUE(unsigned_people.ok());
  EXPECT_EQ(static_cast<int>(unsigned_people->size()), employees_in_region - signed_in_region);
  for (const UnsignedEmployee& e : *unsigned_people) EXPECT_FALSE(signers.contains(e.nip));
}

TEST_F(PledgeServiceTest, EventsRecordAttendancePhotosAndStayInRegion) {
  PledgeEvent apel;
  apel.election = "pilkada-2024";
  apel.title = "Apel Ikrar";
  apel.region_code = "35.13";
  apel.starts_at = clock_.Now();
  apel.organizer = "Pemkab Probolinggo";
  apel.sites = {{"Kantor Bupati", ""}, {"Kantor Kecamatan Kraksaan", "35.13.15"}};
  apel.witnesses = {{"Sekjen Ombudsman RI", "Saksi", "Ombudsman RI"}};
  apel.agency_ids = {agencies_[0], agencies_[1]};
  auto event = events_->Create(operator_, apel);
  ASSERT_TRUE(event.ok()) << event.status().ToString();
  EXPECT_EQ(event->sites[0].region_code, "35.13");

  apel.agency_ids = {agencies_[2]};
  EXPECT_EQ(events_->Create(operator_, apel).status().code(), ErrorCode::kInvalidArgument);
  apel.region_code = "35.08";
  EXPECT_EQ(events_->Create(operator_, apel).status().code(), ErrorCode::kNotFound);

  // Pasted text with a formatted NIP, a CSV with a header, an outsider and junk.
  const std::string pasted = "nip,nama\n" + NipFor(0) + ",Pegawai 0\n" + NipFor(0).substr(0, 8) +
                             " " + NipFor(0).substr(8, 6) + " " + NipFor(0).substr(14, 1) + " " +
                             NipFor(0).substr(15) + "\n" + NipFor(1) + "\n" + NipFor(2) +
                             "\n12345678901\n";
  auto attendance = events_->RecordAttendance(operator_, event->id, 1, pasted);
  ASSERT_TRUE(attendance.ok()) << attendance.status().ToString();
  EXPECT_EQ(attendance->recorded, 2);
  EXPECT_EQ(attendance->unknown, std::vector<std::string>{NipFor(2)});
  EXPECT_EQ(attendance->invalid.size(), 1u);
  EXPECT_EQ(events_->RecordAttendance(operator_, event->id, 1, NipFor(0))->already, 1);
  EXPECT_EQ(events_->RecordAttendance(operator_, event->id, 5, NipFor(0)).status().code(),
            ErrorCode::kInvalidArgument);

  auto photo = events_->AddAttachment(operator_, event->id,
                                      {"photo", "apel.jpg", "image/jpeg", "\xFF\xD8\xFF\xE0jpeg"});
  ASSERT_TRUE(photo.ok()) << photo.status().ToString();
  EXPECT_FALSE(
      events_->AddAttachment(operator_, event->id, {"photo", "x.exe", "image/jpeg", "MZ\x90"})
          .ok());
  auto view = events_->Get(pengawas_, event->id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->attendance, 2);
  EXPECT_EQ(view->attendance_per_site, (std::vector<std::int64_t>{0, 2}));
  EXPECT_EQ(view->attachments.size(), 1u);
  auto bytes = events_->GetAttachment(pengawas_, event->id, photo->id);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(bytes->data, "\xFF\xD8\xFF\xE0jpeg");
  const Caller lumajang{3, "bw", Role::kPengawas, "35.08"};
  EXPECT_EQ(events_->Get(lumajang, event->id).status().code(), ErrorCode::kNotFound);
}

TEST_F(PledgeServiceTest, AdminsPublishNewVersionsAndOldSignaturesKeepTheirText) {
  const std::string nip = NipFor(0);
  auto v1 = SignWith(nip, CodeFor(nip));
  ASSERT_TRUE(v1.ok());
  const Caller admin{9, "admin", Role::kAdmin, ""};
  auto v2 = pledges_->PublishText(admin, "pilkada-2024", PledgeKind::kIkrar, "IKRAR NETRALITAS",
                                  "Kami berikrar menjaga netralitas.\n");
  ASSERT_TRUE(v2.ok()) << v2.status().ToString();
  EXPECT_EQ(v2->text.version, 2);
  EXPECT_EQ(pledges_->PublishText(operator_, "pilkada-2024", PledgeKind::kIkrar, "X", "Y")
                .status()
                .code(),
            ErrorCode::kPermissionDenied);
  // Signing now signs v2; the v1 signature still points at v1's hash.
  auto signed_v2 = SignWith(nip, CodeFor(nip));
  ASSERT_TRUE(signed_v2.ok());
  EXPECT_TRUE(signed_v2->created);
  EXPECT_EQ(signed_v2->text.id, v2->id);
  auto v1_row = store_->pledges().GetSignatureByNumber(v1->row.certificate_number);
  ASSERT_TRUE(v1_row.ok());
  EXPECT_EQ(v1_row->text_id, v1->text.id);
  EXPECT_NE(v1->text.text.text_hash, v2->text.text_hash);
}

}  // namespace
}  // namespace netra
