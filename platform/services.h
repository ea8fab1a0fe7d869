// What the app asks of the machine it runs on, without knowing which one:
// fonts at the display's density, pictogram textures, the clock, the
// on-screen keyboard and the app's folders. platform/desktop implements it
// with SDL; the screens in app/ui see only this header and Dear ImGui.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include <imgui.h>

#include "platform/brought_file.h"
#include "platform/hit_targets.h"
#include "platform/read_aloud.h"

namespace samenspel::platform {

// The ImGui fonts, rebuilt whenever the density or the text size changes.
struct Fonts {
    ImFont* body = nullptr;   // running text and buttons
    ImFont* bold = nullptr;   // card labels, emphasis
    ImFont* title = nullptr;  // screen titles, big numbers
    ImFont* small = nullptr;  // captions, card bands, chart labels
    ImFont* smallBold = nullptr;
    float bodyPx = 0, titlePx = 0;
};

// Text size steps the person can choose in Settings.
constexpr int kTextSteps = 3;

// A picture ready to draw: its texture and the corners of the picture in it.
// Pictograms share one texture with the fonts where the renderer allows, so
// a card of text and pictures is drawn in one go, not one draw per picture.
struct Picture {
    ImTextureID texture = nullptr;
    ImVec2 uv0{0, 0}, uv1{1, 1};
    explicit operator bool() const { return texture != nullptr; }
};

class Services {
public:
    virtual ~Services() = default;

    // Pixels per density-independent pixel (dp): 48 dp is a touch target.
    virtual float dpScale() const = 0;
    virtual const Fonts& fonts() const = 0;
    virtual int textStep() const = 0;
    // 0, 1 or 2; the fonts are rebuilt before the next frame.
    virtual void setTextStep(int step) = 0;

    // The colour each frame starts from: the screen's background. The frame
    // is cleared to it, so no window-sized rectangle is drawn under
    // everything. Clearing costs a GPU next to nothing; a full-screen
    // rectangle is a whole screen of pixels to blend, and in a browser
    // without a GPU (WebGL in software) that was a third of a frame's work.
    virtual void setBackdrop(ImU32 colour) = 0;

    // A pictogram from assets/pictograms/<name>.svg rasterised at `px` pixels
    // square and cached; empty when there is no such pictogram.
    virtual Picture pictogram(const std::string& name, int px) = 0;
    // The same pictogram, wanted soon but not in this frame: the main loop
    // makes it in a quiet moment between frames (one per tick), so a swipe
    // that brings it in later finds it ready and no frame waits for an SVG.
    // A platform without such a queue makes it when it is first drawn.
    virtual void pictogramSoon(const std::string& name, int px) {
        (void)name;
        (void)px;
    }

    // Opens or closes the on-screen keyboard (only while a text field has focus).
    virtual void setTextInput(bool active) = 0;
    // Pixels at the bottom of the screen hidden by an on-screen keyboard, 0 when none.
    virtual float keyboardHeight() const = 0;
    // The text typed since the frame began, as UTF-8 exactly as the keyboard
    // sent it. ImGui 1.86 here keeps 16-bit characters and turns an emoji
    // into U+FFFD; a text field takes the real character from this.
    virtual const std::string& typedText() const = 0;

    // Monotonic milliseconds, for animations.
    virtual double nowMs() const = 0;
    // Wall-clock Unix milliseconds, for records.
    virtual long long unixMs() const = 0;

    virtual std::filesystem::path dataDir() const = 0;
    virtual std::filesystem::path assetsDir() const = 0;

    // Where the widgets drew what this frame (for the test driver).
    virtual HitTargets& targets() = 0;

    // Read-aloud with the device's own voice (a silent one when it has none).
    virtual ReadAloud& readAloud() = 0;

    // Handing a file the app wrote (an exported bundle) to the person. The
    // desktop has neither and shows the folder; a browser saves a download
    // and, where it has one, opens the system share sheet (mail, chat, files).
    virtual bool canDownload() const { return false; }
    virtual void download(const std::filesystem::path&) {}
    virtual bool canShare() const { return false; }
    virtual void share(const std::filesystem::path&) {}
    // Bringing a file in. A browser opens its own file picker (the app
    // cannot read the phone's folders itself); the file arrives a few frames
    // later through takeBroughtFile(). The desktop has no picker here: a
    // file dragged onto the window arrives the same way, and the screens
    // offer a path field.
    virtual bool canPickFile() const { return false; }
    virtual void pickFile(FileKind) {}
    virtual std::optional<BroughtFile> takeBroughtFile() { return std::nullopt; }
    // True while the last write of the data folder to the storage that
    // outlives the app failed (a browser's IndexedDB full or refused): what
    // is on screen is in memory only. The next write that works clears it.
    virtual bool storageWriteFailed() const { return false; }
    // Tries that write again now (the save banner's "Probeer opnieuw").
    virtual void retryStorageWrite() {}
    // The app wrote a file in the data folder itself, not through the record
    // sink (the settings, the coordinator's key): a browser writes the folder
    // to that storage after this frame. A desktop's files are already on disk.
    virtual void dataWritten() {}
    // True when this start is the same page coming back (a browser reload,
    // a tab the phone closed in the background): the game that was on the
    // table opens again at once. A fresh start shows Home with "Verder".
    virtual bool resumeOnStart() const { return false; }
    // True where the system may wipe the app's data on its own (a phone
    // browser clears sites that are not installed): the export screen says so.
    virtual bool storageMayBeCleared() const { return false; }
};

}  // namespace samenspel::platform
