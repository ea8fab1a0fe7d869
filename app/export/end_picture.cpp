#include "export/end_picture.h"

#include <algorithm>
#include <cmath>

#include "export/paper_files.h"
#include "ui/kit/dates.h"

namespace samenspel::paper {

namespace {
const Rgb kInk{0x1A, 0x1A, 0x1A}, kMuted{0x4A, 0x4A, 0x4A}, kWhite{255, 255, 255}, kNational{0xB0, 0xB0, 0xB0};

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }
}  // namespace

Surface drawEndPicture(PaperKit& kit, const Deck& deck, const TegenwichtState& state, std::int64_t dateMs,
                       int widthPx) {
    const double u = widthPx / 1080.0;
    auto px = [&](double v) { return static_cast<int>(std::lround(v * u)); };
    auto pt = [&](double v) { return v * u * 72.0 / kDpi; };
    const int W = widthPx, margin = px(64);
    Surface canvas = newCanvas(W, W * 3);
    if (!canvas) return nullptr;
    SDL_Surface* c = canvas.get();
    const Words& w = kit.words;
    const Rgb deckColour = parseHexColour(deck.presentation.colour).value_or(Rgb{0x0B, 0x5D, 0x6B});

    const int headH = px(230), disc = px(150);
    fillRect(c, 0, 0, W, headH, deckColour);
    fillCircle(c, margin + disc / 2, headH / 2, disc / 2, kWhite);
    kit.pictograms.draw(c, deck.presentation.pictogram, margin + disc / 2, headH / 2, disc * 8 / 10);
    const int tx = margin + disc + px(36), tw = W - tx - margin;
    Surface title =
        kit.type.render(w.text("tegenwicht.end.chart_title"), pt(54), Weight::Bold, tw, inkOn(deckColour), Align::Left);
    Surface date = kit.type.render(ui::date(w, dateMs), pt(40), Weight::Regular, tw, inkOn(deckColour), Align::Left);
    const int th = (title ? title->h : 0) + (date ? date->h : 0);
    blitAt(title.get(), c, tx, (headH - th) / 2);
    if (title) blitAt(date.get(), c, tx, (headH - th) / 2 + title->h);
    int y = headH + px(40);

    auto weights = summariseTegenwicht(deck, state);
    // In the screen chart's order: what weighed most here first, then the national share.
    std::stable_sort(weights.begin(), weights.end(), [](const ClusterWeight& a, const ClusterWeight& b) {
        return a.groupShare != b.groupShare ? a.groupShare > b.groupShare : a.nationalShare > b.nationalShare;
    });
    const ClusterWeight* top = nullptr;
    for (const auto& cw : weights)
        if (cw.groupShare > 0 && (!top || cw.groupShare > top->groupShare)) top = &cw;
    const CardGroup* topGroup = top ? deck.group(top->group) : nullptr;
    const std::string summary = topGroup ? w.format("tegenwicht.end.summary", {{"first", topGroup->label}})
                                         : w.text("tegenwicht.end.summary_none");
    if (Surface s = kit.type.render(summary, pt(46), Weight::Bold, W - 2 * margin, kInk, Align::Left)) {
        blitAt(s.get(), c, margin, y);
        y += s->h + px(32);
    }
    // The legend: a filled bar is this group, a grey bar the national top 15.
    const int key = px(44);
    fillRect(c, margin, y, key * 2, key, kInk);
    Surface here = kit.type.render(w.text("tegenwicht.chart.group"), pt(38), Weight::Regular, W / 3, kInk, Align::Left);
    blitAt(here.get(), c, margin + key * 2 + px(16), y + (key - (here ? here->h : 0)) / 2);
    const int lx = W / 2;
    fillRect(c, lx, y, key * 2, key, kNational);
    Surface nat =
        kit.type.render(w.text("tegenwicht.chart.national"), pt(38), Weight::Regular, W / 3, kInk, Align::Left);
    blitAt(nat.get(), c, lx + key * 2 + px(16), y + (key - (nat ? nat->h : 0)) / 2);
    y += key + px(40);

    double most = 0;
    for (const auto& cw : weights) most = std::max({most, cw.groupShare, cw.nationalShare});
    if (most <= 0) most = 1;
    const int symbol = px(120), barX = margin + symbol + px(32), barMax = W - barX - margin - px(110);
    for (const auto& cw : weights) {
        const CardGroup* g = deck.group(cw.group);
        const Rgb colour = g ? parseHexColour(g->colour).value_or(kInk) : kInk;
        // The symbol in a white disc ringed in the cluster's colour: readable without colour.
        fillCircle(c, margin + symbol / 2, y + symbol / 2, symbol / 2, colour);
        fillCircle(c, margin + symbol / 2, y + symbol / 2, symbol / 2 - px(8), kWhite);
        if (g) kit.pictograms.draw(c, g->symbol, margin + symbol / 2, y + symbol / 2, symbol * 7 / 10);
        int by = y;
        if (Surface l =
                kit.type.render(g ? g->label : cw.group, pt(40), Weight::Bold, W - barX - margin, kInk, Align::Left)) {
            blitAt(l.get(), c, barX, by);
            by += l->h + px(8);
        }
        const int barH = px(34);
        const int groupW = std::max(px(4), static_cast<int>(barMax * cw.groupShare / most));
        fillRect(c, barX, by, groupW, barH, colour);
        if (Surface p = kit.type.render(percent(cw.groupShare), pt(32), Weight::Bold, px(110), kInk, Align::Left))
            blitAt(p.get(), c, barX + groupW + px(12), by + (barH - p->h) / 2);
        by += barH + px(6);
        const int natW = std::max(px(4), static_cast<int>(barMax * cw.nationalShare / most));
        fillRect(c, barX, by, natW, barH, kNational);
        if (Surface p =
                kit.type.render(percent(cw.nationalShare), pt(32), Weight::Regular, px(110), kMuted, Align::Left))
            blitAt(p.get(), c, barX + natW + px(12), by + (barH - p->h) / 2);
        by += barH;
        y = std::max(y + symbol, by) + px(36);
    }
    y += px(24);
    Surface out = newCanvas(W, std::min(c->h, y));
    if (!out) return nullptr;
    SDL_Rect part{0, 0, W, out->h};
    SDL_BlitSurface(c, &part, out.get(), nullptr);
    return out;
}

bool writeEndPicture(PaperKit& kit, const Deck& deck, const TegenwichtState& state, std::int64_t dateMs,
                     const std::filesystem::path& png, std::string* why) {
    if (!kit.ready(why)) return false;
    Surface image = drawEndPicture(kit, deck, state, dateMs, 1080);
    if (!image) {
        if (why) *why = "no memory for the picture";
        return false;
    }
    return writePng(image.get(), png, why);
}

}  // namespace samenspel::paper
