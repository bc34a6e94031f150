#include "scan/normalizer.h"

#include <gtest/gtest.h>

#include <string>

namespace netra::scan {
namespace {

class NormalizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto n = Normalizer::Create();
    ASSERT_TRUE(n.ok()) << n.status().message_en();
    normalizer_ = std::move(n).value().release();
  }
  static void TearDownTestSuite() { delete normalizer_; }
  std::string N(std::string_view s) { return normalizer_->NormalizeToString(s); }
  static Normalizer* normalizer_;
};
Normalizer* NormalizerTest::normalizer_ = nullptr;

TEST_F(NormalizerTest, CaseAndPunctuation) {
  EXPECT_EQ(N("Coblos, NOMOR 2!!"), " coblos nomor 2 ");
  EXPECT_EQ(N(""), " ");
  EXPECT_EQ(N("  ...  "), " ");
}

TEST_F(NormalizerTest, NfkcAndDiacritics) {
  EXPECT_EQ(N("Ｃｏｂｌｏｓ"), " coblos ");  // fullwidth
  EXPECT_EQ(N("𝐂𝐎𝐁𝐋𝐎𝐒"), " coblos ");        // mathematical bold
  EXPECT_EQ(N("pilíh"), " pilih ");
  EXPECT_EQ(N("pili\xCC\x81h"), " pilih ");  // combining acute
}

TEST_F(NormalizerTest, LookAlikeLetters) {
  EXPECT_EQ(N("сoblоs"), " coblos ");  // Cyrillic с and о
  EXPECT_EQ(N("κοblos"), " koblos ");
}

TEST_F(NormalizerTest, Leetspeak) {
  EXPECT_EQ(N("c0bl0s"), " coblos ");
  EXPECT_EQ(N("p1l1h"), " pilih ");
  EXPECT_EQ(N("j4n9an p1l1h y9 c4m4 m0d4l s0r8an"), " jangan pilih yang cama modal sorban ");
  EXPECT_EQ(N("6k"), " tidak ");
}

TEST_F(NormalizerTest, ReduplicationAndTrailingNumbers) {
  EXPECT_EQ(N("rekan2 baru"), " rekan baru ");
  EXPECT_EQ(N("#BIJAK2024"), " #bijak2024 ");
  EXPECT_EQ(N("bijak2024"), " bijak 2024 ");
  EXPECT_EQ(N("paslon 02"), " paslon 2 ");
}

TEST_F(NormalizerTest, RepeatedLetters) {
  EXPECT_EQ(N("mantaaap"), " mantap ");
  EXPECT_EQ(N("BuPaTii KiTaa"), " bupati kita ");
  EXPECT_EQ(N("saatnya"), N("saaaaatnya"));
}

TEST_F(NormalizerTest, SpacedAndDottedLetters) {
  EXPECT_EQ(N("c o b l o s 2"), " coblos 2 ");
  EXPECT_EQ(N("c.o.b.l.o.s"), " coblos ");
  EXPECT_EQ(N("p 1 l 1 h"), " pilih ");
  EXPECT_EQ(N("1 y mbak"), " 1 ya mbak ");  // a lone letter is not a spaced word
}

TEST_F(NormalizerTest, EmojiBallotNumbers) {
  EXPECT_EQ(N("☝️ untuk kabupaten"), " ^1 untuk kabupaten ");
  EXPECT_EQ(N("✌️✌️"), " ^2 ^2 ");
  EXPECT_EQ(N("jari siap 3️⃣"), " jari siap ^3 ");
  EXPECT_EQ(N("☝🏽"), " ^1 ");
  EXPECT_EQ(N("mantap 🔥🔥"), " mantap ^fire ^fire ");
  EXPECT_EQ(N("🌾"), " ");
}

TEST_F(NormalizerTest, Abbreviations) {
  EXPECT_EQ(N("yg muda gk dgn"), " yang muda tidak dengan ");
  EXPECT_EQ(N("Nyoblos no 3"), " coblos nomor 3 ");
}

TEST_F(NormalizerTest, HashtagsAndMentions) {
  EXPECT_EQ(N("cek @pak.ilzam. #TabuhRebana"), " cek @pak.ilzam #tabuhrebana ");
  EXPECT_EQ(N("# bukan"), " bukan ");
}

TEST_F(NormalizerTest, OffsetMapPointsIntoOriginal) {
  NormalizedText t;
  const std::string in = "Ayo c0bl0s   ✌️ mantaaap";
  normalizer_->Normalize(in, t);
  ASSERT_EQ(t.text, " ayo coblos ^2 mantap ");
  ASSERT_EQ(t.text.size(), t.begin.size());
  ASSERT_EQ(t.text.size(), t.end.size());
  const std::size_t c = t.text.find("coblos");
  EXPECT_EQ(in.substr(t.SourceBegin(c), t.SourceEnd(c + 6) - t.SourceBegin(c)), "c0bl0s");
  const std::size_t two = t.text.find("^2");
  EXPECT_EQ(in.substr(t.SourceBegin(two), t.SourceEnd(two + 2) - t.SourceBegin(two)), "✌️");
  const std::size_t m = t.text.find("mantap");
  EXPECT_EQ(in.substr(t.SourceBegin(m), t.SourceEnd(m + 6) - t.SourceBegin(m)), "mantaaap");
  // An abbreviation's expansion maps to the whole abbreviation.
  normalizer_->Normalize("pilih yg", t);
  const std::size_t y = t.text.find("yang");
  EXPECT_EQ(t.SourceBegin(y), 6u);
  EXPECT_EQ(t.SourceEnd(y + 4), 8u);
}

TEST_F(NormalizerTest, InvalidUtf8IsASeparator) {
  EXPECT_EQ(N("abc\xFF\xFE"
              "def"),
            " abc def ");
  EXPECT_EQ(N("abc\xE2\x82"), " abc ");
}

TEST(NormalizerTablesTest, BadTableNamesTheLine) {
  auto r = Normalizer::FromTables("abbr\tyg\tyang\nbogus line\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("line 2"), std::string::npos);
  auto r2 = Normalizer::FromTables("leet\tx\ty\n");
  ASSERT_FALSE(r2.ok());
}

}  // namespace
}  // namespace netra::scan
