// A file brought into the app from outside (Services::pickFile,
// takeBroughtFile): what it is for and where the app can read it. Its own
// header so the screen contract (ui/kit/choice.h) can name the kind
// without the rest of the platform.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>

namespace samenspel::platform {

// What a file brought into the app is for.
enum class FileKind : std::uint8_t {
    Bundle,          // a sync bundle exported on another device (import)
    CoordinatorKey,  // the coordinator's public key (.pub), Settings
};

// A file that reached the app from outside: picked in the browser's file
// picker (copied into the app's own file system first) or dragged onto the
// desktop window.
struct BroughtFile {
    std::filesystem::path path;    // readable by the app until the next file comes
    std::optional<FileKind> kind;  // what the picker was opened for; none: dropped without being asked
};

}  // namespace samenspel::platform
