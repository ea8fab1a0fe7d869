#include "pg_cluster.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "hub/hub_db.h"

namespace samenspel::hubtest {

namespace fs = std::filesystem;

namespace {

std::string capture(const std::string& command) {
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[512];
        while (std::fgets(buf, sizeof buf, p)) out += buf;
        pclose(p);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace

PgCluster& PgCluster::shared() {
    static PgCluster cluster;
    return cluster;
}

PgCluster::PgCluster() {
    bin_ = capture("pg_config --bindir 2>/dev/null");
    if (bin_.empty() || !fs::exists(bin_ + "/initdb") || !fs::exists(bin_ + "/pg_ctl")) {
        why_ = "no PostgreSQL server programs (initdb, pg_ctl) found; install postgresql";
        return;
    }
    char templ[] = "/tmp/shpg-XXXXXX";  // short: a socket path has at most 107 bytes
    if (!mkdtemp(templ)) {
        why_ = "cannot make a temporary folder";
        return;
    }
    dir_ = templ;
    if (geteuid() == 0) {
        runAs_ = "runuser -u nobody -- ";
        if (std::system(("chown nobody " + dir_).c_str()) != 0) {
            why_ = "cannot hand the cluster folder to the user nobody";
            return;
        }
    }
    const std::string data = dir_ + "/data";
    const std::string init = runAs_ + bin_ + "/initdb -D " + data +
                             " -U hub -A trust --no-sync -E UTF8 --locale=C.UTF-8 > " + dir_ + "/initdb.log 2>&1";
    if (std::system(init.c_str()) != 0) {
        why_ = "initdb failed (see " + dir_ + "/initdb.log)";
        return;
    }
    // No TCP at all; fsync off: a test cluster, thrown away.
    const std::string start = runAs_ + bin_ + "/pg_ctl -D " + data + " -w -l " + dir_ + "/server.log -o \"-k " + dir_ +
                              " -c listen_addresses='' -F\" start > /dev/null 2>&1";
    if (std::system(start.c_str()) != 0) {
        why_ = "pg_ctl start failed (see " + dir_ + "/server.log)";
        return;
    }
    ok_ = true;
}

PgCluster::~PgCluster() {
    if (ok_) std::system((runAs_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate stop > /dev/null 2>&1").c_str());
    if (!dir_.empty()) {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
}

std::string PgCluster::url(const std::string& database) const {
    return "postgresql:///" + database + "?host=" + dir_ + "&user=hub";
}

std::string PgCluster::freshDatabase() {
    const std::string name = "hubtest" + std::to_string(++databases_);
    std::string why;
    auto admin = hub::openPostgres(url("postgres"), &why);
    // Two calls: CREATE DATABASE refuses to run inside the implicit
    // transaction of a multi-statement string.
    if (!admin || !admin->exec("DROP DATABASE IF EXISTS " + name, &why) ||
        !admin->exec("CREATE DATABASE " + name, &why))
        return {};
    return url(name);
}

}  // namespace samenspel::hubtest
