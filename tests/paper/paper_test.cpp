// Paper read back as a printer would see it: every bundled deck as a PDF
// (pdfinfo: pages and A4; pdftotext: every card id once; pdftoppm: the card
// boxes found in the pixels where they belong, backs mirrored), a card text
// too long refused with its id, no half file, and the take-home sheet of a
// played Samenleergesprek holding that record's moments and actions.
#include <catch2/catch.hpp>

#include <SDL_image.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "content/deck_loader.h"
#include "engine/autoplay.h"
#include "export/deck_sheets.h"
#include "export/end_picture.h"
#include "export/paper_files.h"
#include "export/take_home.h"
#include "store/atomic_file.h"
#include "store/record.h"
#include "temp_dir.h"

using namespace samenspel;
using namespace samenspel::paper;
namespace fs = std::filesystem;

namespace {

std::string run(const std::string& command) {
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[4096];
        while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
        pclose(p);
    }
    return out;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

int pdfPages(const fs::path& pdf) {
    std::smatch m;
    const std::string info = run("pdfinfo " + quoted(pdf));
    return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

bool isA4(const fs::path& pdf) {
    // pdfinfo names the size itself; every page is asked, not only the first.
    const std::string info = run("pdfinfo -f 1 -l 9999 " + quoted(pdf));
    const std::regex pageSize(R"(Page\s+\d+ size:[^\n]*)");
    std::size_t pages = 0, a4 = 0;
    for (std::sregex_iterator it(info.begin(), info.end(), pageSize), end; it != end; ++it) {
        ++pages;
        a4 += it->str().find("(A4)") != std::string::npos;
    }
    return pages > 0 && pages == a4;
}

// A grey page from pdftoppm (binary PGM).
struct Grey {
    int w = 0, h = 0;
    std::vector<unsigned char> px;
    unsigned char at(int x, int y) const { return px[static_cast<std::size_t>(y) * w + x]; }
};
Grey renderPage(const fs::path& pdf, int page, int dpi, const fs::path& dir) {
    const fs::path stem = dir / ("page" + std::to_string(page));
    run("pdftoppm -gray -singlefile -r " + std::to_string(dpi) + " -f " + std::to_string(page) + " -l " +
        std::to_string(page) + " " + quoted(pdf) + " " + quoted(stem));
    Grey g;
    std::ifstream in(stem.string() + ".pgm", std::ios::binary);
    std::string magic;
    int maxv = 0;
    in >> magic >> g.w >> g.h >> maxv;
    in.get();
    if (magic != "P5" || g.w <= 0 || g.h <= 0) return {};
    g.px.resize(static_cast<std::size_t>(g.w) * g.h);
    in.read(reinterpret_cast<char*>(g.px.data()), static_cast<std::streamsize>(g.px.size()));
    return g;
}

// The boxes on a page: connected regions of ink (4-neighbours) at least
// `minW` x `minH` pixels, as bounding boxes. Cut marks are too small to count.
struct Box {
    int x0, y0, x1, y1;
};
std::vector<Box> inkBoxes(const Grey& g, int minW, int minH) {
    std::vector<int> label(g.px.size(), 0);
    std::vector<Box> out;
    std::vector<int> stack;
    for (int y = 0; y < g.h; ++y)
        for (int x = 0; x < g.w; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * g.w + x;
            if (label[i] || g.px[i] > 200) continue;
            Box b{x, y, x, y};
            label[i] = 1;
            stack.assign(1, static_cast<int>(i));
            while (!stack.empty()) {
                const int j = stack.back();
                stack.pop_back();
                const int jx = j % g.w, jy = j / g.w;
                b.x0 = std::min(b.x0, jx), b.x1 = std::max(b.x1, jx), b.y0 = std::min(b.y0, jy),
                b.y1 = std::max(b.y1, jy);
                const int next[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
                for (const auto& d : next) {
                    const int nx = jx + d[0], ny = jy + d[1];
                    if (nx < 0 || ny < 0 || nx >= g.w || ny >= g.h) continue;
                    const std::size_t k = static_cast<std::size_t>(ny) * g.w + nx;
                    if (label[k] || g.px[k] > 200) continue;
                    label[k] = 1;
                    stack.push_back(static_cast<int>(k));
                }
            }
            if (b.x1 - b.x0 + 1 >= minW && b.y1 - b.y0 + 1 >= minH) out.push_back(b);
        }
    // A card is its outer box: the frame drawn inside a card's back is not another card.
    std::vector<Box> outer;
    for (const Box& b : out) {
        bool inside = false;
        for (const Box& o : out)
            inside = inside || (&o != &b && o.x0 < b.x0 && o.y0 < b.y0 && o.x1 > b.x1 && o.y1 > b.y1);
        if (!inside) outer.push_back(b);
    }
    return outer;
}

// Every card box on the page lies on one of the expected slots, and each
// expected slot has one box (within 2 px at 60 dpi, about 1 mm).
void checkBoxes(const Grey& g, int dpi, const std::vector<SlotMm>& expected) {
    const double pxPerMm = dpi / 25.4;
    const auto boxes =
        inkBoxes(g, static_cast<int>(kCardWidthMm * pxPerMm * 0.8), static_cast<int>(kCardHeightMm * pxPerMm * 0.8));
    INFO("boxes found: " << [&] {
        std::string s;
        for (const Box& b : boxes)
            s += std::to_string(b.x0) + "," + std::to_string(b.y0) + "-" + std::to_string(b.x1) + "," +
                 std::to_string(b.y1) + " ";
        return s;
    }());
    CHECK(boxes.size() == expected.size());
    for (const SlotMm& s : expected) {
        const double x0 = s.x * pxPerMm, y0 = s.y * pxPerMm;
        const double x1 = (s.x + kCardWidthMm) * pxPerMm, y1 = (s.y + kCardHeightMm) * pxPerMm;
        int found = 0;
        for (const Box& b : boxes)
            if (std::abs(b.x0 - x0) <= 2 && std::abs(b.y0 - y0) <= 2 && std::abs(b.x1 + 1 - x1) <= 2 &&
                std::abs(b.y1 + 1 - y1) <= 2)
                ++found;
        INFO("slot at " << s.x << " x " << s.y << " mm");
        CHECK(found == 1);
    }
}

// How often `word` stands on its own (between whitespace) in `text`.
int countWord(const std::string& text, const std::string& word) {
    std::istringstream in(text);
    std::string w;
    int n = 0;
    while (in >> w) n += w == word;
    return n;
}

std::vector<SlotMm> slots(int n, bool backs) {
    std::vector<SlotMm> out;
    for (int i = 0; i < n; ++i) out.push_back(backs ? backSlot(i) : frontSlot(i));
    return out;
}

}  // namespace

SCENARIO("every bundled deck prints as A4 cards, nine to a page, backs mirrored, every card id once") {
    const DeckCatalog catalog = loadBundledDecks();
    REQUIRE(catalog.problems.empty());
    REQUIRE(catalog.decks.size() >= 2);
    PaperKit kit(defaultAssetsDir());
    std::string why;
    REQUIRE(kit.ready(&why));
    for (const Deck& deck : catalog.decks) {
        GIVEN("the deck " + deck.id) {
            TempDir dir;
            const fs::path pdf = dir.path / (deck.id + ".pdf");
            const auto doc = deckDocument(kit, deck, &why);
            INFO(why);
            REQUIRE(doc);
            REQUIRE(writePdf(*doc, pdf, &why));
            const int n = static_cast<int>(deck.cards.size());
            const int sheets = (n + kCardsPerPage - 1) / kCardsPerPage;
            // One THEN: each section run would draw the whole deck again.
            THEN(
                "a page of fronts and one of backs per nine cards, all A4, every card id once, the boxes in the "
                "grid's places on a full page and on the last one") {
                CHECK(pdfPages(pdf) == 2 * sheets);
                CHECK(isA4(pdf));
                const std::string text = run("pdftotext " + quoted(pdf) + " -");
                for (const Card& c : deck.cards) {
                    INFO(c.id);
                    CHECK(countWord(text, c.id) == 1);
                }
                checkBoxes(renderPage(pdf, 1, 60, dir.path), 60, slots(std::min(n, kCardsPerPage), false));
                checkBoxes(renderPage(pdf, 2, 60, dir.path), 60, slots(std::min(n, kCardsPerPage), true));
                const int last = n - (sheets - 1) * kCardsPerPage;
                checkBoxes(renderPage(pdf, 2 * sheets - 1, 60, dir.path), 60, slots(last, false));
                checkBoxes(renderPage(pdf, 2 * sheets, 60, dir.path), 60, slots(last, true));
            }
        }
    }
}

SCENARIO("a back lies behind its own front when printed on both sides") {
    // Flipped on the long edge, column c of the fronts meets column 2 - c of the backs.
    for (int i = 0; i < kCardsPerPage; ++i) {
        const SlotMm f = frontSlot(i), b = backSlot(i);
        CHECK(b.y == f.y);
        CHECK(std::abs((f.x + kCardWidthMm / 2) + (b.x + kCardWidthMm / 2) - kA4WidthMm) < 1e-9);
    }
}

SCENARIO("a card text too long for paper is shrunk, then refused with the card id") {
    const DeckCatalog catalog = loadBundledDecks();
    REQUIRE(!catalog.decks.empty());
    PaperKit kit(defaultAssetsDir());
    Deck deck = catalog.decks.front();
    Card& card = deck.cards.front();
    std::string why;
    GIVEN("a text somewhat longer than the card was made for") {
        card.text = card.text + " " + card.text;
        THEN("it still prints, at a smaller size") { CHECK(cardFront(kit, deck, card, &why)); }
    }
    GIVEN("a text far too long") {
        std::string longText;
        while (longText.size() < 1500) longText += "Een zin die steeds terugkomt op de kaart. ";
        card.text = longText;
        THEN("the deck is refused, naming the card, and the validator lists it") {
            CHECK_FALSE(deckDocument(kit, deck, &why));
            CHECK(why.find("card " + card.id + ":") != std::string::npos);
            const auto problems = deckPrintProblems(kit, deck);
            REQUIRE(problems.size() == 1);
            CHECK(problems.front().find(card.id) != std::string::npos);
        }
    }
}

SCENARIO("a PDF that cannot be written leaves no half file and keeps the earlier one") {
    TempDir dir;
    const fs::path target = dir.path / "deck.pdf";
    std::string why;
    REQUIRE(writeFileAtomically(target, "earlier", &why));
    Page bad;  // an image the PDF cannot take (not packed RGB) fails while the bytes are made
    bad.images.push_back({std::shared_ptr<SDL_Surface>(
                              SDL_CreateRGBSurfaceWithFormat(0, 4, 4, 32, SDL_PIXELFORMAT_ARGB8888), SurfaceFree{}),
                          0, 0, 10, 10});
    CHECK_FALSE(writePdf({bad}, target, &why));
    CHECK_FALSE(why.empty());
    std::ifstream in(target);
    std::string kept((std::istreambuf_iterator<char>(in)), {});
    CHECK(kept == "earlier");
    CHECK_FALSE(writePdf({Page{}}, dir.path / "missing" / "deck.pdf", &why));
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir.path)) files += e.is_regular_file();
    CHECK(files == 1);
}

