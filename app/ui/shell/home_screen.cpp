#include "ui/shell/home_screen.h"
#include "ui/kit/shapes.h"

#include <algorithm>

#include "content/colour.h"
#include "ui/kit/beeldmodus_switch.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

// The deck file says how it looks (its `presentation`; the loader checked it).
ImU32 deckColour(const Deck& deck) {
    const Rgb c = parseHexColour(deck.presentation.colour).value_or(Rgb{0x0B, 0x5D, 0x6B});
    return IM_COL32(c.r, c.g, c.b, 255);
}
const char* deckPictogram(const Deck& deck) { return deck.presentation.pictogram.c_str(); }
const char* deckPlayers(const Deck& deck) { return deck.presentation.players.c_str(); }

namespace {

// A deck as a tile that looks like a card: colour band, pictogram, title,
// the deck's one-line summary and who plays it.
bool deckTile(Ui& ui, const Deck& deck) {
    const auto& f = ui.fonts();
    const float w = ui.columnWidth(), pad = ui.dp(16), picto = ui.dp(72);
    const float speaker = canReadAloud(ui) ? ui.dp(speakerDp(ui)) : 0;  // reads the tile aloud
    const float textW = w - 2 * pad - picto - ui.dp(14) - (speaker ? speaker + ui.dp(4) : 0);
    const ImVec2 ts = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, textW, deck.title.c_str());
    const ImVec2 ss = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, textW, deck.summary.c_str());
    const ImVec2 ps = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, textW, deckPlayers(deck));
    const float band = ui.dp(10);
    // The words need their top padding too, or a long summary runs into the Start bar.
    const float h = std::max(picto + 2 * pad, pad + ts.y + ss.y + ps.y + ui.dp(12) + pad) + band + pad + ui.dp(52) + pad;
    const std::string id = "home.deck." + deck.id;
    const std::string said = deck.title + ". " + deck.summary + " " + deckPlayers(deck) + ".";
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
    dl->AddText(f.title, f.title->FontSize, ImVec2(x, y), t.text, deck.title.c_str(), nullptr, textW);
    y += ts.y + ui.dp(4);
    dl->AddText(f.body, f.body->FontSize, ImVec2(x, y), t.text, deck.summary.c_str(), nullptr, textW);
    y += ss.y + ui.dp(6);
    dl->AddText(f.small, f.small->FontSize, ImVec2(x, y), t.textMuted, deckPlayers(deck), nullptr, textW);
    // The tile's own "Start" bar: the whole tile is the button.
    const ImVec2 sa(a.x + pad, b.y - pad - ui.dp(52)), sb(b.x - pad, b.y - pad);
    fillRoundRect(dl, sa, sb, colour, ui.dp(14));
    const char* start = "Start";
    const ImVec2 st = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, start);
    dl->AddText(f.bold, f.bold->FontSize, ImVec2((sa.x + sb.x - st.x) / 2, (sa.y + sb.y - st.y) / 2), textOn(colour), start);
    if (speaker) drawSpeaker(ui, dl, sa0, sb0, said);
    for (int i = vtx0; i < dl->VtxBuffer.Size; ++i) {
        dl->VtxBuffer[i].pos.y += dy;
        dl->VtxBuffer[i].col = withAlpha(dl->VtxBuffer[i].col, e);
    }
    return touch.tapped;
}

bool sessionRow(Ui& ui, const SessionInfo& s, const std::string& id, const std::string& action) {
    const auto& f = ui.fonts();
    const float w = ui.columnWidth(), pad = ui.dp(14), picto = ui.dp(40);
    const std::string title = s.deck ? s.deck->title : "Onbekend spel";
    const std::string line2 = s.when + (s.detail.empty() ? "" : " · " + s.detail);
    const float textW = w - 2 * pad - picto - ui.dp(12);
    const ImVec2 l2 = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, textW, line2.c_str());
    const float h = std::max(ui.dp(64), f.bold->FontSize + l2.y + ui.dp(6) + 2 * pad);
    const Touch touch = touchArea(ui, action + " " + title, id, ImVec2(w, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = ui.theme;
    fillRoundRect(dl, a, b, touch.held ? t.surfaceAlt : t.surface, ui.dp(12));
    dl->AddRect(a, b, t.divider, ui.dp(12), 0, ui.dp(1));
    const ImU32 colour = s.deck ? deckColour(*s.deck) : t.textMuted;
    const ImVec2 pc(a.x + pad + picto / 2, (a.y + b.y) / 2);
    fillCircle(dl, pc, picto / 2, mix(colour, IM_COL32_WHITE, 0.85f));
    if (s.deck) drawPictogram(ui, dl, deckPictogram(*s.deck), pc, picto * 0.72f);
    const float x = a.x + pad + picto + ui.dp(12);
    const std::string line1 = action.empty() ? title : action + ": " + title;
    dl->AddText(f.bold, f.bold->FontSize, ImVec2(x, a.y + pad), t.text, line1.c_str(), nullptr, textW);
    dl->AddText(f.small, f.small->FontSize, ImVec2(x, a.y + pad + f.bold->FontSize + ui.dp(6)), t.textMuted,
                line2.c_str(), nullptr, textW);
    return touch.tapped;
}

}  // namespace

