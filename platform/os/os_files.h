// The file and time calls whose spelling differs between POSIX and Windows,
// behind one name each. The store (atomic writes, bundle reading) and the
// UI's dates call these, never an #ifdef of their own.
#pragma once
#include <cstdio>
#include <ctime>
#include <filesystem>

namespace samenspel::os {

// fopen with a path that may hold any character (Windows: the wide name).
std::FILE* openFile(const std::filesystem::path& path, const char* mode);
// A new file for writing; fails when one is there already (POSIX "wbx": a
// temporary name is never reused).
std::FILE* createNewFile(const std::filesystem::path& path);
// fseek / ftell with 64-bit offsets (bundles may pass 2 GiB).
int seek(std::FILE* file, long long offset, int whence);
long long tell(std::FILE* file);
// The file's bytes on the disk itself, not only in the system's cache.
bool syncFile(std::FILE* file);
// Puts `from` in place of `to` in one step (errno set when it fails).
bool replaceFile(const std::filesystem::path& from, const std::filesystem::path& to);
// Makes a rename in `dir` durable. Some file systems refuse fsync on a
// directory (EINVAL); the rename has still happened then, so that is no
// failure. Windows has no such step (MoveFileEx writes through).
bool syncDirectory(const std::filesystem::path& dir);
// The local calendar time of `t` (thread-safe form).
std::tm localTime(std::time_t t);

}  // namespace samenspel::os
