// Every screen's own state, kept by the AppController between frames
// (app_controller.cpp draws them; game_view.cpp reads and restores the
// parts a resumed game should come back with).
#pragma once
#include <string>

#include "ui/reflectie/reflectie_flow.h"
#include "ui/reflectie/reflectie_setup_screen.h"
#include "ui/samenleer/samenleer_flow.h"
#include "ui/samenleer/samenleer_setup_screen.h"
#include "ui/shell/about_screen.h"
#include "ui/shell/export_screen.h"
#include "ui/shell/home_screen.h"
#include "ui/shell/import_screen.h"
#include "ui/shell/session_summary_screen.h"
#include "ui/shell/sessions_screen.h"
#include "ui/shell/settings_screen.h"
#include "ui/shell/stop_confirm_screen.h"
#include "ui/shell/unsaved_game_screen.h"
#include "ui/tegenwicht/tegenwicht_flow.h"
#include "ui/tegenwicht/tegenwicht_setup_screen.h"

namespace samenspel::ui {

struct Screens {
    HomeScreen home;
    SettingsScreen settings;
    AboutScreen about;
    SessionsScreen sessions;
    SessionSummaryScreen summary;
    TegenwichtSetupScreen tegenwichtSetup;
    SamenleerSetupScreen samenleerSetup;
    TegenwichtFlow tegenwicht;
    SamenleerFlow samenleer;
    ReflectieSetupScreen reflectieSetup;
    ReflectieFlow reflectie;
    StopConfirmScreen stopConfirm;
    UnsavedGameScreen unsaved;
    ExportScreen exportScreen;
    ImportScreen importScreen;
    std::string setupDeck;  // the deck whose set-up is open
    float themeScale = 0;
    bool themeBeeld = false;  // the palette in use is Beeldmodus's
};

}  // namespace samenspel::ui
