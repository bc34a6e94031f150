// EnforcementStore on SQLite (Sqlite/*) and PostgreSQL (Postgres/*): cases with
// their first and later reports, transitions guarded by the current status,
// inbox order, escalation, hearings, evidence, questions, region keys and the
// audit chain every change appends to.
#include "store/enforcement_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "store/audit_hash.h"
#include "store/store.h"
#include "store_test_env.h"

namespace netra {
namespace {

AuditEntry Audit(const std::string& action, const std::string& region) {
  AuditEntry a;
  a.at = 1'726'700'000;
  a.actor = "publik";
  a.action = action;
  a.region_code = region;
  return a;
}

CaseRecord Case(const std::string& region, std::optional<std::int64_t> deadline) {
  CaseRecord c;
  c.origin = "report";
  c.region_code = region;
  c.election_kind = "pilkada";
  c.subject_name = "Siti Aminah";
  c.subject_agency = "Dinas Kesehatan";
  c.summary = "Memasang baliho calon";
  c.act_date = "2024-09-15";
  c.act_place = "Kraksaan";
  c.received_at = 1'726'700'000;
  c.status_since = c.received_at;
  c.deadline_at = deadline;
  c.deadline_rule = deadline ? "D3" : "";
  return c;
}

ReportRecord Report(const std::string& region, const std::string& receipt_hash) {
  ReportRecord r;
  r.region_code = region;
  r.anonymous = true;
  r.receipt_hash = receipt_hash;
  r.subject_name = "Siti Aminah";
  r.description = "Memasang baliho";
  r.act_date = "2024-09-15";
  r.known_date = "2024-09-15";
  r.act_place = "Kraksaan";
  r.received_at = 1'726'700'000;
  return r;
}

class EnforcementStoreTest : public store_test::BackendTest {
 protected:
  EnforcementStore& enf() { return store_->enforcement(); }
};

TEST_P(EnforcementStoreTest, CaseWithReportsAndReceiptLookup) {
  auto created = enf().CreateCase(Case("35.13", 1'727'000'000), Report("35.13", "h1"),
                                  Audit("case.create", "35.13"));
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_GT(created->id, 0);
  ReportRecord second = Report("35.13", "h2");
  second.case_id = created->id;
  ASSERT_TRUE(enf().AddReport(second, Audit("report.add", "35.13")).ok());
  auto reports = enf().ListReports(created->id);
  ASSERT_TRUE(reports.ok());
  ASSERT_EQ(reports->size(), 2u);
  EXPECT_EQ((*reports)[0].case_id, created->id);
  auto by_receipt = enf().GetReportByReceipt("h2");
  ASSERT_TRUE(by_receipt.ok());
  EXPECT_EQ(by_receipt->id, (*reports)[1].id);
  EXPECT_EQ(enf().GetReportByReceipt("nope").status().code(), ErrorCode::kNotFound);
  // A receipt hash is unique: a second report cannot reuse it.
  EXPECT_FALSE(enf().AddReport(second, Audit("report.add", "35.13")).ok());
  auto got = enf().GetCase(created->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->subject_name, "Siti Aminah");
  EXPECT_EQ(*got->deadline_at, 1'727'000'000);
  EXPECT_EQ(got->status, CaseStatus::kReceived);
}

TEST_P(EnforcementStoreTest, TransitionNeedsTheCurrentStatusAndIsRecorded) {
  auto created =
      enf().CreateCase(Case("35.13", std::nullopt), std::nullopt, Audit("case.create", "35.13"));
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  TransitionRecord t;
  t.case_id = created->id;
  t.from = CaseStatus::kReceived;
  t.to = CaseStatus::kInitialReview;
  t.actor_user_id = 5;
  t.actor_role = "pengawas";
  t.actor_name = "pengawas.probolinggo";
  t.at = 1'726'800'000;
  t.fields_json = R"({"handling_officer":"Andi"})";
  t.deadline_at = 1'727'100'000;
  t.deadline_rule = "D3";
  auto moved = enf().ApplyTransition(t, Audit("case.transition", "35.13"), {});
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  EXPECT_EQ(moved->status, CaseStatus::kInitialReview);
  EXPECT_EQ(moved->status_since, 1'726'800'000);
  EXPECT_EQ(*moved->deadline_at, 1'727'100'000);
  // The same move again: the case is no longer RECEIVED.
  auto again = enf().ApplyTransition(t, Audit("case.transition", "35.13"), {});
  EXPECT_EQ(again.status().code(), ErrorCode::kConflict);
  EXPECT_EQ(again.status().reason(), "case_moved");
  t.case_id = 999999;
  EXPECT_EQ(enf().ApplyTransition(t, Audit("case.transition", "35.13"), {}).status().code(),
            ErrorCode::kNotFound);
  auto history = enf().ListTransitions(created->id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 1u);
  EXPECT_EQ((*history)[0].actor_name, "pengawas.probolinggo");
  EXPECT_EQ((*history)[0].fields_json, R"({"handling_officer":"Andi"})");
  EXPECT_EQ((*history)[0].to, CaseStatus::kInitialReview);
}

TEST_P(EnforcementStoreTest, InboxIsScopedAndPutsEarliestDeadlineFirst) {
  const std::int64_t late = 1'727'500'000, soon = 1'727'000'000;
  auto a = enf().CreateCase(Case("35.13", std::nullopt), std::nullopt, Audit("c", "35.13"));
  auto b = enf().CreateCase(Case("35.13", late), std::nullopt, Audit("c", "35.13"));
  auto c = enf().CreateCase(Case("35.13.01", soon), std::nullopt, Audit("c", "35.13.01"));
  auto d = enf().CreateCase(Case("35.08", soon), std::nullopt, Audit("c", "35.08"));
  ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
  CaseFilter filter;
  filter.region_scope = "35.13";
  auto page = enf().ListCases(filter, {});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->items.size(), 3u);
  EXPECT_EQ(page->items[0].id, c->id);
  EXPECT_EQ(page->items[1].id, b->id);
  EXPECT_EQ(page->items[2].id, a->id);
  filter.statuses = {CaseStatus::kClosed};
  EXPECT_EQ(enf().ListCases(filter, {})->total, 0);
  filter.statuses = {CaseStatus::kClosed, CaseStatus::kReceived};
  EXPECT_EQ(enf().ListCases(filter, {})->total, 3);
  filter.region_scope = "";
  filter.statuses.clear();
  EXPECT_EQ(enf().ListCases(filter, {0, 2})->items.size(), 2u);
  EXPECT_EQ(enf().ListCases(filter, {0, 2})->total, 4);
}

// The ids of a page, in order.
std::vector<std::int64_t> Ids(const Result<PageOf<CaseRecord>>& page) {
  std::vector<std::int64_t> out;
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  if (!page.ok()) return out;
  for (const CaseRecord& c : page->items) out.push_back(c.id);
  EXPECT_EQ(page->total, static_cast<std::int64_t>(out.size()));
  return out;
}

TEST_P(EnforcementStoreTest, InboxFiltersByViolationDeadlineTextOriginLatenessAndActDate) {
  CaseRecord a = Case("35.13", std::nullopt);  // no deadline
  a.subject_nip = "198609262015052001";
  a.violation_codes_json = R"(["APK-INSTALL","SOC-POST"])";
  CaseRecord b = Case("35.13.01", 1000);  // overdue at 2000
  b.origin = "finding";
  b.late = true;
  b.subject_name = "Budi Santoso";
  b.summary = "Mengunggah 100% dukungan_calon";
  b.act_date = "2024-09-20";
  b.violation_codes_json = R"(["SOC-POST"])";
  CaseRecord c = Case("35.13", 2500);  // due soon at 2000
  c.subject_name = "Dewi Lestari";
  c.summary = "Hadir di kampanye";
  c.act_date = "2024-10-01";
  CaseRecord d = Case("35.08", 1000);  // outside the scope, same codes as a
  d.violation_codes_json = R"(["APK-INSTALL","SOC-POST"])";
  std::vector<std::int64_t> id;
  for (const CaseRecord& r : {a, b, c, d}) {
    auto created = enf().CreateCase(r, std::nullopt, Audit("c", r.region_code));
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    id.push_back(created->id);
  }
  using Ids_ = std::vector<std::int64_t>;
  const auto list = [&](const std::function<void(CaseFilter&)>& set) {
    CaseFilter filter;
    filter.region_scope = "35.13";
    set(filter);
    return Ids(enf().ListCases(filter, {}));
  };
  EXPECT_EQ(list([](CaseFilter&) {}), (Ids_{id[1], id[2], id[0]}));

  // Violation codes, kept in step when a move replaces them.
  EXPECT_EQ(list([](CaseFilter& f) { f.violation_code = "APK-INSTALL"; }), (Ids_{id[0]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.violation_code = "SOC-POST"; }), (Ids_{id[1], id[0]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.violation_code = "SOC-LIKE"; }), (Ids_{}));
  TransitionRecord t;
  t.case_id = id[2];
  t.from = CaseStatus::kReceived;
  t.to = CaseStatus::kInitialReview;
  t.at = 1500;
  t.deadline_at = 2500;
  t.violation_codes_json = R"(["APK-INSTALL"])";
  ASSERT_TRUE(enf().ApplyTransition(t, Audit("case.transition", "35.13"), {}).ok());
  t.case_id = id[0];
  t.deadline_at.reset();
  t.violation_codes_json = R"(["SOC-LIKE","SOC-LIKE"])";
  ASSERT_TRUE(enf().ApplyTransition(t, Audit("case.transition", "35.13"), {}).ok());
  EXPECT_EQ(list([](CaseFilter& f) { f.violation_code = "APK-INSTALL"; }), (Ids_{id[2]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.violation_code = "SOC-LIKE"; }), (Ids_{id[0]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.violation_code = "SOC-POST"; }), (Ids_{id[1]}));
  // A move that sets no codes keeps them.
  t.from = CaseStatus::kInitialReview;
  t.to = CaseStatus::kRegistered;
  t.violation_codes_json.reset();
  ASSERT_TRUE(enf().ApplyTransition(t, Audit("case.transition", "35.13"), {}).ok());
  EXPECT_EQ(list([](CaseFilter& f) { f.violation_code = "SOC-LIKE"; }), (Ids_{id[0]}));
  // A malformed code list is refused before anything is written.
  t.from = CaseStatus::kRegistered;
  t.to = CaseStatus::kClarification;
  t.violation_codes_json = R"({"not":"an array"})";
  EXPECT_EQ(enf().ApplyTransition(t, Audit("case.transition", "35.13"), {}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(enf().GetCase(id[0])->status, CaseStatus::kRegistered);

  // Deadlines: none, a half-open range, or any running one.
  EXPECT_EQ(list([](CaseFilter& f) { f.deadline = CaseDeadlineFilter::kWithout; }), (Ids_{id[0]}));
  EXPECT_EQ(list([](CaseFilter& f) {
              f.deadline = CaseDeadlineFilter::kWithin;
              f.deadline_before = 2000;
            }),
            (Ids_{id[1]}));
  EXPECT_EQ(list([](CaseFilter& f) {
              f.deadline = CaseDeadlineFilter::kWithin;
              f.deadline_from = 2000;
              f.deadline_before = 2500;
            }),
            (Ids_{}));
  EXPECT_EQ(list([](CaseFilter& f) {
              f.deadline = CaseDeadlineFilter::kWithin;
              f.deadline_from = 2000;
              f.deadline_before = 2501;
            }),
            (Ids_{id[2]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.deadline = CaseDeadlineFilter::kWithin; }),
            (Ids_{id[1], id[2]}));

  // Text: name, NIP (also typed in groups) or summary, any case, wildcards literal.
  const auto text = [&](const std::string& q) { return list([&](CaseFilter& f) { f.text = q; }); };
  EXPECT_EQ(text("siti"), (Ids_{id[0]}));
  EXPECT_EQ(text("AMINAH"), (Ids_{id[0]}));
  EXPECT_EQ(text("19860926"), (Ids_{id[0]}));
  EXPECT_EQ(text("19860926 201505"), (Ids_{id[0]}));
  EXPECT_EQ(text("kampanye"), (Ids_{id[2]}));
  EXPECT_EQ(text("%"), (Ids_{id[1]}));
  EXPECT_EQ(text("_"), (Ids_{id[1]}));
  EXPECT_EQ(text("100% dukungan"), (Ids_{id[1]}));
  EXPECT_EQ(text("baliho"), (Ids_{id[0]}));
  EXPECT_EQ(text("tidak ada"), (Ids_{}));

  // Origin, lateness, act dates (inclusive), and several filters at once.
  EXPECT_EQ(list([](CaseFilter& f) { f.origin = "finding"; }), (Ids_{id[1]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.origin = "report"; }), (Ids_{id[2], id[0]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.late = true; }), (Ids_{id[1]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.late = false; }), (Ids_{id[2], id[0]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.act_from = "2024-09-20"; }), (Ids_{id[1], id[2]}));
  EXPECT_EQ(list([](CaseFilter& f) { f.act_to = "2024-09-20"; }), (Ids_{id[1], id[0]}));
  EXPECT_EQ(list([](CaseFilter& f) {
              f.act_from = "2024-09-16";
              f.act_to = "2024-09-30";
            }),
            (Ids_{id[1]}));
  EXPECT_EQ(list([](CaseFilter& f) {
              f.violation_code = "SOC-LIKE";
              f.late = false;
              f.text = "siti";
              f.deadline = CaseDeadlineFilter::kWithout;
            }),
            (Ids_{id[0]}));

  // Paging keeps the total of the whole filtered list.
  CaseFilter reports;
  reports.region_scope = "";
  reports.origin = "report";
  auto first = enf().ListCases(reports, {0, 1});
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->total, 3);
  ASSERT_EQ(first->items.size(), 1u);
  EXPECT_EQ(first->items[0].id, id[3]);  // earliest deadline
  auto second = enf().ListCases(reports, {1, 1});
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->items.size(), 1u);
  EXPECT_EQ(second->items[0].id, id[2]);
}

TEST_P(EnforcementStoreTest, MigrationFillsTheViolationIndexFromExistingCases) {
  CaseRecord a = Case("35.13", std::nullopt);
  a.violation_codes_json = R"(["APK-INSTALL","SOC-POST"])";
  CaseRecord b = Case("35.13", std::nullopt);
  CaseRecord c = Case("35.13", std::nullopt);
  std::vector<std::int64_t> id;
  for (const CaseRecord& r : {a, b, c}) {
    auto created = enf().CreateCase(r, std::nullopt, Audit("c", "35.13"));
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    id.push_back(created->id);
  }
  // A database from before migration 0008: the codes only in the JSON column,
  // one array written with spaces and a repeated code.
  store_.reset();
  {
    auto raw = db_->Raw();
    ASSERT_TRUE(raw.ok()) << raw.status().ToString();
    ASSERT_TRUE((*raw)->Exec("DROP TABLE case_violations").ok());
    ASSERT_TRUE((*raw)
                    ->Run("UPDATE cases SET violation_codes = ? WHERE id = ?",
                          {std::string(R"([ "SOC-LIKE", "SOC-POST" ,"SOC-LIKE"])"), id[2]})
                    .ok());
    ASSERT_TRUE((*raw)->Run("DELETE FROM schema_migrations WHERE version = 8").ok());
  }
  auto reopened = OpenStore(db_->url());
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  store_ = std::move(reopened).value();
  const auto with = [&](const std::string& code) {
    CaseFilter filter;
    filter.violation_code = code;
    return Ids(enf().ListCases(filter, {}));
  };
  using Ids_ = std::vector<std::int64_t>;
  EXPECT_EQ(with("APK-INSTALL"), (Ids_{id[0]}));
  EXPECT_EQ(with("SOC-POST"), (Ids_{id[0], id[2]}));
  EXPECT_EQ(with("SOC-LIKE"), (Ids_{id[2]}));
  EXPECT_EQ(with("SOC"), (Ids_{}));
}

TEST_P(EnforcementStoreTest, EscalationRaisesOnceAndOverdueListSkipsEscalated) {
  auto a = enf().CreateCase(Case("35.13", 1'727'000'000), std::nullopt, Audit("c", "35.13"));
  ASSERT_TRUE(a.ok());
  auto overdue = enf().ListOverdue(CaseStatus::kReceived, 1'727'000'001, 1, 100);
  ASSERT_TRUE(overdue.ok()) << overdue.status().ToString();
  ASSERT_EQ(overdue->size(), 1u);
  EXPECT_TRUE(enf().ListOverdue(CaseStatus::kReceived, 1'726'999'999, 1, 100)->empty());
  ASSERT_TRUE(enf().SetEscalation(a->id, 1, 1'727'000'001, Audit("case.reminder", "35.13")).ok());
  EXPECT_EQ(enf().SetEscalation(a->id, 1, 1'727'000'002, Audit("x", "35.13")).code(),
            ErrorCode::kConflict);
  EXPECT_TRUE(enf().ListOverdue(CaseStatus::kReceived, 1'727'000'001, 1, 100)->empty());
  EXPECT_EQ(enf().GetCase(a->id)->escalation_level, 1);
}

TEST_P(EnforcementStoreTest, HearingsEvidenceAndQuestions) {
  auto created = enf().CreateCase(Case("35.13", std::nullopt), Report("35.13", "h1"),
                                  Audit("case.create", "35.13"));
  ASSERT_TRUE(created.ok());
  const std::int64_t report_id = enf().ListReports(created->id)->at(0).id;
  HearingRecord h{0,
                  created->id,
                  1'726'900'000,
                  "Kantor Bawaslu",
                  R"([{"name":"Siti","capacity":"terlapor","statement":"Tidak tahu"}])",
                  5,
                  1'726'900'100};
  auto hearing = enf().AddHearing(h, Audit("hearing.add", "35.13"));
  ASSERT_TRUE(hearing.ok()) << hearing.status().ToString();
  EvidenceRecord e;
  e.case_id = created->id;
  e.hearing_id = hearing->id;
  e.file_name = "foto.jpg";
  e.media_type = "image/jpeg";
  e.size = 1234;
  e.sha256 = std::string(64, 'a');
  e.public_sha256 = std::string(64, 'b');
  e.uploaded_at = 1'726'900'200;
  auto evidence = enf().AddEvidence(e, Audit("evidence.add", "35.13"));
  ASSERT_TRUE(evidence.ok()) << evidence.status().ToString();
  EXPECT_EQ(enf().GetEvidence(evidence->id)->public_sha256, std::string(64, 'b'));
  EXPECT_EQ(*enf().ListEvidence(created->id)->at(0).hearing_id, hearing->id);
  EXPECT_EQ(enf().ListHearings(created->id)->at(0).place, "Kantor Bawaslu");

  QuestionRecord q{0, created->id, report_id, "Jam berapa?", 5, 1'726'900'300, std::nullopt, 0};
  auto question = enf().AddQuestion(q, Audit("question.ask", "35.13"));
  ASSERT_TRUE(question.ok()) << question.status().ToString();
  auto answered =
      enf().AnswerQuestion(question->id, "Pukul 09.00", 1'726'900'400, Audit("q", "35.13"));
  ASSERT_TRUE(answered.ok()) << answered.status().ToString();
  EXPECT_EQ(*answered->answer, "Pukul 09.00");
  EXPECT_EQ(enf().AnswerQuestion(question->id, "lagi", 1, Audit("q", "35.13")).status().reason(),
            "already_answered");
  EXPECT_EQ(enf().ListQuestions(created->id)->size(), 1u);
}

TEST_P(EnforcementStoreTest, FirstRegionKeyWins) {
  EXPECT_EQ(enf().GetRegionKey("35.13").status().code(), ErrorCode::kNotFound);
  auto first = enf().EnsureRegionKey({"35.13", "pk1", "sk1", 1});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  auto second = enf().EnsureRegionKey({"35.13", "pk2", "sk2", 2});
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->public_key, "pk1");
  EXPECT_EQ(enf().GetRegionKey("35.13")->sealed_secret_key, "sk1");
}

TEST_P(EnforcementStoreTest, EveryChangeAppendsALinkedAuditEntry) {
  auto created =
      enf().CreateCase(Case("35.13", std::nullopt), std::nullopt, Audit("case.create", "35.13"));
  ASSERT_TRUE(created.ok());
  ASSERT_TRUE(enf().AppendAudit(Audit("identity.open", "35.13")).ok());
  ASSERT_TRUE(enf().AppendAudit(Audit("evidence.read", "35.08")).ok());
  auto chain = enf().ReadAuditChain(0, 100);
  ASSERT_TRUE(chain.ok()) << chain.status().ToString();
  ASSERT_EQ(chain->size(), 3u);
  std::string prev = kAuditGenesisHash;
  for (std::size_t i = 0; i < chain->size(); ++i) {
    const AuditEntry& e = (*chain)[i];
    EXPECT_EQ(e.seq, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(e.prev_hash, prev);
    EXPECT_EQ(e.hash, AuditLinkHash(prev, e));
    prev = e.hash;
  }
  EXPECT_EQ(*(*chain)[0].case_id, created->id);
  auto head = enf().GetAuditHead();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 3);
  EXPECT_EQ(head->hash, prev);
  AuditFilter filter;
  filter.region_scope = "35.13";
  auto page = enf().ListAudit(filter, {});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 2);
  EXPECT_EQ(page->items[0].action, "identity.open");  // newest first
  filter.case_id = created->id;
  EXPECT_EQ(enf().ListAudit(filter, {})->total, 1);
  // A failed change appends nothing.
  TransitionRecord t;
  t.case_id = created->id;
  t.from = CaseStatus::kStudy;
  t.to = CaseStatus::kClosed;
  EXPECT_FALSE(enf().ApplyTransition(t, Audit("case.transition", "35.13"), {}).ok());
  EXPECT_EQ(enf().GetAuditHead()->seq, 3);
}

TEST_P(EnforcementStoreTest, DocumentsAreRecordedWithTheirMoveAndNumbersAreUnique) {
  auto created =
      enf().CreateCase(Case("35.13", std::nullopt), std::nullopt, Audit("case.create", "35.13"));
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  auto sequence = enf().NextDocumentSequence("35.13", 2024, "KAJ");
  ASSERT_TRUE(sequence.ok()) << sequence.status().ToString();
  EXPECT_EQ(*sequence, 1);
  EXPECT_EQ(*enf().NextDocumentSequence("35.13", 2024, "KAJ"), 2);
  // Counted apart per kind, office and year.
  EXPECT_EQ(*enf().NextDocumentSequence("35.13", 2024, "REK"), 1);
  EXPECT_EQ(*enf().NextDocumentSequence("35.08", 2024, "KAJ"), 1);
  EXPECT_EQ(*enf().NextDocumentSequence("35.13", 2025, "KAJ"), 1);

  TransitionRecord t;
  t.case_id = created->id;
  t.from = CaseStatus::kReceived;
  t.to = CaseStatus::kInitialReview;
  t.at = 1'726'800'000;
  GeneratedDocument doc;
  doc.record.case_id = created->id;
  doc.record.kind = "KAJ";
  doc.record.number = "001/KAJ/PK/Kab/35.13/IX/2024";
  doc.record.office_code = "35.13";
  doc.record.year = 2024;
  doc.record.sequence = 1;
  doc.record.sha256 = std::string(64, 'a');
  doc.record.size = 10;
  doc.record.generated_at = 1'726'800'000;
  doc.audit = Audit("document.generated", "35.13");
  auto moved = enf().ApplyTransition(t, Audit("case.transition", "35.13"), {doc});
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  auto docs = enf().ListCaseDocuments(created->id);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].number, "001/KAJ/PK/Kab/35.13/IX/2024");
  EXPECT_EQ((*docs)[0].transition_id, (*enf().ListTransitions(created->id))[0].id);
  EXPECT_EQ(enf().GetCaseDocument((*docs)[0].id)->sha256, std::string(64, 'a'));
  EXPECT_EQ(enf().GetCaseDocument(999999).status().code(), ErrorCode::kNotFound);
  // A number taken already fails the whole move: the case stays where it was.
  t.from = CaseStatus::kInitialReview;
  t.to = CaseStatus::kRegistered;
  EXPECT_EQ(enf().ApplyTransition(t, Audit("case.transition", "35.13"), {doc}).status().code(),
            ErrorCode::kAlreadyExists);
  EXPECT_EQ(enf().GetCase(created->id)->status, CaseStatus::kInitialReview);
}

TEST_P(EnforcementStoreTest, ConcurrentDocumentSequencesAreDistinct) {
  std::vector<std::thread> threads;
  std::vector<std::vector<int>> taken(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([this, &taken, t] {
      for (int i = 0; i < 10; ++i) {
        auto next = enf().NextDocumentSequence("35.13", 2024, "REK");
        ASSERT_TRUE(next.ok()) << next.status().ToString();
        taken[t].push_back(*next);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  std::vector<int> all;
  for (const auto& some : taken) all.insert(all.end(), some.begin(), some.end());
  std::sort(all.begin(), all.end());
  ASSERT_EQ(all.size(), 40u);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(all[i], i + 1);
}

TEST_P(EnforcementStoreTest, ConcurrentAppendsKeepOneChain) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([this] {
      for (int i = 0; i < 10; ++i) ASSERT_TRUE(enf().AppendAudit(Audit("x", "35.13")).ok());
    });
  }
  for (auto& thread : threads) thread.join();
  auto chain = enf().ReadAuditChain(0, 1000);
  ASSERT_TRUE(chain.ok());
  ASSERT_EQ(chain->size(), 40u);
  std::string prev = kAuditGenesisHash;
  for (const AuditEntry& e : *chain) {
    ASSERT_EQ(e.prev_hash, prev) << "fork at seq " << e.seq;
    prev = e.hash;
  }
}

INSTANTIATE_TEST_SUITE_P(Sqlite, EnforcementStoreTest, ::testing::Values("sqlite"));
INSTANTIATE_TEST_SUITE_P(Postgres, EnforcementStoreTest, ::testing::Values("postgresql"));

}  // namespace
}  // namespace netra
