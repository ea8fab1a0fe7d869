// The screen contract: every screen draws from what it is given and hands
// back one Choice, the person's intent, as a typed value. Screens never
// change game state or settings themselves; the app (shell/app_controller)
// dispatches the choice: game moves go to the table, settings to the
// settings part, routes to navigation. A game's flow may take in-game view
// intents (OpenHand, ShowMoment) itself before the app sees them.
#pragma once
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

#include "engine/action.h"
#include "platform/brought_file.h"
#include "platform/read_aloud.h"

namespace samenspel::ui {

enum class Route : std::uint8_t {
    Home,
    Settings,
    About,
    Sessions,
    SessionSummary,
    TegenwichtSetup,
    SamenleerSetup,
    ReflectieSetup,
    Game,
    StopConfirm,  // "Wil je stoppen?" over the game on the table
    Export,       // passphrase, scope and the result of an export
    Import,       // sessions from another device: a bundle file, its passphrase, what came in
};

// The intents, one struct each.
namespace intent {
struct None {};
struct Back {};  // one screen back (also Escape / Android back)
struct Play {
    Action action;
};  // apply a move to the game on the table
struct Go {
    Route route;
};  // open a screen
struct OpenSetup {
    std::string deckId;
};  // the set-up of this deck
struct Start {
    GameSetup setup;
};  // a new game (the app sets the seed)
struct Resume {
    std::string recordId;
};  // the unfinished game with this record id
struct OpenRecord {
    std::string recordId;
};                     // the summary of a finished session
struct DeleteRecord {  // remove a session from this device
    std::string recordId;
    bool warnedUnexported = false;  // the person saw and passed the second warning (finished, never exported)
};
struct OpenExport {
    bool all = false;
};  // the export screen, scope preset
struct ExportBundle {
    bool all = false;
    std::string passphrase;
};                    // empty passphrase: unencrypted
struct RetrySave {};  // the "Probeer opnieuw" of the save banner
struct SetTextStep {
    int step = 0;
};
struct SetBeeldmodus {
    bool on = false;
};
struct SetSpeechSpeed {
    platform::SpeechSpeed speed = platform::SpeechSpeed::Normal;
};
struct OpenHand {
    int seat = -1;
};  // Tegenwicht: this seat looks at its hand (-1: close it)
struct ShowMoment {
    int index = 0;
};  // Samenleer: turn to this moment's page
struct ShareFile {
    std::string path;
};  // hand this file to the platform's share sheet (export result)
struct SetCoordinatorKey {
    std::string path;
};  // Settings: seal exports to this hub public key file (empty: forget the key)
struct DownloadFile {
    std::string path;
};  // save a copy where the person keeps downloads (a browser's download)
// Paper (app/export): files written where exports go.
struct PrintDeck {
    std::string deckId;
};  // the deck as printable cards (A4 PDF)
struct SaveTakeHome {
    bool withNotes = false;  // the two chose to take their own words along
};                           // Samenleer: the take-home sheet (PNG and PDF) of the talk on the table
struct SaveEndPicture {};    // Tegenwicht: the end picture of the game on the table, as a PNG
// Import (sessions from another device).
struct OpenImport {};  // the import screen, empty
struct PickFile {
    platform::FileKind kind = platform::FileKind::Bundle;
};  // open the platform's file picker; the file comes back later (Services::takeBroughtFile)
struct ImportBundle {
    std::string path;
    std::string passphrase;  // empty: the bundle is not sealed (or the app asks for it)
};                           // merge this bundle into the device's sessions
}  // namespace intent

using ChoiceVariant = std::variant<intent::None, intent::Back, intent::Play, intent::Go, intent::OpenSetup,
                                   intent::Start, intent::Resume, intent::OpenRecord, intent::DeleteRecord,
                                   intent::OpenExport, intent::ExportBundle, intent::RetrySave, intent::SetTextStep,
                                   intent::SetBeeldmodus, intent::SetSpeechSpeed, intent::OpenHand, intent::ShowMoment,
                                   intent::ShareFile, intent::DownloadFile, intent::PrintDeck, intent::SaveTakeHome, intent::SaveEndPicture, intent::SetCoordinatorKey,
                                   intent::OpenImport, intent::PickFile, intent::ImportBundle>;

struct Choice : ChoiceVariant {
    using ChoiceVariant::ChoiceVariant;
    Choice() : ChoiceVariant(intent::None{}) {}

    explicit operator bool() const { return !std::holds_alternative<intent::None>(*this); }
    template <class T>
    bool is() const {
        return std::holds_alternative<T>(*this);
    }
    template <class T>
    const T* get() const {
        return std::get_if<T>(this);
    }
    const ChoiceVariant& variant() const { return *this; }

    // Short forms for the common intents.
    static Choice play(Action a) { return intent::Play{std::move(a)}; }
    static Choice go(Route r) { return intent::Go{r}; }
    static Choice back() { return intent::Back{}; }
};

// For std::visit over a Choice: visit(overloaded{[](const intent::Play&){...}, ...}, choice.variant()).
template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

}  // namespace samenspel::ui
