// PledgeStore conformance: the same cases on SQLite (Sqlite/*) and
// PostgreSQL (Postgres/*, needs NETRA_TEST_PG_URL).
#include "store/pledge_store.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_env.h"

namespace netra {
namespace {

class PledgeStoreTest : public store_test::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    const Region regions[] = {
        {"35", "", "Jawa Timur", RegionLevel::kProvince, TimeZone::kWib},
        {"35.13", "35", "Kabupaten Probolinggo", RegionLevel::kRegency, TimeZone::kWib},
        {"35.08", "35", "Kabupaten Lumajang", RegionLevel::kRegency, TimeZone::kWib}};
    ASSERT_TRUE(store_->UpsertRegions(regions).ok());
    agency_in_ = store_->UpsertAgency({0, "35.13.DINKES", "Dinkes", "dinas", "35.13"})->id;
    agency_out_ = store_->UpsertAgency({0, "35.08.DINKES", "Dinkes", "dinas", "35.08"})->id;
    std::vector<Employee> people;
    for (int i = 0; i < 6; ++i) {
      Employee e;
      e.nip = "19850312200503100" + std::to_string(i);
      e.name = "Pegawai " + std::to_string(i);
      e.agency_id = i < 4 ? agency_in_ : agency_out_;
      e.region_code = i < 4 ? "35.13" : "35.08";
      people.push_back(e);
    }
    ASSERT_TRUE(store_->UpsertEmployees(people).ok());
    for (int i = 0; i < 6; ++i) {
      employees_.push_back(store_->GetEmployeeByNip("19850312200503100" + std::to_string(i))->id);
    }
    PledgeText text;
    text.version = 1;
    text.election = "pilkada-2024";
    text.kind = PledgeKind::kIkrar;
    text.title = "IKRAR";
    text.text = "Kami berikrar.\n";
    text.text_hash = Sha256Hex(text.text);
    auto stored = pledges().InsertText({0, text, 0, 100});
    ASSERT_TRUE(stored.ok()) << stored.status().ToString();
    text_ = *stored;
    key_ = *pledges().EnsureKey("a2V5", 100);
  }

  PledgeStore& pledges() { return store_->pledges(); }

  NewSignature Signature(int employee, std::optional<std::int64_t> code_id = std::nullopt) {
    NewSignature s;
    s.row.text_id = text_.id;
    s.row.employee_id = employees_[employee];
    s.row.agency_id = employee < 4 ? agency_in_ : agency_out_;
    s.row.region_code = employee < 4 ? "35.13" : "35.08";
    s.row.nip = "19850312200503100" + std::to_string(employee);
    s.row.name = "Pegawai";
    s.row.agency_name = "Dinkes";
    s.row.signed_at = 1000 + employee;
    s.row.method = "self";
    s.row.canonical = "netra-pledge-v1\n";
    s.row.signature = "sig";
    s.row.key_id = key_.id;
    s.row.certificate_number = "NETRA-TEST-" + std::to_string(employee);
    s.code_id = code_id;
    return s;
  }

  std::int64_t agency_in_ = 0, agency_out_ = 0;
  std::vector<std::int64_t> employees_;
  StoredPledgeText text_;
  PledgeKeyRow key_;
};

TEST_P(PledgeStoreTest, TextsAreUniqueByVersionAndHash) {
  StoredPledgeText again = text_;
  EXPECT_EQ(pledges().InsertText(again).status().code(), ErrorCode::kAlreadyExists);
  again.text.version = 2;
  EXPECT_EQ(pledges().InsertText(again).status().code(), ErrorCode::kAlreadyExists);
  again.text.text = "Kami berikrar lagi.\n";
  again.text.text_hash = Sha256Hex(again.text.text);
  ASSERT_TRUE(pledges().InsertText(again).ok());
  auto all = pledges().ListTexts();
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[1].text.version, 2);
  EXPECT_EQ(pledges().GetText(text_.id)->text.text, "Kami berikrar.\n");
}

TEST_P(PledgeStoreTest, KeysAreKeptOnce) {
  EXPECT_EQ(pledges().EnsureKey("a2V5", 200)->id, key_.id);
  ASSERT_TRUE(pledges().EnsureKey("b3RoZXI=", 300).ok());
  EXPECT_EQ(pledges().ListKeys()->size(), 2u);
}

