#include "export/take_home.h"

#include <algorithm>
#include <cmath>

#include "export/paper_files.h"
#include "export/pdf_document.h"
#include "store/atomic_file.h"
#include "ui/kit/dates.h"

namespace samenspel::paper {

namespace {
const Rgb kInk{0x1A, 0x1A, 0x1A}, kMuted{0x4A, 0x4A, 0x4A}, kRule{0xC8, 0xC8, 0xC8}, kWhite{255, 255, 255};

// The outcome of a moment: the tap on C ("what do we keep or change?")
// when there is one, else the last tap on A or B.
AnswerChoice outcomeOf(const ChosenMoment& m) {
    if (m.answers[2].choice != AnswerChoice::None) return m.answers[2].choice;
    for (int q = kQuestions - 1; q >= 0; --q)
        if (m.answers[q].choice != AnswerChoice::None) return m.answers[q].choice;
    return AnswerChoice::None;
}

// Sizes are given in pixels of a 1080-wide sheet and scaled with it; SDL_ttf
// takes points at 300 dpi.
struct Scale {
    double u;
    int px(double at1080) const { return static_cast<int>(std::lround(at1080 * u)); }
    double pt(double pxAt1080) const { return pxAt1080 * u * 72.0 / kDpi; }
};
}  // namespace

TakeHomeContent takeHomeContent(const Deck& deck, const SamenleerState& state, const Words& words,
                                const TakeHomeOptions& options) {
    TakeHomeContent c;
    c.date = ui::date(words, options.dateMs);
    auto lineOf = [&](const std::string& cardId) {
        TakeHomeContent::Line l;
        l.card = cardId;
        if (const Card* card = deck.card(cardId)) l.pictogram = card->pictogram, l.label = card->label;
        else l.pictogram = "check-mark", l.label = cardId;
        return l;
    };
    for (const ChosenMoment& m : state.moments) {
        TakeHomeContent::Line l = lineOf(m.card);
        l.outcome = outcomeOf(m);
        if (options.withNotes) {
            if (!m.ownTopic.empty()) l.words.push_back(m.ownTopic);
            for (const auto& a : m.answers)
                if (!a.note.empty()) l.words.push_back(a.note);
        }
        c.moments.push_back(std::move(l));
    }
    for (const AgreedAction& a : state.actions) {
        TakeHomeContent::Line l = lineOf(a.card);
        if (options.withNotes && !a.text.empty()) l.words.push_back(a.text);
        c.actions.push_back(std::move(l));
    }
    for (int seat = 0; seat < 2; ++seat)
        for (const Card* r : deck.cardsOfKind(CardKind::Rating))
            if (r->order == state.ratings[seat]) c.ratings[seat] = lineOf(r->id);
    return c;
}

TakeHomeSheet drawTakeHome(PaperKit& kit, const Deck& deck, const TakeHomeContent& content, bool beeldmodus,
                           int widthPx) {
    TakeHomeSheet sheet;
    const Scale s{widthPx / 1080.0};
    const int W = widthPx, margin = s.px(64);
    // Drawn on a canvas taller than any sheet (at most 3 moments and a few
    // actions), then cut to the height used.
    Surface canvas = newCanvas(W, W * 4);
    if (!canvas) return sheet;
    SDL_Surface* c = canvas.get();
    const Rgb deckColour = parseHexColour(deck.presentation.colour).value_or(Rgb{0x1A, 0x5F, 0xB4});
    const Rgb headInk = inkOn(deckColour);
    const Words& w = kit.words;

    // Header: the deck's mark, what this is, the date.
    const int headH = s.px(beeldmodus ? 260 : 230);
    fillRect(c, 0, 0, W, headH, deckColour);
    const int disc = s.px(beeldmodus ? 180 : 150);
    fillCircle(c, margin + disc / 2, headH / 2, disc / 2, kWhite);
    kit.pictograms.draw(c, deck.presentation.pictogram, margin + disc / 2, headH / 2, disc * 8 / 10);
    const int tx = margin + disc + s.px(36), tw = W - tx - margin;
    Surface title = kit.type.render(w.text("samenleer.takehome.title"), s.pt(beeldmodus ? 64 : 58), Weight::Bold, tw,
                                    headInk, Align::Left);
    Surface date = kit.type.render(content.date, s.pt(40), Weight::Regular, tw, headInk, Align::Left);
    const int th = (title ? title->h : 0) + (date ? date->h : 0);
    blitAt(title.get(), c, tx, (headH - th) / 2);
    if (title) blitAt(date.get(), c, tx, (headH - th) / 2 + title->h);
    int y = headH + s.px(48);

    auto sectionTitle = [&](const std::string& pictogram, const std::string& text) {
        const int p = s.px(beeldmodus ? 96 : 72);
        kit.pictograms.draw(c, pictogram, margin + p / 2, y + p / 2, p);
        Surface t = kit.type.render(text, s.pt(beeldmodus ? 54 : 48), Weight::Bold, W - 2 * margin - p - s.px(24), kInk,
                                    Align::Left);
        if (t) blitAt(t.get(), c, margin + p + s.px(24), y + (p - t->h) / 2);
        y += std::max(p, t ? t->h : 0) + s.px(24);
    };
    auto rule = [&] {
        fillRect(c, margin, y, W - 2 * margin, std::max(2, s.px(3)), kRule);
        y += s.px(40);
    };
    // One line of the sheet: the card's pictogram big on the left, its label,
    // then (moments) keep or change as pictogram and one word, then any words.
    auto cardLine = [&](const TakeHomeContent::Line& l, bool withOutcome) {
        const int p = s.px(beeldmodus ? 230 : 160), gapX = s.px(36);
        const int x = margin + p + gapX, textW = W - x - margin;
        sheet.spots.push_back({l.card, l.pictogram, margin + p / 2, y + p / 2, p});
        kit.pictograms.draw(c, l.pictogram, margin + p / 2, y + p / 2, p);
        int ty = y + s.px(6);
        if (Surface label =
                kit.type.render(l.label, s.pt(beeldmodus ? 60 : 50), Weight::Bold, textW, kInk, Align::Left)) {
            blitAt(label.get(), c, x, ty);
            ty += label->h + s.px(10);
        }
        if (withOutcome && l.outcome != AnswerChoice::None) {
            const bool keep = l.outcome == AnswerChoice::Keep;
            const int op = s.px(beeldmodus ? 110 : 72);
            kit.pictograms.draw(c, keep ? "keep" : "change", x + op / 2, ty + op / 2, op);
            Surface word =
                kit.type.render(keep ? w.text("shell.summary.keep") : w.text("shell.summary.change"),
                                s.pt(beeldmodus ? 54 : 42), Weight::Regular, textW - op - s.px(20), kInk, Align::Left);
            if (word) blitAt(word.get(), c, x + op + s.px(20), ty + (op - word->h) / 2);
            ty += op + s.px(10);
        }
        for (const std::string& text : l.words)
            if (Surface t = kit.type.render("\u201C" + text + "\u201D", s.pt(38), Weight::Regular, textW, kMuted,
                                            Align::Left)) {
                blitAt(t.get(), c, x, ty);
                ty += t->h + s.px(8);
            }
        y = std::max(y + p, ty) + s.px(36);
    };

    sectionTitle("note", beeldmodus ? w.text("samenleer.takehome.talked.short") : w.text("samenleer.takehome.talked"));
    for (const auto& m : content.moments) cardLine(m, true);
    rule();
    sectionTitle("person-running",
                 beeldmodus ? w.text("samenleer.takehome.todo.short") : w.text("samenleer.takehome.todo"));
    if (content.actions.empty()) {
        if (Surface t = kit.type.render(w.text("shell.summary.no_actions"), s.pt(42), Weight::Regular, W - 2 * margin,
                                        kMuted, Align::Left)) {
            blitAt(t.get(), c, margin, y);
            y += t->h + s.px(36);
        }
    }
    for (const auto& a : content.actions) cardLine(a, false);
    rule();
    sectionTitle("red-heart", beeldmodus ? w.text("samenleer.takehome.felt.short") : w.text("samenleer.takehome.felt"));
    // The two faces side by side, each under its role (a role, not a name).
    const int colW = (W - 2 * margin) / 2, face = s.px(beeldmodus ? 260 : 200);
    int bottom = y;
    for (int seat = 0; seat < 2; ++seat) {
        const auto& r = content.ratings[seat];
        const int cx = margin + colW * seat + colW / 2;
        int fy = y;
        if (Surface role = kit.type.render(seat == kCoach ? w.text("kit.role.coach") : w.text("kit.role.jobseeker"),
                                           s.pt(beeldmodus ? 50 : 44), Weight::Bold, colW, kInk, Align::Centre)) {
            blitAt(role.get(), c, cx - role->w / 2, fy);
            fy += role->h + s.px(12);
        }
        const std::string pictogram = r.card.empty() ? "face-neutral" : r.pictogram;
        sheet.spots.push_back({r.card, pictogram, cx, fy + face / 2, face});
        kit.pictograms.draw(c, pictogram, cx, fy + face / 2, face);
        fy += face + s.px(12);
        const std::string said = r.card.empty() ? w.text("shell.summary.not_rated") : r.label;
        if (Surface l =
                kit.type.render(said, s.pt(beeldmodus ? 50 : 42), Weight::Regular, colW, kMuted, Align::Centre)) {
            blitAt(l.get(), c, cx - l->w / 2, fy);
            fy += l->h;
        }
        bottom = std::max(bottom, fy);
    }
    y = bottom + s.px(64);

    const int height = std::min(c->h, std::max(y, W * 3 / 2));  // never shorter than a phone screen's shape
    sheet.image = newCanvas(W, height);
    if (!sheet.image) return sheet;
    SDL_Rect part{0, 0, W, height};
    SDL_BlitSurface(c, &part, sheet.image.get(), nullptr);
    return sheet;
}

bool writeTakeHome(PaperKit& kit, const Deck& deck, const SamenleerState& state, const TakeHomeOptions& options,
                   const TakeHomeFiles& files, std::string* why) {
    if (!kit.ready(why)) return false;
    const TakeHomeContent content = takeHomeContent(deck, state, kit.words, options);
    TakeHomeSheet phone = drawTakeHome(kit, deck, content, options.beeldmodus, kPhoneWidthPx);
    TakeHomeSheet print = drawTakeHome(kit, deck, content, options.beeldmodus, mmToPx(190));
    if (!phone.image || !print.image) {
        if (why) *why = "no memory for the sheet";
        return false;
    }
    // A4 with 10 mm margins; a long sheet is scaled down to fit the page.
    double w = 190, h = print.image->h * 190.0 / print.image->w;
    if (h > 277) w *= 277 / h, h = 277;
    Page page;
    page.images.push_back(
        {std::shared_ptr<SDL_Surface>(print.image.release(), SurfaceFree{}), (kA4WidthMm - w) / 2, 10, w, h});
    const auto pdf = pdfBytes({page}, why);
    std::string png;
    if (!pdf || !pngBytes(phone.image.get(), png, why)) return false;
    // Both made in memory first: a failure while drawing leaves no file at all,
    // and a PDF that cannot be written takes its new PNG back out (both or neither).
    if (!writeFileAtomically(files.png, png, why)) return false;
    if (writeFileAtomically(files.pdf, *pdf, why)) return true;
    std::error_code ec;
    std::filesystem::remove(files.png, ec);
    return false;
}

}  // namespace samenspel::paper
