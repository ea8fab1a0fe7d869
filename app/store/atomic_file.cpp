#include "store/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <random>

#include "platform/os/os_files.h"

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
    file_ = os::createNewFile(temp_);  // never reuses an existing file
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
    if (durable_ && !os::syncFile(file_)) return fail("sync", why);
    std::FILE* f = file_;
    file_ = nullptr;
    if (std::fclose(f) != 0) return fail("close", why);
    if (!os::replaceFile(temp_, target_)) return fail("replace", why);
    committed_ = true;
    if (durable_ && !os::syncDirectory(target_.parent_path())) {
        // The new file is in place; only its durability is unknown. Say so
        // but do not pretend the write failed.
        if (why) *why = "wrote " + target_.string() + " but could not sync its folder: " + std::strerror(errno);
    }
    temp_.clear();
    return true;
}

bool writeFileAtomically(const fs::path& target, std::string_view bytes, std::string* why, bool durable) {
    AtomicFile file(target, durable);
    return file.open(why) && file.write(bytes, why) && file.commit(why);
}

bool isTempFileName(const std::string& fileName) { return fileName.find(kTempMarker) != std::string::npos; }

}  // namespace samenspel