namespace {
// The sheet's pixels at a spot against the pictogram drawn alone on white:
// mean absolute difference per channel (0 = the same).
double spotDifference(SDL_Surface* sheet, const PaperKit& kit, const std::string& pictogram, const PictogramSpot& at) {
    Surface alone = newCanvas(at.px, at.px);
    kit.pictograms.draw(alone.get(), pictogram, at.px / 2, at.px / 2, at.px);
    const int x0 = at.cx - at.px / 2, y0 = at.cy - at.px / 2;
    double sum = 0;
    for (int y = 0; y < at.px; ++y)
        for (int x = 0; x < at.px; ++x)
            for (int ch = 0; ch < 3; ++ch) {
                const auto* a = static_cast<unsigned char*>(alone->pixels) + y * alone->pitch + x * 3 + ch;
                const auto* b =
                    static_cast<unsigned char*>(sheet->pixels) + (y0 + y) * sheet->pitch + (x0 + x) * 3 + ch;
                sum += std::abs(int(*a) - int(*b));
            }
    return sum / (3.0 * at.px * at.px);
}
}  // namespace

SCENARIO("the take-home sheet shows the moments and actions of the record it was made from") {
    const DeckCatalog catalog = loadBundledDecks();
    const Deck* deck = catalog.firstOfKind(GameKind::Samenleer);
    REQUIRE(deck);
    PaperKit kit(defaultAssetsDir());
    // A played talk with at least two moments and an action.
    std::optional<Record> record;
    for (std::uint64_t seed = 1; seed < 50 && !record; ++seed) {
        GameSetup setup = defaultSetup(*deck, seed, 2, 0);
        setup.seats[0].nickname = "Mira";  // a name the sheet must not show
        auto game = autoplay(*deck, setup, seed, 1'790'000'000'000);
        if (game && game->samenleer()->moments.size() >= 2 && !game->samenleer()->actions.empty())
            record = recordOf(*game, RecordId::random(), newDeviceId(), 1'790'000'000'000, 1'790'000'600'000);
    }
    REQUIRE(record);
    std::string why;
    const auto replayed = replayRecord(*deck, *record, &why);
    REQUIRE(replayed);
    const SamenleerState& s = *replayed->samenleer();

    for (const bool beeld : {false, true}) {
        GIVEN(std::string(beeld ? "Beeldmodus" : "the normal mode")) {
            TempDir dir;
            TakeHomeOptions options;
            options.beeldmodus = beeld;
            options.dateMs = record->startedAtMs;
            REQUIRE(writeTakeHome(kit, *deck, s, options, {dir.path / "mee.png", dir.path / "mee.pdf"}, &why));
            THEN(
                "the PDF is one A4 page; the PNG holds each moment's and each action's pictogram, in the "
                "record's order, and the two faces") {
                CHECK(pdfPages(dir.path / "mee.pdf") == 1);
                CHECK(isA4(dir.path / "mee.pdf"));
                const auto content = takeHomeContent(*deck, s, kit.words, options);
                const auto drawn = drawTakeHome(kit, *deck, content, beeld, kPhoneWidthPx);
                std::vector<std::string> expected;
                for (const auto& m : s.moments) expected.push_back(m.card);
                for (const auto& a : s.actions) expected.push_back(a.card);
                std::vector<std::string> onSheet;
                for (std::size_t i = 0; i < expected.size(); ++i) onSheet.push_back(drawn.spots.at(i).card);
                CHECK(onSheet == expected);

                Surface png(IMG_Load((dir.path / "mee.png").string().c_str()));
                REQUIRE(png);
                Surface rgb(SDL_ConvertSurfaceFormat(png.get(), SDL_PIXELFORMAT_RGB24, 0));
                CHECK(rgb->w == kPhoneWidthPx);
                CHECK(rgb->h >= kPhoneWidthPx * 3 / 2);  // portrait
                for (std::size_t i = 0; i < expected.size(); ++i) {
                    const auto& spot = drawn.spots[i];
                    INFO(spot.card);
                    CHECK(spotDifference(rgb.get(), kit, deck->card(spot.card)->pictogram, spot) < 2.0);
                    // The comparison tells pictograms apart: another one at the same spot differs.
                    CHECK(spotDifference(rgb.get(), kit, "cross-mark", spot) > 10.0);
                }
                // The two faces are the ratings the two gave.
                for (int seat = 0; seat < 2; ++seat) {
                    const auto& face = drawn.spots.at(expected.size() + seat);
                    CHECK(deck->card(face.card)->order == s.ratings[seat]);
                    CHECK(spotDifference(rgb.get(), kit, face.pictogram, face) < 2.0);
                }
            }
        }
    }
    THEN("when the PDF cannot be written, the PNG is not left behind either") {
        TempDir dir;
        TakeHomeOptions options;
        CHECK_FALSE(
            writeTakeHome(kit, *deck, s, options, {dir.path / "mee.png", dir.path / "nowhere" / "mee.pdf"}, &why));
        CHECK_FALSE(fs::exists(dir.path / "mee.png"));
        CHECK(fs::is_empty(dir.path));
    }
    THEN("no names, and the two's own words only when they choose them") {
        SamenleerState noted = s;
        noted.moments.front().answers[0].note = "Een eigen notitie";
        noted.actions.front().text = "Eigen woorden bij de actie";
        auto everything = [](const TakeHomeContent& c) {
            std::string all = c.date;
            for (const auto* lines : {&c.moments, &c.actions})
                for (const auto& l : *lines) {
                    all += l.label + "|";
                    for (const auto& w : l.words) all += w + "|";
                }
            return all;
        };
        TakeHomeOptions options;
        const std::string without = everything(takeHomeContent(*deck, noted, kit.words, options));
        options.withNotes = true;
        const std::string with = everything(takeHomeContent(*deck, noted, kit.words, options));
        CHECK(without.find("Een eigen notitie") == std::string::npos);
        CHECK(without.find("Eigen woorden bij de actie") == std::string::npos);
        CHECK(with.find("Een eigen notitie") != std::string::npos);
        CHECK(with.find("Eigen woorden bij de actie") != std::string::npos);
        CHECK(without.find("Mira") == std::string::npos);
        CHECK(with.find("Mira") == std::string::npos);
    }
}

SCENARIO("the Tegenwicht end picture is saved as a phone-wide image") {
    const DeckCatalog catalog = loadBundledDecks();
    const Deck* deck = catalog.firstOfKind(GameKind::Tegenwicht);
    REQUIRE(deck);
    PaperKit kit(defaultAssetsDir());
    auto game = autoplay(*deck, defaultSetup(*deck, 7, 4, 2), 7, 1'790'000'000'000);
    REQUIRE(game);
    TempDir dir;
    std::string why;
    REQUIRE(writeEndPicture(kit, *deck, *game->tegenwicht(), 1'790'000'000'000, dir.path / "eind.png", &why));
    Surface png(IMG_Load((dir.path / "eind.png").string().c_str()));
    REQUIRE(png);
    CHECK(png->w == kPhoneWidthPx);
    CHECK(png->h > kPhoneWidthPx);  // portrait: a row per cluster
    CHECK_FALSE(writeEndPicture(kit, *deck, *game->tegenwicht(), 0, dir.path / "missing" / "eind.png", &why));
    CHECK_FALSE(fs::exists(dir.path / "missing"));
}
