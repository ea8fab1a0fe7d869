#include "export/deck_sheets.h"

#include <algorithm>
#include <cstdio>

namespace samenspel::paper {

namespace {
const double kMarginXMm = (kA4WidthMm - kColumns * kCardWidthMm - (kColumns - 1) * kCardGapMm) / 2;
const double kMarginYMm = (kA4HeightMm - kRows * kCardHeightMm - (kRows - 1) * kCardGapMm) / 2;
constexpr double kCutMarkMm = 5, kCutMarkGapMm = 1.5;
const Rgb kInk{0x1A, 0x1A, 0x1A}, kMuted{0x44, 0x44, 0x44}, kEdge{0x55, 0x55, 0x55}, kWhite{255, 255, 255};
const Rgb kFallback{0x37, 0x47, 0x4F};

// Sizes in points: as large as a card at arm's length on a table wants, and
// the smallest still readable in print; below that a text is refused.
constexpr double kLabelPt = 12, kLabelMinPt = 9, kTextPt = 8.5, kTextMinPt = 6.5, kBandPt = 8, kBandMinPt = 6;
constexpr double kIdPt = 4.5;

Rgb colourOr(const std::string& hex, Rgb fallback) { return parseHexColour(hex).value_or(fallback); }

std::string cardRef(const Card& c) { return "card " + c.id + ": "; }
std::string points(double pt) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%g pt", pt);
    return buf;
}

// The edge every printed card has: it shows where to cut even without the
// marks, and lets a test find the cards on a rendered page.
void cardEdge(SDL_Surface* s) { strokeRect(s, 0, 0, s->w, s->h, mmToPx(0.4), kEdge); }
}  // namespace

SlotMm frontSlot(int slot) {
    const int col = slot % kColumns, row = slot / kColumns;
    return {kMarginXMm + col * (kCardWidthMm + kCardGapMm), kMarginYMm + row * (kCardHeightMm + kCardGapMm)};
}

SlotMm backSlot(int slot) {
    const int col = slot % kColumns, row = slot / kColumns;
    return frontSlot(row * kColumns + (kColumns - 1 - col));
}

PaperKit::PaperKit(const std::filesystem::path& assetsDir)
    : type(assetsDir / "fonts"), pictograms(assetsDir / "pictograms") {
    words.load(assetsDir / "text" / "nl.json", &wordsWhy);
}

bool PaperKit::ready(std::string* why) const {
    if (!type.ready(why)) return false;
    if (!wordsWhy.empty()) {
        if (why) *why = wordsWhy;
        return false;
    }
    return true;
}

Surface cardFront(PaperKit& kit, const Deck& deck, const Card& card, std::string* why) {
    const int W = mmToPx(kCardWidthMm), H = mmToPx(kCardHeightMm), pad = mmToPx(3.5);
    Surface s = newCanvas(W, H);
    if (!s) {
        if (why) *why = cardRef(card) + "no memory for the card image";
        return nullptr;
    }
    const CardGroup* g = deck.group(card.group);
    const Rgb band = g ? colourOr(g->colour, kFallback) : kFallback;
    const Rgb bandInk = inkOn(band);

    // The group's band with its symbol in a white disc: the symbol, not the
    // colour alone, tells the groups apart (also printed in black and white).
    const int bandH = mmToPx(13);
    fillRect(s.get(), 0, 0, W, bandH, band);
    const int disc = mmToPx(10);
    const int dcx = pad + disc / 2, dcy = bandH / 2;
    fillCircle(s.get(), dcx, dcy, disc / 2, kWhite);
    if (g) kit.pictograms.draw(s.get(), g->symbol, dcx, dcy, disc * 82 / 100);
    int right = W - pad;
    if (card.rank > 0) {
        const std::string corner = kit.words.format("cards.rank", {{"n", std::to_string(card.rank)}});
        if (Surface r = kit.type.render(corner, kBandPt, Weight::Bold, W / 3, bandInk, Align::Left)) {
            blitAt(r.get(), s.get(), right - r->w, (bandH - r->h) / 2);
            right -= r->w + mmToPx(2);
        }
    }
    if (g) {
        const int x = dcx + disc / 2 + mmToPx(2.5);
        Surface label = kit.type.fit(g->label, kBandPt, kBandMinPt, Weight::Regular, right - x, bandH - mmToPx(1.5),
                                     bandInk, Align::Left);
        if (!label) {
            if (why) *why = cardRef(card) + "its group's name does not fit in the band";
            return nullptr;
        }
        blitAt(label.get(), s.get(), x, (bandH - label->h) / 2);
    }

    const int picto = mmToPx(24);
    int y = bandH + mmToPx(4);
    kit.pictograms.draw(s.get(), card.pictogram, W / 2, y + picto / 2, picto);
    y += picto + mmToPx(2.5);

    const int textW = W - 2 * pad;
    const int bottom = H - mmToPx(6);  // room for the id line under the text
    Surface label =
        kit.type.fit(card.label, kLabelPt, kLabelMinPt, Weight::Bold, textW, mmToPx(15), kInk, Align::Centre);
    if (!label) {
        if (why) *why = cardRef(card) + "the label is too long for the printed card, even at " + points(kLabelMinPt);
        return nullptr;
    }
    blitAt(label.get(), s.get(), (W - label->w) / 2, y);
    y += label->h + mmToPx(2);
    if (!card.text.empty()) {
        Surface text =
            kit.type.fit(card.text, kTextPt, kTextMinPt, Weight::Regular, textW, bottom - y, kMuted, Align::Left);
        if (!text) {
            if (why) *why = cardRef(card) + "the text is too long for the printed card, even at " + points(kTextMinPt);
            return nullptr;
        }
        blitAt(text.get(), s.get(), pad, y);
    }
    cardEdge(s.get());
    return s;
}

