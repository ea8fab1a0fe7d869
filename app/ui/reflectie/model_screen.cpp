#include "ui/reflectie/model_screen.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/shapes.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

namespace {

// Each model card with three places: little, partly, strongly.
Choice scale(Ui& ui, const Game& game) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    const std::vector<std::string> levels = {ui.t("reflectie.model.little"), ui.t("reflectie.model.partly"),
                                             ui.t("reflectie.model.strongly")};
    for (const Card* c : modelCards(deck, s)) {
        cardWidget(ui, "model." + c->id, cardFace(deck, *c), ui.columnWidth(), CardSize::Compact);
        auto it = r.model.find(c->id);
        int chosen = it == r.model.end() ? -1 : it->second - kModelMin;
        const std::string id = "model." + c->id + ".level";
        if (segmented(ui, id, levels, chosen, {id + ".1", id + ".2", id + ".3"}))
            out = Choice::play(rf::placeModel(r.number, c->id, chosen + kModelMin));
        gap(ui, 4);
    }
    return out;
}

// The three stances on a triangle: a filled token where I stood, a ring where I want to stand.
Choice triangle(Ui& ui, const Game& game, ReflectieView& view) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    int which = view.form;  // 0: where I stood, 1: where I want to stand
    if (segmented(ui, "stance.which", {ui.t("reflectie.model.stood"), ui.t("reflectie.model.want")}, which,
                  {"stance.which.now", "stance.which.want"}))
        view.form = which;
    const auto cards = modelCards(deck, s);
    if (cards.size() != 3) return out;
    const float col = ui.columnWidth();
    const float tileW = std::min(ui.dp(170), std::floor(col * 0.42f)), tileH = ui.dp(ui.beeldmodus ? 128 : 116);
    const float height = tileH * 2 + ui.dp(80);
    const ImVec2 origin = ImGui::GetCursorPos(), screen = ImGui::GetCursorScreenPos();
    const ImVec2 pos[3] = {ImVec2((col - tileW) / 2, 0), ImVec2(0, height - tileH),
                           ImVec2(col - tileW, height - tileH)};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto centre = [&](int i) { return ImVec2(screen.x + pos[i].x + tileW / 2, screen.y + pos[i].y + tileH / 2); };
    for (int i = 0; i < 3; ++i) dl->AddLine(centre(i), centre((i + 1) % 3), ui.theme.divider, ui.dp(4));
    for (int i = 0; i < 3; ++i) {
        ImGui::SetCursorPos(ImVec2(origin.x + pos[i].x, origin.y + pos[i].y));
        const Card* c = cards[i];
        const bool now = r.stanceNow == c->id, want = r.stanceWant == c->id;
        if (pictogramTile(ui, c->pictogram, c->label, "stance." + c->id, ImVec2(tileW, tileH), now || want))
            out = Choice::play(rf::placeStance(r.number, c->id, view.form == 1));
        const ImVec2 a = ImGui::GetItemRectMin();
        // The tokens: a filled disc (stood) and a ring (want), each with its word.
        if (now) {
            const ImVec2 t(a.x + ui.dp(18), a.y + ui.dp(18));
            fillCircle(dl, t, ui.dp(12), ui.theme.text);
        }
        if (want) {
            const ImVec2 t(a.x + ui.dp(18), a.y + tileH - ui.dp(18));
            dl->AddCircle(t, ui.dp(11), ui.theme.text, 0, ui.dp(4));
        }
    }
    ImGui::SetCursorPos(ImVec2(origin.x, origin.y + height + ui.dp(8)));
    // The tokens in words too, never shape alone.
    auto label = [&](const std::string& id) {
        const Card* c = deck.card(id);
        return c ? c->label : std::string();
    };
    if (!r.stanceNow.empty())
        badge(ui, "footprints", ui.tf("reflectie.model.stood_at", {{"card", label(r.stanceNow)}}), ui.theme.surfaceAlt,
              "stance.now");
    if (!r.stanceWant.empty())
        badge(ui, "bullseye", ui.tf("reflectie.model.want_at", {{"card", label(r.stanceWant)}}), ui.theme.surfaceAlt,
              "stance.want");
    for (const Card* c : cards) {
        gap(ui, 2);
        cardWidget(ui, "stance.card." + c->id, cardFace(deck, *c), col, CardSize::Compact);
    }
    return out;
}

}  // namespace

Choice ModelScreen::draw(Ui& ui, const Game& game, ReflectieView& view) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    if (beginScreen(ui, reflectieHeader(ui, "reflectie.model", ui.t("reflectie.model.title"), roundSubtitle(ui, s))))
        out = Choice::back();
    beginBody(ui, scroll, 1, r.number);
    const bool tri = modelShape(deck, s) == ModelShape::Triangle;
    const std::string name = seatName(ui, s.setup, r.inbrenger);
    instruction(ui, "model.hint", tri ? "scale" : "bar-chart", ui.t("reflectie.model.short"),
                tri ? ui.tf("reflectie.model.triangle.full", {{"name", name}})
                    : ui.tf("reflectie.model.scale.full", {{"name", name}}));
    if (Choice c = tri ? triangle(ui, game, view) : scale(ui, game)) out = c;
    if (Choice c = leaderPanel(ui, game)) out = c;
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    go.enabled = !r.model.empty() || !r.stanceNow.empty();
    if (button(ui, ui.t("reflectie.next"), "model.next", go)) out = Choice::play(rf::finishModel(r.number));
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
