#include "domain/audit_chain.h"

#include <gtest/gtest.h>

#include <vector>

namespace netra {
namespace {

std::vector<AuditEntry> Chain(int n) {
  std::vector<AuditEntry> out;
  std::string prev(kAuditGenesisHash);
  for (int i = 1; i <= n; ++i) {
    AuditEntry e;
    e.sequence = i;
    e.at = 1726700000 + i * 60;
    e.actor = "user:" + std::to_string(i % 3 + 1);
    e.action = "case.transition";
    e.object_type = "case";
    e.object_id = std::to_string(100 + i);
    e.details_json = R"({"to":"STUDY","from":"CLARIFICATION","n":)" + std::to_string(i) + "}";
    auto sealed = SealAuditEntry(e, prev);
    EXPECT_TRUE(sealed.ok()) << sealed.status().ToString();
    prev = sealed->hash;
    out.push_back(*sealed);
  }
  return out;
}

TEST(AuditChainTest, CanonicalFormIsLengthPrefixedWithSortedDetails) {
  AuditEntry e;
  e.sequence = 7;
  e.at = 1726700000;
  e.actor = "user:3";
  e.action = "case.create";
  e.object_type = "case";
  e.object_id = "12";
  e.details_json = R"({ "b": 1, "a": "x:y" })";
  auto canonical = CanonicalAuditEntry(e);
  ASSERT_TRUE(canonical.ok());
  EXPECT_EQ(*canonical,
            "netra-audit-v1\nseq:1:7\nat:10:1726700000\nactor:6:user:3\naction:11:case.create\n"
            "object_type:4:case\nobject_id:2:12\ndetails:17:{\"a\":\"x:y\",\"b\":1}\n");
}

TEST(AuditChainTest, HashIsBlake2b256OfPreviousHashAndEntry) {
  const auto chain = Chain(3);
  EXPECT_EQ(chain[0].prev_hash, kAuditGenesisHash);
  EXPECT_EQ(chain[1].prev_hash, chain[0].hash);
  EXPECT_EQ(chain[0].hash.size(), 64u);
  // A known answer pins the formula: BLAKE2b-256(32 zero bytes || canonical entry 1).
  EXPECT_EQ(*AuditEntryHash(kAuditGenesisHash, chain[0]), chain[0].hash);
  AuditEntry other_prev = chain[0];
  EXPECT_NE(*AuditEntryHash(chain[2].hash, other_prev), chain[0].hash);
  EXPECT_TRUE(VerifyAuditChain(chain).ok());
  EXPECT_TRUE(VerifyAuditChain(chain, kAuditGenesisHash, 1, chain.back().hash).ok());
  // A later segment verifies from its anchor.
  EXPECT_TRUE(VerifyAuditChain(std::span(chain).subspan(1), chain[0].hash, 2).ok());
}

TEST(AuditChainTest, KnownAnswer) {
  AuditEntry e;
  e.sequence = 1;
  e.at = 0;
  e.details_json = "{}";
  auto hash = AuditEntryHash(kAuditGenesisHash, e);
  ASSERT_TRUE(hash.ok());
  // Computed independently: python3 -c "import hashlib; print(hashlib.blake2b(bytes(32) +
  // b'netra-audit-v1\nseq:1:1\nat:1:0\nactor:0:\naction:0:\nobject_type:0:\nobject_id:0:\n'
  // b'details:2:{}\n', digest_size=32).hexdigest())"
  EXPECT_EQ(*hash, "ca971e258fa9e25939d64c58bfd641d51720c5d1632a7fca1dbc368ab75f9056");
}

TEST(AuditChainTest, NamesAnEditedEntry) {
  auto chain = Chain(5);
  chain[2].details_json = R"({"to":"NOT_VIOLATION","from":"CLARIFICATION","n":3})";
  const AuditVerification v = VerifyAuditChain(chain);
  EXPECT_EQ(v.problem, AuditBreak::kEdited);
  EXPECT_EQ(v.index, 2u);
  EXPECT_EQ(v.sequence, 3);
  EXPECT_NE(v.message_en.find("Entry 3 was edited"), std::string::npos);
  EXPECT_NE(v.message.find("Entri 3 diubah"), std::string::npos);
  // Re-sealing the edited entry does not help: the next link breaks.
  chain[2] = *SealAuditEntry(chain[2], chain[1].hash);
  const AuditVerification w = VerifyAuditChain(chain);
  EXPECT_EQ(w.problem, AuditBreak::kInserted);
  EXPECT_EQ(w.sequence, 4);
}

TEST(AuditChainTest, NamesDeletedEntries) {
  auto chain = Chain(6);
  chain.erase(chain.begin() + 2, chain.begin() + 4);  // drop 3 and 4
  const AuditVerification v = VerifyAuditChain(chain);
  EXPECT_EQ(v.problem, AuditBreak::kDeleted);
  EXPECT_EQ(v.sequence, 3);
  EXPECT_NE(v.message_en.find("Entries 3 to 4 are missing"), std::string::npos);
}

TEST(AuditChainTest, NamesTruncationOnlyAgainstARecordedHead) {
  auto chain = Chain(5);
  const std::string head = chain.back().hash;
  chain.pop_back();
  EXPECT_TRUE(VerifyAuditChain(chain).ok());
  const AuditVerification v = VerifyAuditChain(chain, kAuditGenesisHash, 1, head);
  EXPECT_EQ(v.problem, AuditBreak::kTruncated);
  EXPECT_EQ(v.sequence, 5);
}

TEST(AuditChainTest, NamesReorderedEntries) {
  auto chain = Chain(5);
  std::swap(chain[1], chain[3]);
  const AuditVerification v = VerifyAuditChain(chain);
  EXPECT_EQ(v.problem, AuditBreak::kReordered);
  EXPECT_EQ(v.index, 1u);
  EXPECT_EQ(v.sequence, 2);
}

TEST(AuditChainTest, NamesInsertedEntries) {
  auto chain = Chain(4);
  // A forged entry claiming sequence 3, correctly sealed onto entry 2.
  AuditEntry forged = chain[2];
  forged.details_json = R"({"forged":true})";
  forged = *SealAuditEntry(forged, chain[1].hash);
  chain.insert(chain.begin() + 2, forged);
  AuditVerification v = VerifyAuditChain(chain);
  EXPECT_EQ(v.problem, AuditBreak::kInserted);
  EXPECT_EQ(v.index, 3u);
  // A forged entry with its own sequence that does not link.
  chain = Chain(4);
  AuditEntry stray = chain[3];
  stray.sequence = 5;
  stray = *SealAuditEntry(stray, std::string(64, 'a'));
  chain.push_back(stray);
  v = VerifyAuditChain(chain);
  EXPECT_EQ(v.problem, AuditBreak::kInserted);
  EXPECT_EQ(v.sequence, 5);
}

TEST(AuditChainTest, RejectsMalformedInput) {
  AuditEntry e;
  e.sequence = 1;
  e.details_json = "[1,2]";
  EXPECT_EQ(CanonicalAuditEntry(e).status().code(), ErrorCode::kInvalidArgument);
  e.details_json = "{";
  EXPECT_EQ(CanonicalAuditEntry(e).status().code(), ErrorCode::kInvalidArgument);
  e.details_json = "{}";
  e.sequence = 0;
  EXPECT_EQ(CanonicalAuditEntry(e).status().code(), ErrorCode::kInvalidArgument);
  e.sequence = 1;
  EXPECT_FALSE(AuditEntryHash("ABC", e).ok());
  EXPECT_FALSE(AuditEntryHash(std::string(64, 'G'), e).ok());
  EXPECT_FALSE(AuditEntryHash(std::string(64, 'A'), e).ok());  // lower-case only
}

}  // namespace
}  // namespace netra
