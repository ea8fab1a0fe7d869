#include "export/end_picture.h"

#include <algorithm>
#include <cmath>

#include "content/tegenwicht_picture.h"
#include "export/paper_files.h"
#include "ui/kit/dates.h"

namespace samenspel::paper {

namespace {
const Rgb kInk{0x1A, 0x1A, 0x1A}, kMuted{0x4A, 0x4A, 0x4A}, kWhite{255, 255, 255};
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

    // Every number comes from TegenwichtPicture (content/tegenwicht_picture.h):
    // counts of this record, or places in the study's top 15. No shares.
    const TegenwichtPicture picture = tegenwichtPicture(deck, state);
    auto clusterName = [&](const std::string& g) {
        const CardGroup* group = deck.group(g);
        return group ? group->label : g;
    };
    std::string summary = w.text("tegenwicht.end.summary_none");
    if (!picture.mostHeavy.empty()) {
        std::string names;
        for (std::size_t i = 0; i < picture.mostHeavy.size(); ++i) {
            const std::string one = w.format("tegenwicht.end.cluster", {{"name", clusterName(picture.mostHeavy[i])}});
            names = i == 0 ? one
                    : i + 1 == picture.mostHeavy.size() ? w.format("tegenwicht.end.and", {{"a", names}, {"b", one}})
                                                        : names + ", " + one;
        }
        summary = w.format("tegenwicht.end.summary", {{"first", names}});
    }
    auto text = [&](const std::string& t, double size, Weight weight, int width, Rgb ink) {
        Surface s = kit.type.render(t, pt(size), weight, width, ink, Align::Left);
        if (s) blitAt(s.get(), c, margin, y);
        return s ? s->h : 0;
    };
    y += text(summary, 46, Weight::Bold, W - 2 * margin, kInk) + px(32);

    // This group's cards per cluster (the clusters are the app's own grouping).
    y += text(w.text("tegenwicht.chart.title"), 42, Weight::Bold, W - 2 * margin, kInk) + px(8);
    y += text(w.text("tegenwicht.chart.short"), 32, Weight::Regular, W - 2 * margin, kMuted) + px(24);
    const int symbol = px(110), tx2 = margin + symbol + px(28), tw2 = W - tx2 - margin;
    for (const auto& row : picture.clusters) {
        if (!row.any()) continue;
        const CardGroup* g = deck.group(row.group);
        const Rgb colour = g ? parseHexColour(g->colour).value_or(kInk) : kInk;
        // The symbol in a white disc ringed in the cluster's colour: readable without colour.
        fillCircle(c, margin + symbol / 2, y + symbol / 2, symbol / 2, colour);
        fillCircle(c, margin + symbol / 2, y + symbol / 2, symbol / 2 - px(8), kWhite);
        if (g) kit.pictograms.draw(c, g->symbol, margin + symbol / 2, y + symbol / 2, symbol * 7 / 10);
        std::string counts;
        auto add = [&](const Figure& f, const char* key) {
            if (f.value <= 0) return;
            if (!counts.empty()) counts += " · ";
            counts += w.format(key, {{"n", std::to_string(f.value)}});
        };
        add(row.heavy, "tegenwicht.chart.count.heavy");
        add(row.light, "tegenwicht.chart.count.light");
        add(row.unnoticed, "tegenwicht.chart.count.unnoticed");
        add(row.decisive, "tegenwicht.chart.count.decisive");
        int by = y;
        if (Surface l = kit.type.render(clusterName(row.group), pt(40), Weight::Bold, tw2, kInk, Align::Left)) {
            blitAt(l.get(), c, tx2, by);
            by += l->h + px(4);
        }
        if (Surface l = kit.type.render(counts, pt(34), Weight::Regular, tw2, kMuted, Align::Left)) {
            blitAt(l.get(), c, tx2, by);
            by += l->h;
        }
        y = std::max(y + symbol, by) + px(24);
    }

    // The study's top 15, ranks only; the factors this group used stand out.
    y += px(24);
    y += text(w.text("tegenwicht.top15.title"), 42, Weight::Bold, W - 2 * margin, kInk) + px(16);
    for (const auto& row : picture.topFifteen) {
        const Card* card = deck.card(row.card);
        std::string line = std::to_string(row.rank.value) + ". " + (card ? card->label : row.card);
        if (row.touched()) {
            std::string did;
            auto add = [&](const Figure& f, const char* key) {
                if (f.value <= 0) return;
                did += (did.empty() ? "" : " · ") + w.count(key, f.value, {{"n", std::to_string(f.value)}});
            };
            add(row.picked, "tegenwicht.top15.picked");
            add(row.heavy, "tegenwicht.top15.heavy");
            add(row.decisive, "tegenwicht.top15.decisive");
            line += "  —  " + did;
        }
        y += text(line, 34, row.touched() ? Weight::Bold : Weight::Regular, W - 2 * margin,
                  row.touched() ? kInk : kMuted) +
             px(6);
    }
    y += px(16);
    y += text(w.text("tegenwicht.top15.text"), 28, Weight::Regular, W - 2 * margin, kMuted);
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
