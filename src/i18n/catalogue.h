// The message catalogues: every sentence and label a person reads, one table per language.
#pragma once

#include <span>
#include <string_view>

#include "model/text.h"

namespace multilat::i18n {

// One entry of a catalogue. `text` is a fmt format string whose placeholders are named
// ({key}, {count}), so that a translation may put them in any order.
struct Message {
  std::string_view key;
  std::string_view text;
};

// The whole catalogue of a language, in no particular order. Keys are dotted and grouped by
// the part of the program that uses them ("check.key-unknown", "cli.no-records-root").
std::span<const Message> catalogue(Language language);

// Defined in fr.cpp and en.cpp, one file per language, so that a translator reads one file.
std::span<const Message> french_catalogue();
std::span<const Message> english_catalogue();

}  // namespace multilat::i18n
