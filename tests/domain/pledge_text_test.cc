#include "domain/pledge_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace netra {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

constexpr const char* kDoc =
    "version: 2\n"
    "election: pilkada-2024\n"
    "kind: pakta\n"
    "title: PAKTA INTEGRITAS\n"
    "---\n"
    "Saya menyatakan:\n"
    "1. Netral.\n";

TEST(Sha256Test, MatchesFipsVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the padding spills into a second block.
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000, 'a')),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST(PledgeTextTest, ParsesHeaderAndHashesText) {
  auto pledge = ParsePledgeText(kDoc, "mem");
  ASSERT_TRUE(pledge.ok()) << pledge.status().ToString();
  EXPECT_EQ(pledge->version, 2);
  EXPECT_EQ(pledge->election, "pilkada-2024");
  EXPECT_EQ(pledge->kind, PledgeKind::kPakta);
  EXPECT_EQ(pledge->title, "PAKTA INTEGRITAS");
  EXPECT_EQ(pledge->text, "Saya menyatakan:\n1. Netral.\n");
  EXPECT_EQ(pledge->text_hash, Sha256Hex("Saya menyatakan:\n1. Netral.\n"));
}

TEST(PledgeTextTest, LineEndingsAndFinalNewlinesDoNotChangeTheHash) {
  std::string crlf;
  for (char c : std::string(kDoc)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  auto unix_doc = ParsePledgeText(kDoc, "unix");
  auto windows = ParsePledgeText(crlf + "\r\n\r\n", "windows");
  ASSERT_TRUE(unix_doc.ok());
  ASSERT_TRUE(windows.ok()) << windows.status().ToString();
  EXPECT_EQ(windows->text, unix_doc->text);
  EXPECT_EQ(windows->text_hash, unix_doc->text_hash);
}

TEST(PledgeTextTest, AnyChangeInTheTextChangesTheHash) {
  std::string altered(kDoc);
  altered.replace(altered.find("Netral."), 7, "Netral!");
  auto a = ParsePledgeText(kDoc, "a");
  auto b = ParsePledgeText(altered, "b");
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_NE(a->text_hash, b->text_hash);
}

TEST(PledgeTextTest, RejectsBadHeadersNamingTheLine) {
  struct Case {
    std::string doc;
    const char* message_has;
  };
  const Case cases[] = {
      {"version: 1\nelection: e\nkind: ikrar\ntitle: T\n", "'---'"},
      {"version: 0\nelection: e\nkind: ikrar\ntitle: T\n---\nx\n", "bad:1: version"},
      {"version: 1\nelection: e\nkind: sumpah\ntitle: T\n---\nx\n", "bad:3: kind"},
      {"version: 1\nversion: 2\n---\nx\n", "bad:2: key 'version' repeated"},
      {"version: 1\nelection: e\nkind: ikrar\n---\nx\n", "'title' is missing"},
      {"version: 1\nelection: e\nkind: ikrar\ntitle: T\nauthor: x\n---\nx\n", "unknown key"},
      {"version: 1\nelection: e\nkind: ikrar\ntitle: T\nno colon\n---\nx\n", "bad:5"},
      {"version: 1\nelection: e\nkind: ikrar\ntitle: T\n---\n\n\n", "empty"},
  };
  for (const Case& c : cases) {
    auto pledge = ParsePledgeText(c.doc, "bad");
    ASSERT_FALSE(pledge.ok()) << c.doc;
    EXPECT_EQ(pledge.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(pledge.status().message_en().find(c.message_has), std::string::npos)
        << pledge.status().message_en();
  }
}

// The shipped texts parse and cover the four points of domain.md §9.
TEST(PledgeTextTest, ShippedPilkada2024TextsCoverTheFourPoints) {
  for (const char* kind : {"ikrar", "pakta"}) {
    const std::string path = std::string("data/pledges/pilkada-2024-") + kind + "-v1.txt";
    auto pledge = ParsePledgeText(ReadFile(path), path);
    ASSERT_TRUE(pledge.ok()) << pledge.status().ToString();
    EXPECT_EQ(pledge->election, "pilkada-2024");
    EXPECT_EQ(pledge->version, 1);
    EXPECT_STREQ(PledgeKindName(pledge->kind), kind);
    for (const char* phrase : {"sebelum, selama, dan sesudah", "konflik kepentingan", "intimidasi",
                               "pasangan calon", "media sosial", "ujaran kebencian", "hoaks",
                               "politik uang", "pemberian", "\n1. ", "\n4. ", "NIP:"}) {
      EXPECT_NE(pledge->text.find(phrase), std::string::npos) << path << " lacks " << phrase;
    }
  }
}

}  // namespace
}  // namespace netra