Surface cardBack(PaperKit& kit, const Deck& deck) {
    const int W = mmToPx(kCardWidthMm), H = mmToPx(kCardHeightMm);
    Surface s = newCanvas(W, H);
    if (!s) return nullptr;
    const Rgb colour = colourOr(deck.presentation.colour, kFallback);
    const Rgb ink = inkOn(colour);
    const int inset = mmToPx(3);
    fillRect(s.get(), inset, inset, W - 2 * inset, H - 2 * inset, colour);
    strokeRect(s.get(), inset + mmToPx(2), inset + mmToPx(2), W - 2 * inset - mmToPx(4), H - 2 * inset - mmToPx(4),
               mmToPx(0.5), ink);
    const int disc = mmToPx(30), cy = H / 2 - mmToPx(6);
    fillCircle(s.get(), W / 2, cy, disc / 2, kWhite);
    kit.pictograms.draw(s.get(), deck.presentation.pictogram, W / 2, cy, disc * 8 / 10);
    if (Surface name = kit.type.fit(deck.title, 13, 8, Weight::Bold, W - 4 * inset, mmToPx(16), ink, Align::Centre))
        blitAt(name.get(), s.get(), (W - name->w) / 2, cy + disc / 2 + mmToPx(4));
    cardEdge(s.get());
    return s;
}

namespace {
// Short lines in the margins and gaps on each card edge, never over a card.
void addCutMarks(Page& page) {
    auto vertical = [&](double x) {
        page.lines.push_back({x, kMarginYMm - kCutMarkGapMm - kCutMarkMm, x, kMarginYMm - kCutMarkGapMm});
        const double bottom = kA4HeightMm - kMarginYMm;
        page.lines.push_back({x, bottom + kCutMarkGapMm, x, bottom + kCutMarkGapMm + kCutMarkMm});
    };
    auto horizontal = [&](double y) {
        page.lines.push_back({kMarginXMm - kCutMarkGapMm - kCutMarkMm, y, kMarginXMm - kCutMarkGapMm, y});
        const double right = kA4WidthMm - kMarginXMm;
        page.lines.push_back({right + kCutMarkGapMm, y, right + kCutMarkGapMm + kCutMarkMm, y});
    };
    for (int c = 0; c < kColumns; ++c) {
        const double x = frontSlot(c).x;
        vertical(x), vertical(x + kCardWidthMm);
    }
    for (int r = 0; r < kRows; ++r) {
        const double y = frontSlot(r * kColumns).y;
        horizontal(y), horizontal(y + kCardHeightMm);
    }
}
}  // namespace

std::optional<Document> deckDocument(PaperKit& kit, const Deck& deck, std::string* why) {
    if (!kit.ready(why)) return std::nullopt;
    if (deck.cards.empty()) {
        if (why) *why = "deck " + deck.id + " has no cards";
        return std::nullopt;
    }
    std::shared_ptr<SDL_Surface> back(cardBack(kit, deck).release(), SurfaceFree{});
    if (!back) {
        if (why) *why = "no memory for the card back";
        return std::nullopt;
    }
    Document doc;
    for (std::size_t first = 0; first < deck.cards.size(); first += kCardsPerPage) {
        Page fronts, backs;
        const std::size_t n = std::min<std::size_t>(kCardsPerPage, deck.cards.size() - first);
        for (std::size_t i = 0; i < n; ++i) {
            const Card& card = deck.cards[first + i];
            Surface front = cardFront(kit, deck, card, why);
            if (!front) return std::nullopt;
            const SlotMm f = frontSlot(static_cast<int>(i)), b = backSlot(static_cast<int>(i));
            fronts.images.push_back(
                {std::shared_ptr<SDL_Surface>(front.release(), SurfaceFree{}), f.x, f.y, kCardWidthMm, kCardHeightMm});
            // The id in the PDF's own text, small at the foot: whoever sorts a printed deck can
            // find a card, and a test can read every id back from the file.
            fronts.texts.push_back({card.id, f.x + 3.5, f.y + kCardHeightMm - 2.5, kIdPt});
            backs.images.push_back({back, b.x, b.y, kCardWidthMm, kCardHeightMm});
        }
        addCutMarks(fronts);
        addCutMarks(backs);
        doc.push_back(std::move(fronts));
        doc.push_back(std::move(backs));
    }
    return doc;
}

std::vector<std::string> deckPrintProblems(PaperKit& kit, const Deck& deck) {
    std::vector<std::string> out;
    std::string why;
    if (!kit.ready(&why)) return {why};
    for (const Card& c : deck.cards)
        if (!cardFront(kit, deck, c, &why)) out.push_back(why);
    return out;
}

}  // namespace samenspel::paper
