#include "scan/event_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace netra::scan {
namespace {

TEST(EventReaderTest, ReadsEventsAndSkipsBadLinesWithTheirNumber) {
  std::istringstream in(
      R"({"id":"e1","platform":"facebook","account":"@a","kind":"post","text":"halo","target":null,"time":"2024-10-12T08:15:00+07:00"})"
      "\n\n"
      "{not json\n"
      R"({"id":"e2","account":"@b","kind":"share","text":"","target":"@x","shared_text":"isi"})"
      "\r\n"
      R"({"id":"e3","account":"@c","kind":"poke"})"
      "\n"
      R"({"id":"e4","kind":"post"})"
      "\n"
      R"([1,2])"
      "\n"
      R"({"id":5,"account":"@c","kind":"post"})");
  EventReader r(in);
  Event e;
  Status err;
  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kEvent);
  EXPECT_EQ(e.id, "e1");
  EXPECT_EQ(e.kind, EventKind::kPost);
  EXPECT_EQ(e.text, "halo");
  EXPECT_EQ(e.target, "");
  EXPECT_EQ(e.platform, "facebook");

  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kSkipped);
  EXPECT_NE(err.message_en().find("line 3: not valid JSON"), std::string::npos) << err.message_en();
  EXPECT_NE(err.message_id().find("baris 3"), std::string::npos);

  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kEvent);
  EXPECT_EQ(e.id, "e2");
  EXPECT_EQ(e.kind, EventKind::kShare);
  EXPECT_EQ(e.shared_text, "isi");

  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kSkipped);
  EXPECT_NE(err.message_en().find("line 5: field 'kind' is 'poke'"), std::string::npos)
      << err.message_en();
  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kSkipped);
  EXPECT_NE(err.message_en().find("line 6: field 'account' is missing"), std::string::npos)
      << err.message_en();
  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kSkipped);
  EXPECT_NE(err.message_en().find("line 7: line must be a JSON object"), std::string::npos);
  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kSkipped);
  EXPECT_NE(err.message_en().find("line 8: field 'id' must be a string"), std::string::npos);
  EXPECT_EQ(r.Next(e, err), EventReader::Outcome::kEnd);
}

TEST(EventReaderTest, OversizeLineIsSkippedAndReadingGoesOn) {
  std::string big = R"({"id":"big","account":"@a","kind":"post","text":")" +
                    std::string(kMaxEventLineBytes + 10, 'a') + "\"}";
  std::istringstream in(big + "\n" + R"({"id":"after","account":"@a","kind":"post"})" + "\n");
  EventReader r(in);
  Event e;
  Status err;
  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kSkipped);
  EXPECT_NE(err.message_en().find("line 1: line longer than"), std::string::npos);
  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kEvent);
  EXPECT_EQ(e.id, "after");
  EXPECT_EQ(r.line_number(), 2u);
}

TEST(EventReaderTest, LongTextIsCutAtACharacterBoundary) {
  std::string text;
  while (text.size() < kMaxTextBytes + 100) text += "é";
  std::istringstream in(R"({"id":"t","account":"@a","kind":"post","text":")" + text + "\"}");
  EventReader r(in);
  Event e;
  Status err;
  ASSERT_EQ(r.Next(e, err), EventReader::Outcome::kEvent) << err.message_en();
  EXPECT_TRUE(r.truncated());
  EXPECT_LE(e.text.size(), kMaxTextBytes);
  EXPECT_EQ(e.text.size() % 2, 0u);  // whole two-byte characters only
}

TEST(EventReaderTest, OversizeShortFieldRejectsTheLine) {
  Event e;
  const Status s = ParseEventJson(
      R"({"id":")" + std::string(kMaxFieldBytes + 1, 'x') + R"(","account":"@a","kind":"post"})", 9,
      e);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message_en().find("line 9: field 'id' longer than"), std::string::npos);
}

TEST(EventReaderTest, EmptyInput) {
  std::istringstream in("");
  EventReader r(in);
  Event e;
  Status err;
  EXPECT_EQ(r.Next(e, err), EventReader::Outcome::kEnd);
}

}  // namespace
}  // namespace netra::scan