Choice HomeScreen::draw(Ui& ui, const std::vector<const Deck*>& decks, const std::vector<SessionInfo>& unfinished,
                        const std::vector<SessionInfo>& past, const std::string& message) {
    Choice choice;
    beginScreen(ui, "Samenspel", false, "Kaarten voor een goed gesprek over werk");
    beginBody(ui, scroll, 0);
    if (!message.empty()) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const auto& f = ui.fonts();
        const float w = ui.columnWidth();
        const ImVec2 ts = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, w - ui.dp(64), message.c_str());
        const float h = std::max(ui.dp(52), ts.y + ui.dp(24));
        ImGui::Dummy(ImVec2(w, h));
        ui.marker(message, "home.message");
        ImDrawList* dl = ImGui::GetWindowDrawList();
        fillRoundRect(dl, p, ImVec2(p.x + w, p.y + h), ui.theme.primarySoft, ui.dp(12));
        drawPictogram(ui, dl, "info", ImVec2(p.x + ui.dp(28), p.y + h / 2), ui.dp(28));
        dl->AddText(f.body, f.body->FontSize, ImVec2(p.x + ui.dp(52), p.y + (h - ts.y) / 2), ui.theme.text,
                    message.c_str(), nullptr, w - ui.dp(64));
    }
    // Beeldmodus at the top, where a person who reads little finds it (a picture and a check).
    beeldmodusRow(ui, "home.beeldmodus");
    gap(ui, 4);
    if (!unfinished.empty()) {
        heading(ui, "Verder met een spel");
        for (std::size_t i = 0; i < unfinished.size(); ++i)
            if (sessionRow(ui, unfinished[i], "home.resume." + std::to_string(i), "Verder"))
                choice = intent::Resume{unfinished[i].id};
        gap(ui, 8);
    }
    heading(ui, "Kies een spel");
    if (decks.empty())
        paragraph(ui, "De kaarten konden niet worden geladen. Installeer de app opnieuw of vraag hulp.", ui.theme.danger);
    for (const Deck* d : decks) {
        if (deckTile(ui, *d)) {
            choice = intent::OpenSetup{d->id};
        }
    }
    gap(ui, 8);
    heading(ui, "Eerdere sessies");
    if (past.empty()) {
        paragraph(ui, "Nog geen sessies. Als je een spel afmaakt, zie je het hier terug.", ui.theme.textMuted);
    } else {
        const std::size_t shown = std::min<std::size_t>(past.size(), 3);
        for (std::size_t i = 0; i < shown; ++i)
            if (sessionRow(ui, past[i], "home.past." + std::to_string(i), ""))
                choice = intent::OpenRecord{past[i].id};
        if (past.size() > shown) {
            ButtonStyle st;
            st.look = Look::Secondary;
            if (button(ui, "Alle sessies (" + std::to_string(past.size()) + ")", "home.sessions", st))
                choice = Choice::go(Route::Sessions);
        }
    }
    gap(ui, 8);
    heading(ui, "Meer");
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "export";
    if (button(ui, "Exporteer sessies", "home.export", st)) choice = intent::OpenExport{false};
    st.pictogram = "settings";
    if (button(ui, "Instellingen", "home.settings", st)) choice = Choice::go(Route::Settings);
    st.pictogram = "info";
    if (button(ui, "Over deze app", "home.about", st)) choice = Choice::go(Route::About);
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
