#include "scan/normalizer.h"

#include <gtest/gtest.h>

#include <random>
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

TEST_F(NormalizerTest, TokenSpansPointIntoOriginal) {
  NormalizedText t;
  const std::string in = "Ayo c0bl0s   ✌️ mantaaap";
  normalizer_->Normalize(in, t);
  ASSERT_EQ(t.text, " ayo coblos ^2 mantap ");
  ASSERT_EQ(t.tokens.size(), 4u);
  auto source = [&](std::size_t k) {
    return in.substr(t.tokens[k].src_begin, t.tokens[k].src_end - t.tokens[k].src_begin);
  };
  EXPECT_EQ(t.Token(1), "coblos");
  EXPECT_EQ(source(1), "c0bl0s");
  EXPECT_EQ(source(2), "✌️");
  EXPECT_EQ(source(3), "mantaaap");
  EXPECT_EQ(t.tokens[3].hash, TokenHash("mantap"));
  // An abbreviation's expansion maps to the whole abbreviation.
  normalizer_->Normalize("pilih yg", t);
  ASSERT_EQ(t.Token(1), "yang");
  EXPECT_EQ(t.tokens[1].src_begin, 6u);
  EXPECT_EQ(t.tokens[1].src_end, 8u);
}

// Random social-media-like text: ASCII words in mixed case with repeated
// letters, clitics, leet digits and numbers, abbreviations, spaced letters,
// punctuation, accented and look-alike letters, emoji.
std::string RandomText(std::mt19937& rng) {
  static const char* kPieces[] = {"Mantaaap",  "saatnya",      "yg",        "c0bl0s",   "rekan2",
                                  "bijak2024", "02",           "PILIH",     "ka'bah",   "#Tagar",
                                  "@a.b.",     "c o b l o s",  "p.i.l.i.h", "nomor",    "x",
                                  "Y",         "pilíh",        "сoblоs",    "✌️",   "3️⃣",
                                  "🔥",         "Ｃｏｂｌｏｓ", "hanya",     "rebananya"};
  static const char* kGaps[] = {" ", "  ", ", ", ". ", "!! ", " - ", "\n"};
  std::string s;
  const int n = 1 + static_cast<int>(rng() % 10);
  for (int i = 0; i < n; ++i) {
    s += kPieces[rng() % std::size(kPieces)];
    s += kGaps[rng() % std::size(kGaps)];
  }
  return s;
}

// Every token's span, normalized on its own, gives back that token: spans
// cover exactly the input the token was read from.
TEST_F(NormalizerTest, EveryTokenSpanNormalizesToItsToken) {
  std::mt19937 rng(11);
  NormalizedText t;
  for (int round = 0; round < 3000; ++round) {
    const std::string in = RandomText(rng);
    normalizer_->Normalize(in, t);
    for (std::size_t k = 0; k < t.tokens.size(); ++k) {
      const NormalizedToken& tok = t.tokens[k];
      ASSERT_LE(tok.src_begin, tok.src_end);
      ASSERT_LE(tok.src_end, in.size());
      EXPECT_EQ(tok.hash, TokenHash(t.Token(k)));
      EXPECT_EQ(t.text[tok.begin - 1], ' ');
      EXPECT_EQ(t.text[tok.end], ' ');
      const std::string alone = N(in.substr(tok.src_begin, tok.src_end - tok.src_begin));
      EXPECT_EQ(alone, " " + std::string(t.Token(k)) + " ")
          << "token " << k << " of '" << in << "'";
    }
  }
}

// A soft hyphen (U+00AD) is dropped, but it breaks the run of input bytes,
// so a word holding one goes through the general per-byte path instead of
// the ASCII fast path: both must give the same text and the same tokens.
TEST_F(NormalizerTest, AsciiFastPathMatchesGeneralPath) {
  static const char* kWords[] = {"Mantaaap",  "saatnya", "yg",  "gk", "Bupati", "kiTaa",
                                 "rebananya", "hanya",   "ojo", "OK", "tsabit", "dukung"};
  std::mt19937 rng(5);
  NormalizedText fast;
  NormalizedText general;
  for (int round = 0; round < 3000; ++round) {
    std::string plain;
    std::string hyphenated;
    const int n = 1 + static_cast<int>(rng() % 8);
    for (int i = 0; i < n; ++i) {
      const std::string w = kWords[rng() % std::size(kWords)];
      const std::size_t cut = 1 + rng() % (w.size() - 1);
      plain += w + " ";
      hyphenated += w.substr(0, cut) + "\xC2\xAD" + w.substr(cut) + " ";
    }
    normalizer_->Normalize(plain, fast);
    normalizer_->Normalize(hyphenated, general);
    ASSERT_EQ(fast.text, general.text) << plain;
    ASSERT_EQ(fast.tokens.size(), general.tokens.size());
    for (std::size_t k = 0; k < fast.tokens.size(); ++k) {
      EXPECT_EQ(fast.tokens[k].hash, general.tokens[k].hash);
      // The same word: its span starts at the same word of the input.
      EXPECT_EQ(fast.tokens[k].src_begin + 2 * k, general.tokens[k].src_begin) << plain;
    }
  }
}

TEST_F(NormalizerTest, InvalidUtf8IsASeparator) {
  EXPECT_EQ(N("abc\xFF\xFE"
              "def"),
            " abc def ");
  EXPECT_EQ(N("abc\xE2\x82"), " abc ");
}

// An abbreviation may stand for several words: each becomes a token, and
// each maps back to the whole abbreviation. A later line for the same
// abbreviation replaces the earlier one.
TEST(NormalizerTablesTest, AbbreviationOfSeveralWords) {
  auto n = Normalizer::FromTables("abbr\totw\totewe\nabbr\totw\ton the way\n");
  ASSERT_TRUE(n.ok()) << n.status().message_en();
  NormalizedText t;
  (*n)->Normalize("aku OTW ya", t);
  EXPECT_EQ(t.text, " aku on the way ya ");
  ASSERT_EQ(t.tokens.size(), 5u);
  for (std::size_t k = 1; k <= 3; ++k) {
    EXPECT_EQ(t.tokens[k].src_begin, 4u);
    EXPECT_EQ(t.tokens[k].src_end, 7u);
  }
  EXPECT_EQ(t.tokens[2].hash, TokenHash("the"));
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
