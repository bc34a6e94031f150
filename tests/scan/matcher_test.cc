#include "scan/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace netra::scan {
namespace {

// Invented candidates, not in the dev lexicon.
constexpr const char* kLexicon = R"({"election":"pilkada-2029","contests":[
 {"region":"64.72","region_name":"Kota Samarinda","office":"walikota","candidates":[
  {"number":1,"head":["Drs. Rudi Hartawan","Rudi","Bang Rudi"],"deputy":["Sinta Marlina","Sinta"],
   "pair":["RUSI","Rudi-Sinta"],"slogans":["Samarinda Bangkit Bersama","Kerja Tuntas, Kota Berkelas"],"hashtags":["#RUSI2029"],
   "accounts":["@bangrudi.smd","fb:Rudi Hartawan Official","group:Relawan RUSI"],
   "parties":["Partai Contoh"],"descriptors":["petahana"]},
  {"number":2,"head":["Agus Salim Pane","Agus"],"deputy":["Dewi Lestari","Dewi"],
   "pair":["ASDE"],"slogans":["Kota Tepian Berseri"],"hashtags":["#ASDE2029"],
   "accounts":["@asde.smd"],"parties":["Partai Contoh"]}]}]})";

class MatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto n = Normalizer::Create();
    ASSERT_TRUE(n.ok());
    normalizer_ = std::move(n).value();
    auto lex = ParseLexicon(kLexicon);
    ASSERT_TRUE(lex.ok()) << lex.status().message_en();
    auto m = Matcher::Build(*lex, *normalizer_);
    ASSERT_TRUE(m.ok()) << m.status().message_en();
    matcher_ = std::move(m).value();
  }
  // "kind:number" of each match, in order.
  std::string Kinds(std::string_view text) {
    normalizer_->Normalize(text, norm_);
    matcher_->Scan(norm_, scratch_, matches_);
    std::string out;
    for (const Match& m : matches_) {
      const PatternRef& r = matcher_->pattern(m.pattern).refs.front();
      if (!out.empty()) out += ' ';
      out += std::string(PatternKindName(r.kind)) + ":" + std::to_string(r.number);
    }
    return out;
  }
  std::unique_ptr<Normalizer> normalizer_;
  std::unique_ptr<Matcher> matcher_;
  NormalizedText norm_;
  MatchScratch scratch_;
  std::vector<Match> matches_;
};

TEST_F(MatcherTest, KindsAndCandidates) {
  EXPECT_EQ(Kinds("Bang Rudi mantap"), "nickname:1");
  EXPECT_EQ(Kinds("Drs. Rudi Hartawan hadir"), "name:1");
  EXPECT_EQ(Kinds("RUSI jos"), "pair:1");
  EXPECT_EQ(Kinds("samarinda bangkit bersama!!"), "slogan:1");
  EXPECT_EQ(Kinds("#rusi2029"), "hashtag:1");
  EXPECT_EQ(Kinds("cek @asde.smd"), "account:2");
  EXPECT_EQ(Kinds("gabung Relawan RUSI yuk"), "group:1");
  EXPECT_EQ(Kinds("petahana"), "descriptor:1");
}

TEST_F(MatcherTest, WordBoundaries) {
  EXPECT_EQ(Kinds("Rudiyanto datang"), "");
  EXPECT_EQ(Kinds("agustus"), "");
  EXPECT_EQ(Kinds("#RUSI2029x"), "");
}

TEST_F(MatcherTest, WordBoundariesAtTextEdgesAndInsideTokens) {
  EXPECT_EQ(Kinds("rudi"), "nickname:1");
  EXPECT_EQ(Kinds("xrudi"), "");
  EXPECT_EQ(Kinds("rudix"), "");
  EXPECT_EQ(Kinds("asderusi"), "");
  EXPECT_EQ(Kinds("asde rusi"), "pair:2 pair:1");
}

