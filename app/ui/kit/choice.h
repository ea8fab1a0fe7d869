// What a screen hands back: the person's choice, as an engine action to
// apply or a move between screens. Screens never change game state
// themselves; the AppController applies choices.
#pragma once
#include <string>

#include "engine/action.h"

namespace samenspel::ui {

enum class Route : std::uint8_t {
    Home,
    Settings,
    About,
    Sessions,
    SessionSummary,
    TegenwichtSetup,
    SamenleerSetup,
    Game,
    StopConfirm,  // "Wil je stoppen?" over the game on the table
    Export,       // passphrase, scope and the result of an export
};

struct Choice {
    enum class Kind : std::uint8_t {
        None,
        Play,        // apply `action` to the game on the table
        Go,          // open `route`
        Back,        // one screen back
        Start,       // start a new game with `setup`
        Resume,      // open the unfinished game with record id `id`
        OpenRecord,  // show the summary of finished record `id`
        Export,      // write a sync bundle (value 1 = all records, 0 = only new ones),
                     // sealed with `secret` when it is not empty
        TextStep,    // text size `value`
    };
    Kind kind = Kind::None;
    Action action;
    GameSetup setup;
    Route route = Route::Home;
    std::string id;
    int value = 0;
    std::string secret;  // an export's passphrase; the app wipes it after use

    explicit operator bool() const { return kind != Kind::None; }
    static Choice play(Action a) { Choice c; c.kind = Kind::Play; c.action = std::move(a); return c; }
    static Choice go(Route r) { Choice c; c.kind = Kind::Go; c.route = r; return c; }
    static Choice back() { Choice c; c.kind = Kind::Back; return c; }
    static Choice start(GameSetup s) { Choice c; c.kind = Kind::Start; c.setup = std::move(s); return c; }
    static Choice resume(std::string id) { Choice c; c.kind = Kind::Resume; c.id = std::move(id); return c; }
    static Choice openRecord(std::string id) { Choice c; c.kind = Kind::OpenRecord; c.id = std::move(id); return c; }
    static Choice exportBundle(bool all, std::string passphrase = {}) {
        Choice c;
        c.kind = Kind::Export;
        c.value = all;
        c.secret = std::move(passphrase);
        return c;
    }
    static Choice textStep(int step) { Choice c; c.kind = Kind::TextStep; c.value = step; return c; }
};

}  // namespace samenspel::ui
