// A throw-away PostgreSQL cluster for the hub tests: initdb + pg_ctl in a
// temporary folder, listening on a Unix socket only, stopped and removed at
// the end. initdb refuses to run as root, so as root the cluster runs as
// `nobody` (runuser). `available()` is false, with `why()`, when no cluster
// can be started here; the tests then say so and run SQLite only.
#pragma once
#include <string>

namespace samenspel::hubtest {

class PgCluster {
public:
    static PgCluster& shared();  // started on first use, stopped at exit
    bool available() const { return ok_; }
    const std::string& why() const { return why_; }
    // A fresh, empty database; its connection URL.
    std::string freshDatabase();
    std::string url(const std::string& database) const;
    ~PgCluster();

private:
    PgCluster();
    bool ok_ = false;
    std::string why_, dir_, bin_, runAs_;
    int databases_ = 0;
};

}  // namespace samenspel::hubtest
