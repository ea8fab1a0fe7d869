#include "ui/shell/home_screen.h"
#include "ui/kit/shapes.h"

#include <algorithm>

#include "content/colour.h"
#include "ui/kit/beeldmodus_switch.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/warning_box.h"
#include "ui/kit/widgets.h"
#include "ui/shell/session_row.h"

namespace samenspel::ui {

// The deck file says how it looks (its `presentation`; the loader checked it).
ImU32 deckColour(const Deck& deck) {
    const Rgb c = parseHexColour(deck.presentation.colour).value_or(Rgb{0x0B, 0x5D, 0x6B});
    return IM_COL32(c.r, c.g, c.b, 255);
}
const char* deckPictogram(const Deck& deck) { return deck.presentation.pictogram.c_str(); }
const std::string& deckPlayers(const Ui&, const Deck& deck) { return deck.presentation.players; }

namespace {

// A deck as a tile that looks like a card: colour band, pictogram, title,
// the deck's one-line summary and who plays it.
bool deckTile(Ui& ui, const Deck& deck) {
    const auto& f = ui.fonts();
    const float w = ui.columnWidth(), pad = ui.dp(16), picto = ui.dp(72);
    const float speaker = canReadAloud(ui) ? ui.dp(speakerDp(ui)) : 0;  // reads the tile aloud
    const float textW = w - 2 * pad - picto - ui.dp(14) - (speaker ? speaker + ui.dp(4) : 0);
    // Never split the deck's name ("Samenleerg / esprek" at the largest text): a smaller font first.
    // Still too long: shrink just the name until its longest word fits (as buttons do).
    ImFont* titleFont = wordsFit(f.title, deck.title, textW) ? f.title : f.bold;
    float titleSize = titleFont->FontSize;
    for (int i = 0; i < 6 && !wordsFit(titleFont, deck.title, textW * titleFont->FontSize / titleSize); ++i)
        titleSize *= 0.9f;
    const ImVec2 ts = titleFont->CalcTextSizeA(titleSize, FLT_MAX, textW, deck.title.c_str());
    const ImVec2 ss = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, textW, deck.summary.c_str());
    const std::string& players = deckPlayers(ui, deck);
    const ImVec2 ps = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, textW, players.c_str());
    const float band = ui.dp(10);
    // The words need their top padding too, or a long summary runs into the Start bar.
    const float h =
        std::max(picto + 2 * pad, pad + ts.y + ss.y + ps.y + ui.dp(12) + pad) + band + pad + ui.dp(52) + pad;
    const std::string id = "home.deck." + deck.id;
    const std::string said = deck.title + ". " + deck.summary + " " + players + ".";
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 sa0(p0.x + w - ui.dp(8) - speaker, p0.y + band + ui.dp(8)), sb0(sa0.x + speaker, sa0.y + speaker);
    if (speaker) speakerOverlay(ui, said, id + ".speak", sa0, sb0);  // before the tile, so it wins its taps
    const Touch touch = touchArea(ui, deck.title, id, ImVec2(w, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = ui.theme;
    const ImU32 colour = deckColour(deck);
    const float r = ui.dp(16);
    const float e = easeOut(ui.appear(id, 300));
    const float dy = (1 - e) * ui.dp(20);
    const int vtx0 = dl->VtxBuffer.Size;
    fillRoundRect(dl, ImVec2(a.x, a.y + ui.dp(3)), ImVec2(b.x, b.y + ui.dp(3)), t.shadow, r);
    fillRoundRect(dl, a, b, touch.held ? t.surfaceAlt : t.surface, r);
    fillRoundRect(dl, a, ImVec2(b.x, a.y + band), colour, r, ImDrawFlags_RoundCornersTop);
    const ImVec2 pc(a.x + pad + picto / 2, a.y + band + pad + picto / 2);
    fillCircle(dl, pc, picto / 2, mix(colour, IM_COL32_WHITE, 0.85f));
    drawPictogram(ui, dl, deckPictogram(deck), pc, picto * 0.72f);
    float x = a.x + pad + picto + ui.dp(14), y = a.y + band + pad;
    dl->AddText(titleFont, titleSize, ImVec2(x, y), t.text, deck.title.c_str(), nullptr, textW);
    y += ts.y + ui.dp(4);
    dl->AddText(f.body, f.body->FontSize, ImVec2(x, y), t.text, deck.summary.c_str(), nullptr, textW);
    y += ss.y + ui.dp(6);
    dl->AddText(f.small, f.small->FontSize, ImVec2(x, y), t.textMuted, players.c_str(), nullptr, textW);
    // The tile's own "Start" bar: the whole tile is the button.
    const ImVec2 sa(a.x + pad, b.y - pad - ui.dp(52)), sb(b.x - pad, b.y - pad);
    fillRoundRect(dl, sa, sb, colour, ui.dp(14));
    const std::string& start = ui.t("shell.home.start");
    const ImVec2 st = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, start.c_str());
    dl->AddText(f.bold, f.bold->FontSize, ImVec2((sa.x + sb.x - st.x) / 2, (sa.y + sb.y - st.y) / 2), textOn(colour),
                start.c_str());
    if (speaker) drawSpeaker(ui, dl, sa0, sb0, said);
    for (int i = vtx0; i < dl->VtxBuffer.Size; ++i) {
        dl->VtxBuffer[i].pos.y += dy;
        dl->VtxBuffer[i].col = withAlpha(dl->VtxBuffer[i].col, e);
    }
    return touch.tapped;
}

// A deck's place on Home: the order of DESIGN.md (the group game first,
// then the talk of two, then reflection), not the catalog's order by id,
// which would put Reflectie first. Decks of one game keep the catalog's order.
int homeRank(GameKind kind) {
    switch (kind) {
    case GameKind::Tegenwicht: return 0;
    case GameKind::Samenleer: return 1;
    case GameKind::Reflectie: return 2;
    }
    return 3;
}

}  // namespace

