// A record as spreadsheet rows: one CSV row per choice the group made
// (picks with their placement, decisive factors, counter cards, moments,
// answers, actions, ratings, intentions), found by replaying the record.
// A round where the inbrenger said none of the factors was decisive has a
// "decisive-none" row with an empty card and the step as its value.
#pragma once
#include <optional>
#include <string>

#include "store/record.h"

namespace samenspel {

// "deck,deck_version,record_id,date,status,round,seat,avatar,event,card,group,value,note\n"
std::string csvHeader();

// The rows of one record (each ends in "\n"). Seats are numbered from 1.
// Fails when the record does not replay on `deck`.
std::optional<std::string> csvRows(const Deck& deck, const Record& r, std::string* why);

// RFC 4180 quoting; free text that a spreadsheet would run as a formula
// (starting with = + - @) gets a leading apostrophe.
std::string csvField(const std::string& value, bool freeText = false);

// The codes exports use for a weight and an answer ("heavy", "keep", ...;
// "" for none): the CSV here and the hub's tables share them.
const char* weightCode(const std::optional<Weight>& w);
const char* choiceCode(AnswerChoice c);

// "2024-05-01T09:30:00Z" for Unix milliseconds, independent of locale and time zone.
std::string isoDateUtc(std::int64_t unixMs);

}  // namespace samenspel
