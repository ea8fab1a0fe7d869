// The hub's tables for a spreadsheet or a script: one row per choice (the
// same events as `samenspel-cli records export --csv`, FORMAT.md section 9),
// with codes and Dutch labels side by side. CSV for Dutch Excel: UTF-8 with
// a byte order mark, semicolons, CRLF. JSON: {"rows": [{...}]}. Streamed
// from the database, so memory does not grow with the number of records.
// No device ids; free text only when asked for.
#pragma once
#include <cstdio>
#include <string>

#include "content/deck_loader.h"
#include "content/words.h"
#include "hub/hub_db.h"

namespace samenspel::hub {

enum class TableFormat { Csv, Json };

// Writes through `write` (a file or stdout). `rows` counts the rows written.
bool exportTables(HubDb& db, const DeckCatalog& decks, const Words& words, TableFormat format, bool withNotes,
                  const std::function<bool(const std::string&)>& write, std::size_t& rows, std::string* why);

// A CSV field for Dutch Excel: quoted when it holds ; " CR or LF; free text
// that Excel would run as a formula gets a leading apostrophe.
std::string excelField(const std::string& value, bool freeText = false);

}  // namespace samenspel::hub
