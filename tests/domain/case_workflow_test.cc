#include "domain/case_workflow.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "domain/deadline_rules.h"

namespace netra {
namespace {

CaseFields AllFieldsOf(const CaseTransition& t) {
  CaseFields fields;
  for (std::string_view f : t.required_fields) fields.emplace(std::string(f), "isi");
  return fields;
}

bool HasDocument(const CaseTransition& t, std::string_view name) {
  return std::find(t.documents.begin(), t.documents.end(), name) != t.documents.end();
}

TEST(CaseWorkflowTest, StatusCodesRoundTrip) {
  std::set<std::string> codes;
  for (CaseStatus s : kAllCaseStatuses) {
    const std::string code = CaseStatusCode(s);
    EXPECT_TRUE(codes.insert(code).second) << code;
    ASSERT_TRUE(ParseCaseStatus(code).has_value()) << code;
    EXPECT_EQ(*ParseCaseStatus(code), s);
  }
  EXPECT_FALSE(ParseCaseStatus("received").has_value());
  EXPECT_FALSE(ParseCaseStatus("FORWARDED_KASN").has_value());
}

TEST(CaseWorkflowTest, EveryTransitionSucceedsWithItsRoleAndFields) {
  std::set<std::pair<CaseStatus, CaseStatus>> pairs;
  for (const CaseTransition& t : CaseTransitions()) {
    SCOPED_TRACE(std::string(CaseStatusCode(t.from)) + " -> " + CaseStatusCode(t.to));
    EXPECT_TRUE(pairs.insert({t.from, t.to}).second) << "duplicate move";
    EXPECT_FALSE(t.required_fields.empty());
    auto next = NextCaseStatus(t.from, t.to, t.role, AllFieldsOf(t));
    ASSERT_TRUE(next.ok()) << next.status().ToString();
    EXPECT_EQ(*next, t.to);
    // Each required field, left out or blank, is named (the parts of a chosen
    // sanction with their own reason, see ThePpksDecisionRequiresTheChosenSanction).
    for (std::string_view missing : t.required_fields) {
      const bool sanction = missing.starts_with("sanction_");
      const std::string reason = sanction ? "sanction_required" : "missing_field";
      CaseFields fields = AllFieldsOf(t);
      fields[std::string(missing)] = "  ";
      auto r = NextCaseStatus(t.from, t.to, t.role, fields);
      ASSERT_FALSE(r.ok());
      EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
      EXPECT_EQ(r.status().reason(), reason);
      EXPECT_NE(r.status().message_en().find("\"" + std::string(missing) + "\""),
                std::string::npos);
      EXPECT_NE(r.status().message_id().find(sanction ? "kolom \"" + std::string(missing)
                                                      : "Kolom wajib \"" + std::string(missing)),
                std::string::npos);
      fields.erase(std::string(missing));
      EXPECT_EQ(NextCaseStatus(t.from, t.to, t.role, fields).status().reason(), reason);
    }
  }
  EXPECT_EQ(pairs.size(), CaseTransitions().size());
}

TEST(CaseWorkflowTest, EveryOtherStatusRoleAndTargetIsRefused) {
  int allowed = 0;
  int refused = 0;
  for (CaseStatus from : kAllCaseStatuses) {
    for (Role role : kAllRoles) {
      for (CaseStatus to : kAllCaseStatuses) {
        const CaseTransition* t = FindCaseTransition(from, to);
        // Offer every field any move needs, so only the status and role decide.
        CaseFields fields;
        for (const CaseTransition& any : CaseTransitions()) fields.merge(AllFieldsOf(any));
        auto r = NextCaseStatus(from, to, role, fields);
        if (t != nullptr && t->role == role) {
          EXPECT_TRUE(r.ok()) << r.status().ToString();
          ++allowed;
          continue;
        }
        ++refused;
        ASSERT_FALSE(r.ok()) << CaseStatusCode(from) << " -> " << CaseStatusCode(to) << " by "
                             << RoleName(role);
        if (t == nullptr) {
          EXPECT_EQ(r.status().code(), ErrorCode::kConflict);
          EXPECT_EQ(r.status().reason(), "transition_not_allowed");
        } else {
          EXPECT_EQ(r.status().code(), ErrorCode::kPermissionDenied);
          EXPECT_EQ(r.status().reason(), "wrong_role");
          EXPECT_NE(r.status().message_en().find(std::string("only role ") + RoleName(t->role)),
                    std::string::npos);
        }
      }
    }
  }
  EXPECT_EQ(allowed, static_cast<int>(CaseTransitions().size()));
  EXPECT_EQ(allowed + refused, static_cast<int>(std::size(kAllCaseStatuses) * std::size(kAllRoles) *
                                                std::size(kAllCaseStatuses)));
}

TEST(CaseWorkflowTest, MessagesExplainWhyInBothLanguages) {
  auto not_allowed =
      NextCaseStatus(CaseStatus::kRegistered, CaseStatus::kClosed, Role::kPengawas, {});
  ASSERT_FALSE(not_allowed.ok());
  EXPECT_EQ(not_allowed.status().message_en(),
            "Transition from REGISTERED to CLOSED is not allowed; from REGISTERED only to: "
            "CLARIFICATION");
  EXPECT_EQ(not_allowed.status().message_id(),
            "Peralihan dari REGISTERED ke CLOSED tidak diizinkan; dari REGISTERED hanya ke: "
            "CLARIFICATION");
  auto final_status =
      NextCaseStatus(CaseStatus::kClosed, CaseStatus::kReceived, Role::kPengawas, {});
  EXPECT_NE(final_status.status().message_en().find("final status"), std::string::npos);
  EXPECT_NE(final_status.status().message_id().find("status akhir"), std::string::npos);

  auto wrong_role = NextCaseStatus(CaseStatus::kAwaitingPpk, CaseStatus::kSanctioned,
                                   Role::kPengawas, {{"decision_number", "1"}, {"sanction", "x"}});
  ASSERT_FALSE(wrong_role.ok());
  EXPECT_EQ(wrong_role.status().message_en(),
            "Role pengawas may not move a case from AWAITING_PPK to SANCTIONED; only role ppk");
  EXPECT_EQ(wrong_role.status().message_id(),
            "Peran pengawas tidak boleh memindahkan kasus dari AWAITING_PPK ke SANCTIONED; hanya "
            "peran ppk");

  auto missing = NextCaseStatus(CaseStatus::kClarification, CaseStatus::kStudy, Role::kPengawas,
                                {{"other", "x"}});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message_en(),
            "Required field \"clarification_record\" is missing for the transition from "
            "CLARIFICATION to STUDY");
}

TEST(CaseWorkflowTest, ThePpksDecisionRequiresTheChosenSanction) {
  const CaseFields complete = {{"decision_number", "800/1/2024"},
                               {"sanction_track", "discipline"},
                               {"sanction_level", "medium"},
                               {"sanction_penalty", "tukin_cut_25_6m"}};
  EXPECT_TRUE(
      NextCaseStatus(CaseStatus::kAwaitingPpk, CaseStatus::kSanctioned, Role::kPpk, complete).ok());
  for (const char* part : {"sanction_track", "sanction_level", "sanction_penalty"}) {
    CaseFields fields = complete;
    fields.erase(part);
    auto missing =
        NextCaseStatus(CaseStatus::kAwaitingPpk, CaseStatus::kSanctioned, Role::kPpk, fields);
    ASSERT_FALSE(missing.ok()) << part;
    EXPECT_EQ(missing.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(missing.status().reason(), "sanction_required");
    EXPECT_NE(missing.status().message_id().find(std::string("\"") + part + "\""),
              std::string::npos)
        << missing.status().message_id();
    EXPECT_NE(missing.status().message_en().find("must be chosen"), std::string::npos);
    fields[part] = "  ";  // blank counts as missing
    EXPECT_EQ(NextCaseStatus(CaseStatus::kAwaitingPpk, CaseStatus::kSanctioned, Role::kPpk, fields)
                  .status()
                  .reason(),
              "sanction_required");
  }
  // Only the PPK's decision requires the choice; the recommendation may carry one.
  for (const CaseTransition& t : CaseTransitions()) {
    EXPECT_EQ(RequiresSanctionChoice(t),
              t.from == CaseStatus::kAwaitingPpk && t.to == CaseStatus::kSanctioned)
        << CaseStatusCode(t.from) << " -> " << CaseStatusCode(t.to);
  }
  // A free-text sanction alone no longer records a decision.
  auto text_only = NextCaseStatus(CaseStatus::kAwaitingPpk, CaseStatus::kSanctioned, Role::kPpk,
                                  {{"decision_number", "800/1/2024"}, {"sanction", "Teguran"}});
  EXPECT_EQ(text_only.status().reason(), "sanction_required");
}

TEST(CaseWorkflowTest, WalksAReportToASanctionAndClosure) {
  const CaseStatus path[] = {CaseStatus::kReceived,        CaseStatus::kInitialReview,
                             CaseStatus::kRegistered,      CaseStatus::kClarification,
                             CaseStatus::kStudy,           CaseStatus::kForwardedBkn,
                             CaseStatus::kBknVerification, CaseStatus::kAwaitingPpk,
                             CaseStatus::kSanctioned,      CaseStatus::kClosed};
  CaseStatus current = path[0];
  for (std::size_t i = 1; i < std::size(path); ++i) {
    const CaseTransition* t = FindCaseTransition(current, path[i]);
    ASSERT_NE(t, nullptr) << CaseStatusCode(current) << " -> " << CaseStatusCode(path[i]);
    auto next = NextCaseStatus(current, path[i], t->role, AllFieldsOf(*t));
    ASSERT_TRUE(next.ok()) << next.status().ToString();
    current = *next;
  }
  EXPECT_EQ(current, CaseStatus::kClosed);
}

TEST(CaseWorkflowTest, EveryStatusIsReachableAndCanClose) {
  std::set<CaseStatus> reached = {CaseStatus::kReceived};
  for (bool grew = true; grew;) {
    grew = false;
    for (const CaseTransition& t : CaseTransitions()) {
      if (reached.count(t.from) > 0 && reached.insert(t.to).second) grew = true;
    }
  }
  EXPECT_EQ(reached.size(), std::size(kAllCaseStatuses));
  for (CaseStatus s : kAllCaseStatuses) {
    std::set<CaseStatus> seen = {s};
    for (bool grew = true; grew;) {
      grew = false;
      for (const CaseTransition& t : CaseTransitions()) {
        if (seen.count(t.from) > 0 && seen.insert(t.to).second) grew = true;
      }
    }
    EXPECT_EQ(seen.count(CaseStatus::kClosed), 1u) << CaseStatusCode(s);
  }
}

TEST(CaseWorkflowTest, MovesProduceTheirDocumentsAndRolesAndDeadlines) {
  const CaseTransition* to_study =
      FindCaseTransition(CaseStatus::kClarification, CaseStatus::kStudy);
  ASSERT_NE(to_study, nullptr);
  EXPECT_TRUE(HasDocument(*to_study, "berita acara klarifikasi"));
  const CaseTransition* to_bkn = FindCaseTransition(CaseStatus::kStudy, CaseStatus::kForwardedBkn);
  ASSERT_NE(to_bkn, nullptr);
  EXPECT_TRUE(HasDocument(*to_bkn, "kajian"));
  EXPECT_TRUE(HasDocument(*to_bkn, "surat rekomendasi"));
  EXPECT_EQ(to_bkn->role, Role::kPengawas);
  const CaseTransition* to_ppk =
      FindCaseTransition(CaseStatus::kBknVerification, CaseStatus::kAwaitingPpk);
  ASSERT_NE(to_ppk, nullptr);
  EXPECT_EQ(to_ppk->role, Role::kPenilai);
  ASSERT_EQ(to_ppk->deadlines.size(), 1u);
  EXPECT_EQ(to_ppk->deadlines[0].rule_id, "D8");
  EXPECT_EQ(FindCaseTransition(CaseStatus::kAwaitingPpk, CaseStatus::kSanctioned)->role,
            Role::kPpk);
  const CaseTransition* registered =
      FindCaseTransition(CaseStatus::kInitialReview, CaseStatus::kRegistered);
  ASSERT_NE(registered, nullptr);
  ASSERT_EQ(registered->deadlines.size(), 2u);
  EXPECT_EQ(registered->deadlines[0].rule_id, "D3");
  EXPECT_EQ(registered->deadlines[0].from, DeadlineFrom::kReceipt);
  // No move belongs to administrators, auditors, the public or ASN.
  for (const CaseTransition& t : CaseTransitions()) {
    EXPECT_TRUE(t.role == Role::kPengawas || t.role == Role::kPenilai || t.role == Role::kPpk)
        << CaseStatusCode(t.from) << " -> " << CaseStatusCode(t.to);
  }
}

TEST(CaseWorkflowTest, EveryDeadlineIdIsAConfiguredRule) {
  std::ifstream in("data/rules/deadlines.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto rules = DeadlineRules::Parse(ss.str(), "data/rules/deadlines.json");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  for (const CaseTransition& t : CaseTransitions()) {
    for (const DeadlineRef& ref : t.deadlines) {
      EXPECT_NE(rules->Find(ref.rule_id), nullptr) << ref.rule_id;
    }
  }
  // Registration starts D3 in Pilkada and D5-follow-up in Pemilu.
  const CaseTransition* registered =
      FindCaseTransition(CaseStatus::kInitialReview, CaseStatus::kRegistered);
  std::vector<std::string_view> ids;
  for (const DeadlineRef& ref : registered->deadlines) ids.push_back(ref.rule_id);
  EXPECT_EQ(rules->Select(ids, "pilkada")->id, "D3");
  EXPECT_EQ(rules->Select(ids, "pemilu")->id, "D5-follow-up");
}

}  // namespace
}  // namespace netra
