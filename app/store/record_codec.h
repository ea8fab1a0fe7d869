// Record <-> bytes: the cereal portable-binary payload inside a record frame
// (FORMAT.md, "Record payload"). Decoding never trusts a length it reads:
// every size is checked against limits:: before anything is allocated.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "store/record.h"

namespace samenspel {

// cereal class versions of the stored types (CEREAL_CLASS_VERSION). A reader
// refuses a type version newer than these.
constexpr std::uint32_t kRecordTypeVersion = 1;
// GameSetup 2 adds the timers; a version-1 setup loads with both timers off.
constexpr std::uint32_t kGameSetupTypeVersion = 2;
constexpr std::uint32_t kSeatTypeVersion = 1;
constexpr std::uint32_t kLoggedActionTypeVersion = 1;
constexpr std::uint32_t kActionTypeVersion = 1;

// The framed file bytes of a record (what a .ssr file holds). Refuses a
// record that breaks checkRecord(), so nothing written is unreadable.
std::optional<std::string> encodeRecord(const Record& r, std::string* why);

// Checks the frame, then decodes. Every failure is one line in `why`.
std::optional<Record> decodeRecord(std::string_view frame, std::string* why);
std::optional<Record> decodeRecordPayload(std::string_view payload, std::string* why);

// The id of a record from the first bytes of its payload, without decoding
// the rest (the id sits at a fixed offset; FORMAT.md). Merging uses this.
std::optional<RecordId> peekRecordId(std::string_view payload);

}  // namespace samenspel