HowTo appHowTo(const Ui& ui) {
    return {"shell.app",
            {{"handshake", ui.t("shell.how_to.1")},
             {"scale", ui.t("shell.how_to.2")},
             {"speaker", ui.t("shell.how_to.3")},
             {"framed-picture", ui.t("shell.how_to.4")},
             {"locked", ui.t("shell.how_to.5")}}};
}

Choice HomeScreen::draw(Ui& ui, const std::vector<const Deck*>& decks, const std::vector<SessionInfo>& unfinished,
                        const std::vector<SessionInfo>& past, const std::string& message) {
    Choice choice;
    ScreenHeader header;
    header.id = "shell.home";
    header.title = ui.t("shell.home.title");
    header.subtitle = ui.t("shell.home.subtitle");
    header.howTo = appHowTo(ui);
    beginScreen(ui, header);
    beginBody(ui, scroll, 0);
    if (!message.empty()) {
        WarningBox box;
        box.text = message;
        box.id = "home.message";
        box.tone = BoxTone::Info;
        warningBox(ui, box);
    }
    // Beeldmodus at the top, where a person who reads little finds it (a picture and a check).
    beeldmodusRow(ui, "home.beeldmodus");
    gap(ui, 4);
    {
        ButtonStyle st;
        st.look = Look::Quiet;
        st.pictogram = "question";
        if (button(ui, ui.t("shell.home.how_to"), "home.how-to", st)) ui.openHowTo("shell.app");
    }
    gap(ui, 4);
    if (!unfinished.empty()) {
        heading(ui, ui.t("shell.home.resume"));
        for (std::size_t i = 0; i < unfinished.size(); ++i)
            if (sessionRow(ui, unfinished[i], "home.resume." + std::to_string(i), ui.t("shell.home.resume_action")))
                choice = intent::Resume{unfinished[i].id};
        gap(ui, 8);
    }
    heading(ui, ui.t("shell.home.choose"));
    if (decks.empty()) paragraph(ui, ui.t("shell.home.no_decks"), ui.theme.danger);
    std::vector<const Deck*> shown = decks;
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Deck* a, const Deck* b) { return homeRank(a->kind) < homeRank(b->kind); });
    for (const Deck* d : shown) {
        if (deckTile(ui, *d)) {
            choice = intent::OpenSetup{d->id};
        }
    }
    gap(ui, 8);
    heading(ui, ui.t("shell.home.past"));
    if (past.empty()) {
        paragraph(ui, ui.t("shell.home.no_past"), ui.theme.textMuted);
    } else {
        const std::size_t shown = std::min<std::size_t>(past.size(), 3);
        for (std::size_t i = 0; i < shown; ++i)
            if (sessionRow(ui, past[i], "home.past." + std::to_string(i), "")) choice = intent::OpenRecord{past[i].id};
        // The whole list, where a session can also be removed.
        ButtonStyle st;
        st.look = Look::Secondary;
        if (button(ui, ui.tf("shell.home.all_sessions", {{"n", std::to_string(past.size())}}), "home.sessions", st))
            choice = Choice::go(Route::Sessions);
    }
    gap(ui, 8);
    heading(ui, ui.t("shell.home.more"));
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "export";
    if (button(ui, ui.t("shell.home.export"), "home.export", st)) choice = intent::OpenExport{false};
    st.pictogram = "settings";
    if (button(ui, ui.t("shell.home.settings"), "home.settings", st)) choice = Choice::go(Route::Settings);
    st.pictogram = "info";
    if (button(ui, ui.t("shell.home.about"), "home.about", st)) choice = Choice::go(Route::About);
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
