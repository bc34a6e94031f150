// PledgeText: one published version of a pledge document — the neutrality
// pledge (ikrar netralitas) or the integrity pact (pakta integritas) of one
// election (domain.md §9) — and the hash that signatures point to.
//
// Files live in data/pledges/ as a small header, a "---" line, then the text:
//
//   version: 1
//   election: pilkada-2024
//   kind: ikrar            (ikrar | pakta)
//   title: IKRAR NETRALITAS APARATUR SIPIL NEGARA
//   ---
//   <the text exactly as shown to and signed by the ASN>
//
// The text hash is SHA-256 over the UTF-8 bytes of the text after CRLF and CR
// are turned into LF and trailing newlines are cut to exactly one, so a file
// saved on Windows or by an editor that adds a final newline keeps its hash;
// any other change to the text (one letter, one space) changes it. A new
// version is a new file: old signatures keep the hash of the text they signed.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

enum class PledgeKind { kIkrar, kPakta };

struct PledgeText {
  int version = 0;       // >= 1, per (election, kind)
  std::string election;  // election code, "pilkada-2024"
  PledgeKind kind = PledgeKind::kIkrar;
  std::string title;      // one line, for lists and the certificate heading
  std::string text;       // normalized (see above), ends with exactly one "\n"
  std::string text_hash;  // 64 lower-case hex digits: SHA-256 of `text`
};

// "ikrar" | "pakta" — stable, used in files, the API and the database.
const char* PledgeKindName(PledgeKind kind);

// Parses a pledge document. `source` names it in error messages (a path).
// kInvalidArgument naming the line when a header key is missing, unknown,
// repeated or malformed, when "---" is missing, or when the text is empty.
Result<PledgeText> ParsePledgeText(std::string_view content, std::string_view source);

// CRLF and lone CR become LF; trailing newlines become exactly one.
std::string NormalizePledgeText(std::string_view text);

// SHA-256 (FIPS 180-4, libsodium) of `data` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace netra