TEST_F(MatcherTest, EveryOccurrenceAndOverlaps) {
  // A pattern said twice is two matches (no single-match flag).
  EXPECT_EQ(Kinds("Bang Rudi dan Bang Rudi"), "nickname:1 nickname:1");
  // "nomor 2", "coblos nomor 2" and "nomor urut 2"-like overlaps for one
  // number are one mention; "rudi" inside "bang rudi" is dropped.
  EXPECT_EQ(Kinds("coblos nomor 2"), "ballot_phrase:2");
  Kinds("ayo bang rudi");
  ASSERT_EQ(matches_.size(), 1u);
  EXPECT_EQ(matches_[0].begin, 1u);
  EXPECT_EQ(matches_[0].end, 3u);
}

TEST_F(MatcherTest, BallotNumbers) {
  EXPECT_EQ(Kinds("coblos 2"), "ballot_phrase:2");
  EXPECT_EQ(Kinds("c0bl0s nomer 1"), "ballot_phrase:1");
  EXPECT_EQ(Kinds("paslon 02 pokoknya"), "ballot_phrase:2");
  EXPECT_EQ(Kinds("nomor urut 1"), "ballot_phrase:1");
  EXPECT_EQ(Kinds("salam dua jari"), "ballot_phrase:2");
  EXPECT_EQ(Kinds("✌️ bupati kita"), "ballot_sign:2 cue:0");  // cue 0: office_bupati
  EXPECT_EQ(Kinds("siap 1️⃣"), "ballot_sign:1");
  EXPECT_EQ(Kinds("TPS 2 ramai"), "");
  EXPECT_EQ(Kinds("coblos 7"), "");  // nobody holds number 7
}

TEST_F(MatcherTest, SpansMapToOriginal) {
  const std::string in = "ayo C0BL0S   nomer 1 #RUSI2029";
  Kinds(in);
  ASSERT_EQ(matches_.size(), 2u);
  const Match& m = matches_[0];
  EXPECT_EQ(m.begin, 1u);  // tokens, not bytes
  EXPECT_EQ(m.end, 4u);
  const std::uint32_t b = norm_.tokens[m.begin].src_begin;
  EXPECT_EQ(in.substr(b, norm_.tokens[m.end - 1].src_end - b), "C0BL0S   nomer 1");
}

// The vectorscan database over token codes finds what a byte-level literal
// search in the normalized text with a space on both sides finds: every occurrence of a pattern is
// reported or lies inside a reported match, and every reported match starts with its pattern. Texts
// are random runs of pattern words and other words, so prefixes of longer patterns, overlaps and
// near misses are frequent.
TEST_F(MatcherTest, AgreesWithByteSearchOnRandomText) {
  std::vector<std::string> vocab = {"kota", "x", "2", "coblos", "nomor", "jari", "dua", "ayo"};
  for (std::size_t id = 0; id < matcher_->pattern_count(); ++id) {
    const std::string& t = matcher_->pattern(static_cast<std::uint32_t>(id)).text;
    for (std::size_t p = 1; p < t.size();) {
      const std::size_t q = t.find(' ', p);
      vocab.push_back(t.substr(p, q - p));
      p = q + 1;
    }
  }
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string in;
    const int words = 1 + static_cast<int>(rng() % 12);
    for (int w = 0; w < words; ++w) in += vocab[rng() % vocab.size()] + " ";
    Kinds(in);
    const std::string& text = norm_.text;
    for (const Match& m : matches_) {
      const std::string& want = matcher_->pattern(m.pattern).text;
      EXPECT_EQ(text.compare(norm_.tokens[m.begin].begin - 1, want.size(), want), 0) << in;
    }
    for (std::size_t id = 0; id < matcher_->pattern_count(); ++id) {
      const std::string& want = matcher_->pattern(static_cast<std::uint32_t>(id)).text;
      for (std::size_t at = text.find(want); at != std::string::npos;
           at = text.find(want, at + 1)) {
        // Token indices of the occurrence: tokens starting before it.
        std::uint32_t first = 0;
        while (norm_.tokens[first].begin < at + 1) ++first;
        std::uint32_t last = first;
        while (last < norm_.tokens.size() && norm_.tokens[last].end < at + want.size() - 1) ++last;
        const bool covered = std::any_of(matches_.begin(), matches_.end(), [&](const Match& m) {
          return m.begin <= first && last + 1 <= m.end;
        });
        EXPECT_TRUE(covered) << "'" << want << "' in '" << text << "'";
      }
    }
  }
}

