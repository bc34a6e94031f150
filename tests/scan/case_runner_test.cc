// Runs the data-driven scanner cases of tests/scan/testdata/*.case (format in
// tests/scan/testdata/README.md) against the shipped model.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "scan/event_reader.h"
#include "scan/loader.h"
#include "scan/scanner.h"

namespace netra::scan {
namespace {

constexpr const char* kDir = "tests/scan/testdata";

struct Case {
  std::string file;
  int line = 0;
  std::map<std::string, std::string> fields;
  std::string Get(const std::string& key, const std::string& fallback = "") const {
    const auto it = fields.find(key);
    return it == fields.end() ? fallback : it->second;
  }
  bool Has(const std::string& key) const { return fields.count(key) > 0; }
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

std::vector<Case> ReadCases(const std::filesystem::path& path) {
  std::vector<Case> cases;
  std::ifstream in(path);
  std::string line;
  int n = 0;
  Case current;
  auto flush = [&] {
    if (!current.fields.empty()) cases.push_back(current);
    current = Case{};
  };
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line[0] == '#') continue;
    if (Trim(line).empty()) {
      flush();
      continue;
    }
    if (current.fields.empty()) {
      current.file = path.filename().string();
      current.line = n;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) {
      ADD_FAILURE() << path << ":" << n << ": expected 'key: value'";
      continue;
    }
    current.fields[line.substr(0, colon)] = Trim(line.substr(colon + 1));
  }
  flush();
  return cases;
}

class ScannerCases : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto s = LoadScanner(std::string(kDir) + "/lexicon.json", std::string(kDir) + "/accounts.csv",
                         kDefaultModelPath);
    ASSERT_TRUE(s.ok()) << s.status().message_en();
    scanner_ = std::move(s).value().release();
  }
  static void TearDownTestSuite() { delete scanner_; }

  void RunCase(const Case& c) {
    SCOPED_TRACE(c.file + ":" + std::to_string(c.line) + " " + c.Get("name"));
    ASSERT_TRUE(c.Has("name")) << "every case needs a name";
    if (c.Has("normalized")) {
      EXPECT_EQ(Trim(scanner_->normalizer().NormalizeToString(c.Get("text"))),
                Trim(c.Get("normalized")));
      if (!c.Has("expect")) return;
    }
    ASSERT_TRUE(c.Has("expect")) << "a case needs 'expect' or 'normalized'";
    Event e;
    e.id = "case";
    e.account = c.Get("account", "@ratna.smd");
    ASSERT_TRUE(ParseEventKind(c.Get("kind", "post"), e.kind)) << c.Get("kind");
    e.text = c.Get("text");
    e.target = c.Get("target");
    e.shared_text = c.Get("shared_text");
    ScanScratch scratch;
    const std::optional<Alert> alert = scanner_->ScanEvent(e, scratch);
    std::istringstream expect(c.Get("expect"));
    std::string verdict;
    expect >> verdict;
    if (verdict == "none") {
      EXPECT_FALSE(alert.has_value())
          << "flagged with score " << alert->score << ": " << alert->reason;
      return;
    }
    ASSERT_EQ(verdict, "flag");
    ASSERT_TRUE(alert.has_value()) << "not flagged";
    int number = 0;
    std::string region;
    if (expect >> number >> region) {
      EXPECT_EQ(alert->candidate, number) << alert->reason;
      EXPECT_EQ(alert->region, region) << alert->reason;
    }
    if (c.Has("code")) {
      EXPECT_EQ(alert->code, c.Get("code"));
    }
    if (c.Has("span")) {
      const std::string want = c.Get("span");
      const bool found =
          std::any_of(alert->spans.begin(), alert->spans.end(), [&](const AlertSpan& s) {
            const std::string& src = s.field == "text" ? e.text : e.shared_text;
            return s.text == want && src.substr(s.begin, s.end - s.begin) == want;
          });
      EXPECT_TRUE(found) << "no span '" << want << "' in " << AlertToJson(*alert);
    }
    EXPECT_EQ(alert->unlinked, c.Get("unlinked", "false") == "true");
  }

  static Scanner* scanner_;
};
Scanner* ScannerCases::scanner_ = nullptr;

std::vector<std::filesystem::path> CaseFiles() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
    if (entry.path().extension() == ".case") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_F(ScannerCases, AllCaseFiles) {
  const auto files = CaseFiles();
  ASSERT_GE(files.size(), 5u) << "case files missing from " << kDir;
  int total = 0;
  for (const auto& f : files) {
    for (const Case& c : ReadCases(f)) {
      RunCase(c);
      ++total;
    }
  }
  EXPECT_GE(total, 40);
}

}  // namespace
}  // namespace netra::scan
