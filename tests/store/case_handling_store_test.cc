// CaseHandlingStore on SQLite (Sqlite/*) and PostgreSQL (Postgres/*): the
// first officer of a case, handovers in sequence with their audit entries, a
// handover based on a stale read refused, the current officer of many cases.
#include "store/case_handling_store.h"

#include <gtest/gtest.h>

#include <vector>

#include "store/store.h"
#include "store_test_env.h"

namespace netra {
namespace {

AuditEntry Audit() {
  AuditEntry a;
  a.at = 1'728'000'000;
  a.actor = "pengawas.ani";
  a.action = "case.handler";
  a.region_code = "35.13";
  return a;
}

HandlerRecord Handler(std::int64_t case_id, int seq, std::int64_t user, const std::string& how) {
  HandlerRecord h;
  h.case_id = case_id;
  h.seq = seq;
  h.user_id = user;
  h.assigned_by = user;
  h.assigned_at = 1'728'000'000 + seq;
  h.how = how;
  return h;
}

class CaseHandlingStoreTest : public store_test::BackendTest {
 protected:
  std::int64_t NewCase() {
    CaseRecord c;
    c.origin = "finding";
    c.region_code = "35.13";
    c.election_kind = "pilkada";
    c.subject_name = "Siti Aminah";
    c.summary = "Mengunggah ajakan memilih";
    c.act_date = "2024-10-01";
    c.act_place = "Facebook";
    AuditEntry a = Audit();
    a.action = "finding.recorded";
    return store_->enforcement().CreateCase(c, std::nullopt, a)->id;
  }
  CaseHandlingStore& handling() { return store_->case_handling(); }
};

TEST_P(CaseHandlingStoreTest, HandoversInSequenceWithTheirAuditEntries) {
  const std::int64_t id = NewCase();
  auto none = handling().CurrentHandler(id);
  ASSERT_TRUE(none.ok()) << none.status().ToString();
  EXPECT_FALSE(none->has_value());

  ASSERT_TRUE(handling().AssignHandler(Handler(id, 1, 7, "finding"), Audit()).ok());
  // A second "first" officer, or a handover skipping a number, is refused.
  auto again = handling().AssignHandler(Handler(id, 1, 8, "first_action"), Audit());
  EXPECT_EQ(again.status().code(), ErrorCode::kConflict);
  EXPECT_EQ(again.status().reason(), "handler_changed");
  EXPECT_EQ(handling().AssignHandler(Handler(id, 3, 8, "take_over"), Audit()).status().reason(),
            "handler_changed");
  HandlerRecord over = Handler(id, 2, 8, "assigned");
  over.assigned_by = 7;
  over.reason = "Petugas pertama berasal dari unit terlapor";
  ASSERT_TRUE(handling().AssignHandler(over, Audit()).ok());

  auto current = handling().CurrentHandler(id);
  ASSERT_TRUE(current.ok() && current->has_value());
  EXPECT_EQ((*current)->user_id, 8);
  EXPECT_EQ((*current)->assigned_by, 7);
  EXPECT_EQ((*current)->how, "assigned");
  EXPECT_EQ((*current)->reason, over.reason);
  auto all = handling().ListHandlers(id);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].user_id, 7);
  EXPECT_EQ((*all)[1].seq, 2);

  // Two successful assignments, two audit links (after the finding's), and
  // the refused ones left none.
  AuditFilter filter;
  filter.region_scope = "35.13";
  filter.case_id = id;
  auto audit = store_->enforcement().ListAudit(filter, {0, 10});
  ASSERT_TRUE(audit.ok());
  EXPECT_EQ(audit->total, 3);
  EXPECT_EQ(audit->items[0].action, "case.handler");
}

TEST_P(CaseHandlingStoreTest, CurrentHandlersOfManyCases) {
  const std::int64_t a = NewCase(), b = NewCase(), c = NewCase();
  ASSERT_TRUE(handling().AssignHandler(Handler(a, 1, 7, "finding"), Audit()).ok());
  ASSERT_TRUE(handling().AssignHandler(Handler(c, 1, 7, "finding"), Audit()).ok());
  ASSERT_TRUE(handling().AssignHandler(Handler(c, 2, 9, "take_over"), Audit()).ok());
  const std::vector<std::int64_t> ids = {a, b, c};
  auto current = handling().CurrentHandlers(ids);
  ASSERT_TRUE(current.ok()) << current.status().ToString();
  EXPECT_EQ(current->size(), 2u);
  EXPECT_EQ(current->at(a).user_id, 7);
  EXPECT_EQ(current->at(c).user_id, 9);
  EXPECT_FALSE(current->contains(b));
}

TEST_P(CaseHandlingStoreTest, UserLinkedToAnEmployee) {
  User u;
  u.username = "pengawas.ani";
  u.display_name = "Ani";
  u.role = Role::kPengawas;
  u.region_code = "35.13";
  u.password_hash = "x";
  const std::int64_t id = store_->CreateUser(u)->id;
  ASSERT_TRUE(store_->SetUserEmployeeNip(id, "198502022010012003").ok());
  EXPECT_EQ(store_->GetUser(id)->employee_nip, "198502022010012003");
  ASSERT_TRUE(store_->SetUserEmployeeNip(id, std::nullopt).ok());
  EXPECT_FALSE(store_->GetUser(id)->employee_nip.has_value());
  EXPECT_EQ(store_->SetUserEmployeeNip(id + 100, "1").code(), ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, CaseHandlingStoreTest, ::testing::Values("sqlite"));
INSTANTIATE_TEST_SUITE_P(Postgres, CaseHandlingStoreTest, ::testing::Values("postgresql"));

}  // namespace
}  // namespace netra