// Vectorscan reads the text in token codes (one per known token, one gap per
// run of unknown tokens): unknown words between a phrase's tokens break it,
// tokens longer than a vocabulary slot holds are confirmed in full, and a
// known token next to a gap still matches.
TEST_F(MatcherTest, TokenCodesKeepPhrasesWholeAndTokensExact) {
  EXPECT_EQ(Kinds("samarinda bangkit bersama"), "slogan:1");
  EXPECT_EQ(Kinds("samarinda tidak bangkit bersama"), "region:0 cue:5");
  EXPECT_EQ(Kinds("samarinda wow keren bangkit bersama"), "region:0");
  EXPECT_EQ(Kinds("wah wah rudi wah"), "nickname:1");
  EXPECT_EQ(Kinds("#KerjaTuntas"), "slogan:1");  // 12 bytes: past the slot's inline bytes
  EXPECT_EQ(Kinds("#KerjaTuntaz"), "");          // same length, last byte differs
  EXPECT_EQ(Kinds("#KerjaTuntasx"), "");
  EXPECT_EQ(Kinds("coblos wah 2"), "");
}

TEST_F(MatcherTest, RegionsAndCues) {
  EXPECT_EQ(Kinds("warga Samarinda"), "region:0");
  EXPECT_EQ(Kinds("kabupaten samarinda"), "other_region:0");
  EXPECT_EQ(Kinds("lanjutkan"), "cue:3");  // a cue's number holds its CueClass
  normalizer_->Normalize("lanjutkan", norm_);
  matcher_->Scan(norm_, scratch_, matches_);
  ASSERT_EQ(matches_.size(), 1u);
  EXPECT_EQ(matcher_->pattern(matches_[0].pattern).refs.front().number,
            static_cast<int>(CueClass::kIncumbent));
}

TEST_F(MatcherTest, DerivedPatterns) {
  EXPECT_EQ(Kinds("Bang R datang"), "nickname:1");  // honorific + initial
  EXPECT_EQ(Kinds("#BangRudi"), "hashtag:1");       // nickname as hashtag
  EXPECT_EQ(Kinds("kota berkelas"), "slogan:1");    // part of a slogan
  EXPECT_EQ(Kinds("#KerjaTuntas"), "slogan:1");     // slogan part as hashtag
  EXPECT_EQ(Kinds("samarinda bangkit saja"), "slogan_part:1");
}

TEST_F(MatcherTest, SharedPatternHasAllCandidates) {
  Kinds("Partai Contoh");
  ASSERT_EQ(matches_.size(), 1u);
  EXPECT_EQ(matcher_->pattern(matches_[0].pattern).refs.size(), 2u);
}

TEST_F(MatcherTest, LookupAccountIgnoresCaseAndSpacing) {
  EXPECT_EQ(matcher_->LookupAccount("@BangRudi.SMD").size(), 1u);
  EXPECT_EQ(matcher_->LookupAccount("fb:rudi  hartawan official").size(), 1u);
  const auto& g = matcher_->LookupAccount("group:Relawan RUSI");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].kind, PatternKind::kGroup);
  EXPECT_TRUE(matcher_->LookupAccount("@kpu_smd").empty());
}

TEST(MatcherBuildTest, PatternEmptyAfterNormalizationNamesCandidate) {
  auto n = Normalizer::Create();
  ASSERT_TRUE(n.ok());
  auto lex = ParseLexicon(R"({"election":"e","contests":[{"region":"64.72","office":"walikota",
    "candidates":[{"number":3,"head":["Ana"],"slogans":["!!!"]}]}]})");
  ASSERT_TRUE(lex.ok());
  auto m = Matcher::Build(*lex, **n);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message_en().find("contest 64.72 walikota, candidate number 3, slogans"),
            std::string::npos)
      << m.status().message_en();
}

}  // namespace
}  // namespace netra::scan
