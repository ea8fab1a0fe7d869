// Shared parts of the hub tests: the two engines, simulated bundles (made
// by the real samenspel-cli), and a dump of every table the import laws
// speak about.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "hub/hub_db.h"
#include "store/bundle.h"

namespace samenspel::hubtest {

// "sqlite" or "postgresql"; empty when the engine cannot run here (then the
// test says why and checks SQLite only).
std::string freshTarget(const std::string& engine, const std::filesystem::path& dir);
std::vector<std::string> engines();

// `samenspel-cli simulate --count N -o FILE --seed S`
void simulateBundle(const std::filesystem::path& file, std::size_t count, std::uint64_t seed);
std::vector<RawRecord> readBundle(const std::filesystem::path& file);
void writeBundle(const std::filesystem::path& file, const std::vector<RawRecord>& records);

// Every row of records, conflicts, the derived tables and report_counts,
// sorted: two databases with the same dump hold the same data.
std::string dump(hub::HubDb& db);
// report_counts as kept at import, and as computed afresh from the derived
// rows (in a transaction rolled back): they must be equal.
std::string keptReportCounts(hub::HubDb& db);
std::string rebuiltReportCounts(hub::HubDb& db);
std::size_t countRows(hub::HubDb& db, const std::string& table);

std::string slurp(const std::filesystem::path& file);
int runTool(const std::string& command, std::string* output = nullptr);

}  // namespace samenspel::hubtest
