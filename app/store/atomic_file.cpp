#include "store/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <random>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace samenspel {

namespace fs = std::filesystem;

namespace {

constexpr const char* kTempMarker = ".tmp-";

std::string randomSuffix() {
    std::random_device device;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%08x%08x", static_cast<unsigned>(device()), static_cast<unsigned>(device()));
    return buf;
}

#ifndef _WIN32
// Makes the rename itself durable. Some file systems refuse fsync on a
// directory (EINVAL); the rename has still happened then, so that is no error.
bool syncDirectory(const fs::path& dir) {
    int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    return rc == 0 || err == EINVAL;
}
#endif

}  // namespace

AtomicFile::AtomicFile(fs::path target, bool durable) : target_(std::move(target)), durable_(durable) {}

AtomicFile::~AtomicFile() { discard(); }

bool AtomicFile::fail(const std::string& what, std::string* why) {
    const int err = errno;
    if (why) *why = "cannot " + what + " " + target_.string() + ": " + (err ? std::strerror(err) : "unknown error");
    discard();
    return false;
}

void AtomicFile::discard() {
    if (file_) std::fclose(file_);
    file_ = nullptr;
    if (!committed_ && !temp_.empty()) {
        std::error_code ec;
        fs::remove(temp_, ec);
    }
    temp_.clear();
}

bool AtomicFile::open(std::string* why) {
    discard();
    committed_ = false;
    temp_ = target_;
    temp_ += kTempMarker + randomSuffix();
    errno = 0;
#ifdef _WIN32
    file_ = _wfopen(temp_.c_str(), L"wb");
#else
    file_ = std::fopen(temp_.c_str(), "wbx");  // x: never reuse an existing file
#endif
    if (!file_) {
        temp_.clear();  // nothing was created, so nothing to remove
        return fail("create a temporary file for", why);
    }
    std::setvbuf(file_, nullptr, _IOFBF, 64 * 1024);  // a bundle is written as many small frames
    return true;
}

bool AtomicFile::write(std::string_view bytes, std::string* why) {
    if (!file_) {
        if (why) *why = "cannot write " + target_.string() + ": the file is not open";
        return false;
    }
    errno = 0;
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) return fail("write", why);
    return true;
}

bool AtomicFile::commit(std::string* why) {
    if (!file_) {
        if (why) *why = "cannot write " + target_.string() + ": the file is not open";
        return false;
    }
    errno = 0;
    if (std::fflush(file_) != 0) return fail("write", why);
#ifdef _WIN32
    if (durable_ && _commit(_fileno(file_)) != 0) return fail("sync", why);
#else
    if (durable_ && ::fsync(fileno(file_)) != 0) return fail("sync", why);
#endif
    std::FILE* f = file_;
    file_ = nullptr;
    if (std::fclose(f) != 0) return fail("close", why);
#ifdef _WIN32
    if (!MoveFileExW(temp_.c_str(), target_.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        errno = EIO;
        return fail("replace", why);
    }
#else
    if (std::rename(temp_.c_str(), target_.c_str()) != 0) return fail("replace", why);
    committed_ = true;
    if (durable_ && !syncDirectory(target_.parent_path())) {
        // The new file is in place; only its durability is unknown. Say so
        // but do not pretend the write failed.
        if (why) *why = "wrote " + target_.string() + " but could not sync its folder: " + std::strerror(errno);
    }
#endif
    committed_ = true;
    temp_.clear();
    return true;
}

bool writeFileAtomically(const fs::path& target, std::string_view bytes, std::string* why, bool durable) {
    AtomicFile file(target, durable);
    return file.open(why) && file.write(bytes, why) && file.commit(why);
}

bool isTempFileName(const std::string& fileName) { return fileName.find(kTempMarker) != std::string::npos; }

}  // namespace samenspel
