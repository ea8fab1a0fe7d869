#include "hub_support.h"

#include <sys/wait.h>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "hub/derive.h"
#include "hub/report_counts.h"
#include "pg_cluster.h"

namespace samenspel::hubtest {

namespace fs = std::filesystem;

std::vector<std::string> engines() { return {"sqlite", "postgresql"}; }

std::string freshTarget(const std::string& engine, const fs::path& dir) {
    if (engine == "sqlite") return (dir / "hub.sqlite").string();
    auto& pg = PgCluster::shared();
    if (!pg.available()) return {};
    return pg.freshDatabase();
}

int runTool(const std::string& command, std::string* output) {
    std::string out;
    FILE* p = popen((command + " 2>&1").c_str(), "r");
    if (!p) return -1;
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    const int status = pclose(p);
    if (output) *output = out;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void simulateBundle(const fs::path& file, std::size_t count, std::uint64_t seed) {
    std::string out;
    const int rc = runTool(std::string(SAMENSPEL_CLI) + " simulate --count " + std::to_string(count) + " -o " +
                               file.string() + " --seed " + std::to_string(seed),
                           &out);
    if (rc != 0) throw std::runtime_error("simulate failed: " + out);
}

std::vector<RawRecord> readBundle(const fs::path& file) {
    BundleReader reader(false);
    std::string why;
    if (!reader.open(file, &why)) throw std::runtime_error(why);
    std::vector<RawRecord> out;
    RawRecord r;
    while (reader.next(r, &why) == BundleReader::Step::Record) out.push_back(r);
    return out;
}

void writeBundle(const fs::path& file, const std::vector<RawRecord>& records) {
    std::string bytes = bundleHeader(static_cast<std::uint32_t>(records.size()));
    for (const auto& r : records) bytes += r.frame;
    std::ofstream(file, std::ios::binary) << bytes;
}

namespace {

std::string dumpTable(hub::HubDb& db, const std::string& table) {
    std::vector<std::string> rows;
    std::string why;
    db.query(
        "SELECT * FROM " + table, {},
        [&](const hub::SqlRow& row) {
            std::string line;
            for (const auto& c : row) line += (c ? *c : std::string("<null>")) + "|";
            rows.push_back(line);
            return true;
        },
        &why);
    std::sort(rows.begin(), rows.end());
    std::string out = "== " + table + " (" + std::to_string(rows.size()) + ")\n";
    for (const auto& r : rows) out += r + "\n";
    return out;
}

}  // namespace

std::string dump(hub::HubDb& db) {
    std::vector<std::string> tables = {"records", "conflicts"};
    for (const auto& t : hub::derivedTables()) tables.push_back(t);
    tables.push_back("report_counts");
    std::string out;
    for (const auto& t : tables) out += dumpTable(db, t);
    return out;
}

std::string keptReportCounts(hub::HubDb& db) { return dumpTable(db, "report_counts"); }

std::string rebuiltReportCounts(hub::HubDb& db) {
    std::string why;
    if (!db.begin(&why)) throw std::runtime_error(why);
    if (!hub::rebuildReportCounts(db, &why)) {
        db.rollback();
        throw std::runtime_error(why);
    }
    const std::string out = dumpTable(db, "report_counts");
    db.rollback();
    return out;
}

std::size_t countRows(hub::HubDb& db, const std::string& table) {
    std::string why;
    auto n = db.scalar("SELECT COUNT(*) FROM " + table, {}, &why);
    return n ? std::stoul(*n) : 0;
}

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace samenspel::hubtest