TEST_P(PledgeStoreTest, EventsRoundTripAndListByRegion) {
  PledgeEvent event;
  event.election = "pilkada-2024";
  event.title = "Apel";
  event.region_code = "35.13";
  event.starts_at = 500;
  event.organizer = "Pemkab";
  event.sites = {{"Kantor Bupati", "35.13"}, {"Kecamatan", "35.13.15"}};
  event.witnesses = {{"Sekjen", "Saksi", "Ombudsman RI"}};
  event.agency_ids = {agency_in_};
  auto stored = pledges().InsertEvent(event);
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  auto read = pledges().GetEvent(stored->id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->sites.size(), 2u);
  EXPECT_EQ(read->sites[1].region_code, "35.13.15");
  EXPECT_EQ(read->witnesses[0].institution, "Ombudsman RI");
  EXPECT_EQ(read->agency_ids, std::vector<std::int64_t>{agency_in_});
  event.region_code = "35.08";
  event.kind = EventKind::kSosialisasi;
  ASSERT_TRUE(pledges().InsertEvent(event).ok());
  EXPECT_EQ(pledges().ListEvents({"35.13", std::nullopt}, {})->total, 1);
  EXPECT_EQ(pledges().ListEvents({"", EventKind::kSosialisasi}, {})->total, 1);
  EXPECT_EQ(pledges().ListEvents({"", std::nullopt}, {})->total, 2);

  const AttendanceRow rows[] = {{employees_[0], 0, 1, 600}, {employees_[1], 1, 1, 600}};
  EXPECT_EQ(*pledges().AddAttendance(stored->id, rows), 2);
  EXPECT_EQ(*pledges().AddAttendance(stored->id, rows), 0);
  auto attendance = pledges().ListAttendance(stored->id);
  ASSERT_EQ(attendance->size(), 2u);
  EXPECT_EQ((*attendance)[1].site, 1);
  Attachment photo{0, stored->id, "photo", std::string(64, 'a'), 10, "a.jpg", "image/jpeg", 1, 700};
  ASSERT_TRUE(pledges().InsertAttachment(photo).ok());
  EXPECT_EQ(pledges().ListAttachments(stored->id)->at(0).file_name, "a.jpg");
}

TEST_P(PledgeStoreTest, SignaturesInOneBatchConsumeCodesOnceAndNeverDuplicate) {
  const PledgeCode codes[] = {{0, employees_[0], "h0", 1, 10, 5000, std::nullopt, 0},
                              {0, employees_[1], "h1", 1, 10, 5000, std::nullopt, 0}};
  ASSERT_TRUE(pledges().InsertCodes(codes).ok());
  const std::int64_t code0 = pledges().ActiveCodes(employees_[0], 20)->at(0).id;
  const std::int64_t code1 = pledges().ActiveCodes(employees_[1], 20)->at(0).id;
  ASSERT_TRUE(pledges().RecordCodeFailure(code1).ok());
  EXPECT_EQ(pledges().ActiveCodes(employees_[1], 20)->at(0).failures, 1);
  EXPECT_TRUE(pledges().ActiveCodes(employees_[1], 6000)->empty());  // expired

  NewSignature second_of_0 = Signature(0);
  second_of_0.row.certificate_number = "NETRA-OTHER";
  const NewSignature batch[] = {Signature(0, code0), second_of_0, Signature(1, code0),
                                Signature(4)};
  auto results = pledges().InsertSignatures(batch);
  ASSERT_TRUE(results.ok()) << results.status().ToString();
  EXPECT_EQ((*results)[0].outcome, SignOutcome::kCreated);
  EXPECT_EQ((*results)[1].outcome, SignOutcome::kAlreadySigned);
  EXPECT_EQ((*results)[1].row.certificate_number, "NETRA-TEST-0");
  EXPECT_EQ((*results)[2].outcome, SignOutcome::kCodeUsed);
  EXPECT_EQ((*results)[3].outcome, SignOutcome::kCreated);
  EXPECT_TRUE(pledges().ActiveCodes(employees_[0], 20)->empty());

  EXPECT_EQ(pledges().GetSignatureByNumber("NETRA-TEST-4")->employee_id, employees_[4]);
  EXPECT_TRUE(pledges().FindSignature(text_.id, employees_[0])->has_value());
  EXPECT_FALSE(pledges().FindSignature(text_.id, employees_[1])->has_value());
  EXPECT_EQ(pledges().ListSignaturesOfEmployee(employees_[0])->size(), 1u);

  // Coverage of 35.13: four employees, one signed; then revoked, none.
  CoverageFilter filter{"35.13", "pilkada-2024", PledgeKind::kIkrar, std::nullopt};
  auto cells = pledges().Coverage(filter);
  ASSERT_TRUE(cells.ok()) << cells.status().ToString();
  ASSERT_EQ(cells->size(), 1u);
  EXPECT_EQ((*cells)[0].employees, 4);
  EXPECT_EQ((*cells)[0].signed_count, 1);
  EXPECT_EQ(pledges().ListUnsigned(filter, 100)->size(), 3u);
  filter.agency_id = agency_out_;
  EXPECT_TRUE(pledges().Coverage(filter)->empty());
  filter.agency_id.reset();
  filter.kind = PledgeKind::kPakta;
  EXPECT_EQ(pledges().Coverage(filter)->at(0).signed_count, 0);
  filter.kind = PledgeKind::kIkrar;
  ASSERT_TRUE(pledges().RevokeSignature((*results)[0].row.id, 2000).ok());
  EXPECT_EQ(pledges().Coverage(filter)->at(0).signed_count, 0);
  EXPECT_TRUE(pledges().GetSignatureByNumber("NETRA-TEST-0")->revoked_at.has_value());
  EXPECT_EQ(pledges().RevokeSignature(999999, 1).code(), ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, PledgeStoreTest, ::testing::Values("sqlite"));
INSTANTIATE_TEST_SUITE_P(Postgres, PledgeStoreTest, ::testing::Values("postgresql"));

}  // namespace
}  // namespace netra
