// Names: fictional Indonesian personal names in the naming styles of the demo
// regions — Javanese and Madurese (the "tapal kuda" of East Java: Probolinggo,
// Lumajang) and Lampung (Pesawaran) — and the academic and hajj titles written
// around them ("H. Moh. Hasan, S.Sos., M.Si.", "drg. Sri Wahyuni").
// Combinations are random, so any likeness to a real person is chance; the
// lists leave out every name that appears in the seed stories. Pure; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "demo/detail/rng.h"

namespace netra::demo::detail {

enum class NameStyle { kJavanese, kMadurese, kLampung };

// A bare personal name for `gender` ('L' or 'P').
std::string PersonalName(Rng& rng, NameStyle style, char gender);

struct Titles {
  std::string_view prefix;  // professional title before the name: "dr.", "drg.", "Ns.", "apt."
  std::string_view degree;  // "S.Pd.", "A.Md.Kep.", "" for none
  std::string_view master;  // "M.Si.", "" for none
  bool hajj = false;        // "H." / "Hj." (Lampung: "Hi.")
};

// "H. dr. Moh. Hasan, M.Kes." style display name.
std::string TitledName(const std::string& name, const Titles& titles, NameStyle style, char gender);

// A master's degree fitting `degree` ("S.Pd." -> "M.Pd."), drawn from a few.
std::string_view MasterFor(Rng& rng, std::string_view degree);

// Every word the seed stories name a real person with; tests check that no
// generated name uses one.
std::span<const std::string_view> SeedPersonNameWords();

}  // namespace netra::demo::detail
