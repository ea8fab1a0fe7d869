// Writes a file so that a crash or a full disk never leaves a half file or
// loses the earlier one: write "<name>.tmp-<random>", flush, fsync, rename
// over the target, fsync the directory. On failure the temp file is removed.
#pragma once
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace samenspel {

class AtomicFile {
public:
    // `durable` = fsync the file and its directory (off only for throwaway
    // files in tests and benchmarks that measure something else).
    explicit AtomicFile(std::filesystem::path target, bool durable = true);
    ~AtomicFile();  // removes the temp file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    bool open(std::string* why);
    bool write(std::string_view bytes, std::string* why);
    // Flushes, syncs and renames over the target. After a failure the
    // target is as it was before.
    bool commit(std::string* why);

private:
    bool fail(const std::string& what, std::string* why);
    void discard();

    std::filesystem::path target_, temp_;
    bool durable_;
    std::FILE* file_ = nullptr;
    bool committed_ = false;
};

bool writeFileAtomically(const std::filesystem::path& target, std::string_view bytes, std::string* why,
                         bool durable = true);

// True for the names AtomicFile gives its temp files ("x.ssr.tmp-1a2b...").
bool isTempFileName(const std::string& fileName);

}  // namespace samenspel
