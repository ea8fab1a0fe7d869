#include "platform/os/os_files.h"

#include <cerrno>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace samenspel::os {

#ifdef _WIN32

std::FILE* openFile(const std::filesystem::path& path, const char* mode) {
    std::wstring wide;
    for (const char* c = mode; *c; ++c) wide += static_cast<wchar_t>(*c);
    return _wfopen(path.c_str(), wide.c_str());
}
std::FILE* createNewFile(const std::filesystem::path& path) { return _wfopen(path.c_str(), L"wb"); }
int seek(std::FILE* file, long long offset, int whence) { return _fseeki64(file, offset, whence); }
long long tell(std::FILE* file) { return _ftelli64(file); }
bool syncFile(std::FILE* file) { return _commit(_fileno(file)) == 0; }
bool replaceFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return true;
    errno = EIO;
    return false;
}
bool syncDirectory(const std::filesystem::path&) { return true; }
std::tm localTime(std::time_t t) {
    std::tm tm{};
    localtime_s(&tm, &t);
    return tm;
}

#else

std::FILE* openFile(const std::filesystem::path& path, const char* mode) { return std::fopen(path.c_str(), mode); }
std::FILE* createNewFile(const std::filesystem::path& path) { return std::fopen(path.c_str(), "wbx"); }
int seek(std::FILE* file, long long offset, int whence) { return fseeko(file, static_cast<off_t>(offset), whence); }
long long tell(std::FILE* file) { return static_cast<long long>(ftello(file)); }
bool syncFile(std::FILE* file) { return ::fsync(fileno(file)) == 0; }
bool replaceFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    return std::rename(from.c_str(), to.c_str()) == 0;
}
bool syncDirectory(const std::filesystem::path& dir) {
    int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    return rc == 0 || err == EINVAL;
}
std::tm localTime(std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

#endif

}  // namespace samenspel::os
